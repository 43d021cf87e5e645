package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.QueryMeter;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the fake statements each thread sends (as the real meter counts JDBC statements), and in total. */
public final class CountingQueryMeter implements QueryMeter {
    private final ThreadLocal<long[]> perThread = ThreadLocal.withInitial(() -> new long[1]);
    private final AtomicLong total = new AtomicLong();

    @Override
    public long count() {
        return perThread.get()[0];
    }

    public long total() {
        return total.get();
    }

    void tick() {
        perThread.get()[0]++;
        total.incrementAndGet();
    }
}
