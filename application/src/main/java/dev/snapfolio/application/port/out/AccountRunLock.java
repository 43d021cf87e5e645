package dev.snapfolio.application.port.out;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One run per account at a time, for the whole run across its commits (a lease, or GET_LOCK on a
 * connection held for the run) — not a row lock, which ends at the first commit.
 */
public interface AccountRunLock {
    /** Waits up to {@code wait} for the account's lock; empty when it could not be had in time. */
    Optional<Lease> tryAcquire(long accountId, Duration wait);

    /**
     * Takes, without waiting, the lock of each of {@code accountIds} that no other run holds; the
     * lease tells which it got and releases them all. This default takes them one by one; an
     * implementation may take them all at once.
     */
    default ManyLease tryAcquireAll(Collection<Long> accountIds) {
        List<Lease> leases = new ArrayList<>();
        Set<Long> held = new LinkedHashSet<>();
        try {
            for (long id : accountIds) {
                Optional<Lease> lease = tryAcquire(id, Duration.ZERO);
                if (lease.isPresent()) {
                    leases.add(lease.get());
                    held.add(id);
                }
            }
        } catch (RuntimeException e) {
            leases.forEach(Lease::close);
            throw e;
        }
        return new ManyLease(held, () -> leases.forEach(Lease::close));
    }

    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /** The run locks of several accounts: those it holds, released together. */
    final class ManyLease implements Lease {
        private final Set<Long> held;
        private final Lease release;
        private boolean closed;

        public ManyLease(Set<Long> held, Lease release) {
            this.held = Set.copyOf(held);
            this.release = release;
        }

        public boolean holds(long accountId) {
            return held.contains(accountId);
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                release.close();
            }
        }
    }
}
