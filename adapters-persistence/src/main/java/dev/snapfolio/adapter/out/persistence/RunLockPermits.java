package dev.snapfolio.adapter.out.persistence;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many run locks this process may hold at once. Each held lock keeps a pooled connection for
 * the whole run, and the run needs one more for its work: with as many runs as connections, every
 * run would hold its lock's connection and wait for a second one that never comes (the pool
 * starves until its timeout). Half the pool for locks leaves each lock holder its working
 * connection; a run that cannot have a permit within its lock wait is deferred like any other.
 */
final class RunLockPermits {
    private final Semaphore permits;

    RunLockPermits(int maxPoolSize) {
        this.permits = maxPoolSize <= 0 ? null : new Semaphore(Math.max(1, maxPoolSize / 2), true);
    }

    /** No limit: the pool is the application's, of a size not known here. */
    static RunLockPermits unlimited() {
        return new RunLockPermits(0);
    }

    /** True when a permit was had within {@code wait}. */
    boolean acquire(Duration wait) {
        if (permits == null) {
            return true;
        }
        try {
            return permits.tryAcquire(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void release() {
        if (permits != null) {
            permits.release();
        }
    }
}
