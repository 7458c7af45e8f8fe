package vn.baocao.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a phase of the benchmark runs and reports two peaks:
 * <ul>
 *   <li><b>peak used</b>: the most heap in use at any moment, live or garbage. It is read from every
 *       collection's "before" figure (a collector starts when the heap fills, so that is where the
 *       peaks are) and from a sample every {@value #SAMPLE_MILLIS} ms in between. It depends on the
 *       maximum heap the JVM is given, because a collector lets garbage pile up when it may.</li>
 *   <li><b>peak live</b>: the most heap left after any collection: close to what the work needs (a
 *       young collection leaves old garbage in place, so it is an upper bound), and what decides
 *       whether it fits under a smaller {@code -Xmx}.</li>
 * </ul>
 * Start with {@link #start}, read with {@link #stop}; one phase per instance.
 */
final class HeapWatch implements NotificationListener {
    private static final long SAMPLE_MILLIS = 10;

    /** The peaks of a phase, in bytes, and the JVM's maximum heap. */
    record Peaks(long usedBytes, long liveBytes, long maxHeapBytes) {
    }

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final Thread sampler = new Thread(this::sample, "bench-heap-sampler");

    private HeapWatch() {
    }

    /** Starts watching now. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watch, null, null);
                watch.emitters.add(emitter);
            }
        }
        watch.sampler.setDaemon(true);
        watch.sampler.start();
        return watch;
    }

    /** Stops watching and returns the peaks seen. */
    Peaks stop() {
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException("the heap watch was not listening to " + emitter, e);
            }
        }
        record(peakUsed, heapUsed());
        return new Peaks(peakUsed.get(), peakLive.get(), Runtime.getRuntime().maxMemory());
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        record(peakUsed, total(info.getMemoryUsageBeforeGc()));
        record(peakLive, total(info.getMemoryUsageAfterGc()));
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            record(peakUsed, heapUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap in use across the pools of a collection's report (non-heap pools such as Metaspace left out). */
    private static long total(Map<String, MemoryUsage> pools) {
        long heap = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pools.get(pool.getName());
            if (usage != null && pool.getType() == java.lang.management.MemoryType.HEAP) {
                heap += usage.getUsed();
            }
        }
        return heap;
    }

    private static void record(AtomicLong peak, long value) {
        peak.accumulateAndGet(value, Math::max);
    }
}
