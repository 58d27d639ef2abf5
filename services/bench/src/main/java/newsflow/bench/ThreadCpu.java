package newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who spent a run's CPU: the processor's threads (Kafka Streams names all of them after the application id: stream
 * threads, their producers' I/O threads, the state updater, heartbeats), the embedded broker's (every other Java thread
 * but the bench's own), and the JVM's own work with the native threads (GC, JIT, RocksDB's flushes and compactions):
 * the process's CPU less all its Java threads'. The broker shares this machine only because the bench starts it here;
 * in a deployment it runs elsewhere, so the figures without it say what the processor costs on its own cores.
 */
final class ThreadCpu {
    /** The bench's own threads: the one that waits for the run, the heap sampler and the JVM's deliverer of its GC events. */
    private static final Set<String> BENCH_THREADS = Set.of("main", MemoryWatch.THREAD_NAME, "Notification Thread");

    /** CPU time of each live Java thread (by id, with its name) and of the whole process, in ns. */
    record Snapshot(Map<Long, Thread> threads, long processNs) {
        record Thread(String name, long cpuNs) {
        }
    }

    /** CPU ms of a run, by who spent it. */
    record Split(double processor, double streamThreads, double broker, double bench, double jvmAndNative) {
        double total() {
            return processor + broker + bench + jvmAndNative;
        }

        Split perUnit(double units) {
            double n = Math.max(1, units);
            return new Split(processor / n, streamThreads / n, broker / n, bench / n, jvmAndNative / n);
        }
    }

    private ThreadCpu() {
    }

    static Snapshot snapshot() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Snapshot.Thread> threads = new HashMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null) {
                long ns = mx.getThreadCpuTime(info.getThreadId());
                if (ns >= 0) {
                    threads.put(info.getThreadId(), new Snapshot.Thread(info.getThreadName(), ns));
                }
            }
        }
        // read after the threads, so that the JVM's share is never short by what they spent while being read
        return new Snapshot(threads, KafkaRuns.processCpuNs());
    }

    /**
     * The CPU spent between two snapshots. A thread started in between counts from zero; one that ended in between is
     * not in {@code end}, so its time falls to {@code jvmAndNative} (none of the processor's or broker's threads end
     * during a run).
     */
    static Split between(Snapshot start, Snapshot end, String applicationId) {
        long processor = 0;
        long stream = 0;
        long broker = 0;
        long bench = 0;
        for (var e : end.threads().entrySet()) {
            Snapshot.Thread before = start.threads().get(e.getKey());
            long spent = e.getValue().cpuNs() - (before == null ? 0 : before.cpuNs());
            String name = e.getValue().name();
            if (name.contains(applicationId)) {
                processor += spent;
                if (ProfileSummary.isStreamThread(name)) {
                    stream += spent;
                }
            } else if (BENCH_THREADS.contains(name)) {
                bench += spent;
            } else {
                broker += spent;
            }
        }
        long jvm = (end.processNs() - start.processNs()) - processor - broker - bench;
        return new Split(processor / 1e6, stream / 1e6, broker / 1e6, bench / 1e6, jvm / 1e6);
    }
}
