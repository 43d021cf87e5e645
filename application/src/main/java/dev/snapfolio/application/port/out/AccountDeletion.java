package dev.snapfolio.application.port.out;

/**
 * Removes an account with everything stored under it. One port of its own because it spans every
 * per-account store: movements, import records, financial and ticker snapshots, states, run log,
 * dirty mark and the account row (settings are per key: {@link SettingsRepository}).
 */
public interface AccountDeletion {
    /** Deletes it all in the caller's transaction; returns the number of movements deleted. */
    int deleteWithAllData(long accountId);
}
