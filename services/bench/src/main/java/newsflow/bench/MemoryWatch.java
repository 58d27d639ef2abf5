package newsflow.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak memory of this process: heap in use, sampled every 10 ms and read before every collection (the larger wins);
 * a run's live set, measured once by a full collection halfway through it (the heap left after a young collection
 * still holds every old object not yet collected, up to three times the live set here); and the peak resident set
 * from {@code /proc/self/status} (VmHWM), which counts everything in the process: heap, metaspace, thread stacks,
 * RocksDB, the embedded broker.
 */
final class MemoryWatch implements AutoCloseable {
    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .map(java.lang.management.MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toSet());

    static final String THREAD_NAME = "memory-watch";

    private volatile long peakUsed;
    private volatile long runPeakUsed;
    private volatile long runLiveSet;
    private volatile long runBaseline;
    private volatile boolean running = true;
    private final Thread sampler;

    MemoryWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, h) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                            .filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    synchronized (this) {
                        peakUsed = Math.max(peakUsed, before);
                        runPeakUsed = Math.max(runPeakUsed, before);
                    }
                }, null, null);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                synchronized (this) {
                    peakUsed = Math.max(peakUsed, used);
                    runPeakUsed = Math.max(runPeakUsed, used);
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, THREAD_NAME);
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts the figures of one run: the live heap now (after a full GC) is its baseline. */
    void resetRun() {
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        synchronized (this) {
            runBaseline = live;
            runPeakUsed = live;
            runLiveSet = -1;
        }
    }

    /** The run's live set now: what a full collection leaves. Called once, halfway through the run. */
    void measureLiveSet() {
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        synchronized (this) {
            runLiveSet = live;
        }
    }

    /** The run's peak heap in use, its live set halfway (-1 if not measured), and the baseline before it, in MiB. */
    synchronized java.util.Map<String, Double> runFigures() {
        return java.util.Map.of("peak", runPeakUsed / 1048576.0, "liveSet", runLiveSet < 0 ? -1 : runLiveSet / 1048576.0,
                "baseline", runBaseline / 1048576.0);
    }

    double heapPeakMiB() {
        return peakUsed / 1048576.0;
    }

    static double heapMaxMiB() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }

    /** Peak resident set (VmHWM), or -1 where /proc is not there. */
    static double rssPeakMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
