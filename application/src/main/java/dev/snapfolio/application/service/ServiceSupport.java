package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.ProgressListener;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small things several services share. */
final class ServiceSupport {
    /** Movements stored per statement batch by an import or the demo, between two progress reports. */
    static final int STORE_CHUNK = 2_000;
    /** Open ends of date ranges, inside what every store can hold. */
    static final LocalDate OPEN_START = LocalDate.of(1000, 1, 1);
    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private ServiceSupport() {
    }

    static Account requireAccount(AccountRepository accounts, long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account #" + accountId + " not found"));
    }

    /** Today in the clock's zone, the configured expiry grace, the account's orphan-close allowance. */
    static Policy policy(Clock clock, ProcessingSettingsProvider settings, long accountId) {
        return settings.policy(LocalDate.now(clock), accountId);
    }

    /** A user's movement may not name a ticker reserved for the demo's generated data. */
    static void requireRealTicker(Movement movement) {
        if (movement.detail().ticker() != null) {
            movement.detail().ticker().requireReal();
        }
    }

    /** Movements dated after today + 1 day are rejected (DESIGN §3.1). */
    static void checkNotTooLate(Movement movement, Policy policy, String where) {
        LocalDate latest = policy.latestAcceptedDate();
        if (movement.businessDate().isAfter(latest)) {
            throw new ValidationException("date", (where == null ? "" : "of " + where + " ") + "must be on or before "
                    + latest + " (today + 1 day), got " + movement.businessDate());
        }
    }

    /**
     * Stores the movements in order, {@link #STORE_CHUNK} at a time, telling {@code listener} after
     * each chunk how many of them are stored; inside the caller's transaction.
     */
    static List<Movement> insertInChunks(MovementRepository movements, List<Movement> toInsert,
            ProgressListener listener, String phase) {
        List<Movement> stored = new ArrayList<>(toInsert.size());
        listener.progress(phase, 0, toInsert.size());
        for (int start = 0; start < toInsert.size(); start += STORE_CHUNK) {
            stored.addAll(movements.insertAll(toInsert.subList(start, Math.min(toInsert.size(), start + STORE_CHUNK))));
            listener.progress(phase, stored.size(), toInsert.size());
        }
        return stored;
    }
}
