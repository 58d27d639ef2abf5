package newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    private static final String APP = "bench-pipeline-2t-5f0c";

    private static ThreadCpu.Snapshot.Thread thread(String name, long ms) {
        return new ThreadCpu.Snapshot.Thread(name, ms * 1_000_000);
    }

    @Test
    void givenTwoSnapshots_whenSplit_thenEachThreadCountsForWhoseItIsAndTheRestIsTheJvms() {
        ThreadCpu.Snapshot start = new ThreadCpu.Snapshot(Map.of(
                1L, thread(APP + "-StreamThread-1", 100),
                2L, thread("data-plane-kafka-request-handler-0", 50),
                3L, thread("main", 10),
                4L, thread("kafka-producer-network-thread | " + APP + "-StreamThread-1-producer", 5),
                5L, thread(APP + "-StateUpdater-1", 20)), 1_000_000_000L);
        ThreadCpu.Snapshot end = new ThreadCpu.Snapshot(Map.of(
                1L, thread(APP + "-StreamThread-1", 300),
                2L, thread("data-plane-kafka-request-handler-0", 80),
                3L, thread("main", 12),
                4L, thread("kafka-producer-network-thread | " + APP + "-StreamThread-1-producer", 25),
                6L, thread(APP + "-StreamThread-2", 40)), 1_500_000_000L);

        ThreadCpu.Split split = ThreadCpu.between(start, end, APP);

        assertEquals(200 + 20 + 40, split.processor(), 1e-9, "stream threads, a producer's I/O thread, a thread started meanwhile");
        assertEquals(200 + 40, split.streamThreads(), 1e-9);
        assertEquals(30, split.broker(), 1e-9);
        assertEquals(2, split.bench(), 1e-9);
        assertEquals(500 - 260 - 30 - 2, split.jvmAndNative(), 1e-9, "the process's CPU less its Java threads', an ended one's too");
        assertEquals(500, split.total(), 1e-9);
        assertEquals(130, split.perUnit(2).processor(), 1e-9);
    }

    @Test
    void givenAThreadNamedAfterTheApplicationBurningCpu_whenSnapshotted_thenItsTimeIsTheProcessors() throws Exception {
        ThreadCpu.Snapshot start = ThreadCpu.snapshot();
        CountDownLatch burnt = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(() -> {
            var mx = ManagementFactory.getThreadMXBean();
            long x = 0;
            while (mx.getCurrentThreadCpuTime() < 50_000_000L) {
                x += Long.numberOfTrailingZeros(x + System.nanoTime());
            }
            burnt.countDown();
            try {
                // an ended thread leaves the JVM's thread list: it stays until the snapshot is taken
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, APP + "-StreamThread-7");
        busy.start();
        burnt.await();
        ThreadCpu.Split split = ThreadCpu.between(start, ThreadCpu.snapshot(), APP);
        release.countDown();
        busy.join();

        assertTrue(split.streamThreads() >= 50, "stream thread CPU ms " + split.streamThreads());
        assertTrue(split.processor() >= split.streamThreads());
    }
}
