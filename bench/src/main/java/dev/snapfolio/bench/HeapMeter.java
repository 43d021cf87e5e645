package dev.snapfolio.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap used by a stretch of work, two ways: the high-water mark (the sum of every heap pool's
 * peak since {@link #start()} — an upper bound, as pools peak at different moments, garbage
 * included) and the largest heap still in use right after a garbage collection during the work
 * (what the work really held). Run the work under {@code -Xmx} to prove a bound.
 */
final class HeapMeter implements AutoCloseable {
    private final long baselineBytes;
    private final AtomicLong peakAfterGcBytes = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final java.util.Set<String> heapPools = new java.util.HashSet<>();
    private final NotificationListener listener = this::onGc;

    private HeapMeter(long baselineBytes) {
        this.baselineBytes = baselineBytes;
        peakAfterGcBytes.set(baselineBytes);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** Collects garbage, resets the pools' peaks and starts listening to collections. */
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

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        long after = 0;
        for (java.util.Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                after += pool.getValue().getUsed();
            }
        }
        peakAfterGcBytes.accumulateAndGet(after, Math::max);
    }

    long baselineBytes() {
        return baselineBytes;
    }

    /** The sum of the heap pools' peaks since start: an upper bound of the heap ever used. */
    long peakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The most memory in use right after any collection during the work (at least the baseline). */
    long peakAfterGcBytes() {
        return peakAfterGcBytes.get();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
