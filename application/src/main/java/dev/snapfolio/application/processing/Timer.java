package dev.snapfolio.application.processing;

import java.util.function.Supplier;

/** Accumulates the time spent in one phase (load, persist) across many small calls. */
final class Timer {
    private long nanos;

    <T> T time(Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    long millis() {
        return nanos / 1_000_000;
    }
}
