package dev.snapfolio.application.port.in;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How a refresh runs: {@code workers} threads claiming dirty accounts side by side (other processes
 * may work on the same database too), each claim held for {@code lease} (renewed before each
 * account's run; a worker that dies leaves it to expire, then another worker takes the account),
 * {@code stopRequested} asked between accounts (a stopping worker finishes its current account and
 * releases the rest of its claim), and {@code onOutcome} told of each account's run as it ends.
 */
public record RefreshRequest(int workers, Duration lease, BooleanSupplier stopRequested,
        Consumer<ProcessingOutcome> onOutcome) {
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    public static final int MAX_WORKERS = 16;

    public RefreshRequest {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("workers must be between 1 and " + MAX_WORKERS + ", got " + workers);
        }
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, got " + lease);
        }
        Objects.requireNonNull(stopRequested, "stopRequested");
        Objects.requireNonNull(onOutcome, "onOutcome");
    }

    /** One worker, the default lease, never stopped early. */
    public static RefreshRequest once() {
        return new RefreshRequest(1, DEFAULT_LEASE, () -> false, outcome -> { });
    }
}
