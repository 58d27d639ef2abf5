package newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySamplesTest {
    @Test
    void givenArticlesOfPagesSentDuringAndAfterTheWarmUp_whenMeasured_thenOnlyThoseSentAfterCount() {
        // [page send time, latency]: the warm-up's slow start, then the steady state
        List<long[]> samples = List.of(new long[] {1_000, 1_200}, new long[] {1_400, 650}, new long[] {1_500, 220},
                new long[] {1_500, 310}, new long[] {2_000, 180});

        assertArrayEquals(new long[] {180, 220, 310}, KafkaRuns.latenciesSentFrom(samples, 1_500));
        assertArrayEquals(new long[] {180, 220, 310, 650, 1_200}, KafkaRuns.latenciesSentFrom(samples, Long.MIN_VALUE));
    }

    @Test
    void givenSortedLatencies_whenAPercentileIsTaken_thenItIsTheNearestRankAtOrAboveIt() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(50, KafkaRuns.percentile(sorted, 0.50));
        assertEquals(99, KafkaRuns.percentile(sorted, 0.99));
        assertEquals(0, KafkaRuns.percentile(new long[0], 0.99));
    }
}
