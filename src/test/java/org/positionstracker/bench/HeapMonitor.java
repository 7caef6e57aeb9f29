package org.positionstracker.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap while a piece of work runs, two ways:
 * <ul>
 *   <li>{@code peakUsed}: the most heap in use at any moment, garbage included (a sampler thread
 *       every 5 ms, plus each collector's before-GC figure). Depends on how lazily the GC runs,
 *       so it grows with -Xmx.</li>
 *   <li>{@code peakAfterGc}: the most heap still in use right after a collection: an upper
 *       bound of the live data the work needed (young collections leave old garbage in place).</li>
 * </ul>
 */
final class HeapMonitor implements AutoCloseable {
    record Result(long peakUsed, long peakAfterGc, long gcCount, long gcMillis, long maxHeap) {
    }

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Thread sampler;
    private final long gcCount0;
    private final long gcMillis0;
    private volatile boolean running = true;

    private HeapMonitor() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
        gcCount0 = gcCount();
        gcMillis0 = gcMillis();
        sampler = new Thread(() -> {
            while (running) {
                record(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
    }

    /** Collects garbage first, so the peak is the work's own, then starts watching. */
    static HeapMonitor start() {
        System.gc();
        HeapMonitor m = new HeapMonitor();
        m.sampler.start();
        return m;
    }

    Result stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
        emitters.clear();
        record(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        return new Result(peakUsed.get(), peakAfterGc.get(), gcCount() - gcCount0, gcMillis() - gcMillis0,
                Runtime.getRuntime().maxMemory());
    }

    @Override
    public void close() {
        if (running) stop();
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        record(peakUsed, heapSum(info.getMemoryUsageBeforeGc()));
        record(peakAfterGc, heapSum(info.getMemoryUsageAfterGc()));
    }

    private long heapSum(Map<String, MemoryUsage> usage) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : usage.entrySet()) {
            if (heapPools.contains(e.getKey())) sum += e.getValue().getUsed();
        }
        return sum;
    }

    private static void record(AtomicLong peak, long value) {
        peak.accumulateAndGet(value, Math::max);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionCount())).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
    }
}
