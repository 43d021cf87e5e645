package dev.snapfolio.bootstrap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap high-water mark of a stretch of work: the sum of every heap pool's peak usage since
 * {@link #start()}. Pools peak at different moments, so the sum is an upper bound of the true peak.
 */
final class HeapMeter {
    private final long baselineBytes;

    private HeapMeter(long baselineBytes) {
        this.baselineBytes = baselineBytes;
    }

    /** Collects garbage, resets the pools' peaks and remembers what is live now. */
    static HeapMeter start() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
                used += pool.getUsage().getUsed();
            }
        }
        return new HeapMeter(used);
    }

    long baselineBytes() {
        return baselineBytes;
    }

    long peakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
