package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.AccountRunLock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** One run per account: a lease per account, waited for up to the given time. Not reentrant. */
public class InMemoryAccountRunLock implements AccountRunLock {
    private final Set<Long> held = new HashSet<>();
    private final Set<Long> broken = new HashSet<>();

    /** From now on, taking the lock of {@code accountId} fails (as a broken connection would). */
    public synchronized void breakFor(long accountId) {
        broken.add(accountId);
    }

    @Override
    public synchronized Optional<Lease> tryAcquire(long accountId, Duration wait) {
        if (broken.contains(accountId)) {
            throw new InjectedFault("cannot take the run lock of account #" + accountId);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (held.contains(accountId)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        held.add(accountId);
        return Optional.of(new Lease() {
            private boolean closed;

            @Override
            public void close() {
                synchronized (InMemoryAccountRunLock.this) {
                    if (!closed) {
                        closed = true;
                        held.remove(accountId);
                        InMemoryAccountRunLock.this.notifyAll();
                    }
                }
            }
        });
    }

    public synchronized boolean isHeld(long accountId) {
        return held.contains(accountId);
    }
}
