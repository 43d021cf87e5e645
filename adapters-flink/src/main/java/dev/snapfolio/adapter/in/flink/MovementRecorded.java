package dev.snapfolio.adapter.in.flink;

/**
 * A streamed movement whose account's snapshots are committed: {@code added} false when the account
 * already had its source key (a replay). {@code committedAtMillis - arrivedAtMillis} is its delay
 * from arrival to the commit of the snapshots it changed.
 */
public record MovementRecorded(long accountId, String sourceKey, boolean added, long arrivedAtMillis,
        long committedAtMillis) {
    public long delayMillis() {
        return committedAtMillis - arrivedAtMillis;
    }
}
