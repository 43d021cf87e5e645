package dev.snapfolio.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * One run per account at a time, for the whole run across its commits (a lease, or GET_LOCK on a
 * connection held for the run) — not a row lock, which ends at the first commit.
 */
public interface AccountRunLock {
    /** Waits up to {@code wait} for the account's lock; empty when it could not be had in time. */
    Optional<Lease> tryAcquire(long accountId, Duration wait);

    interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
