package newsflow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import newsflow.core.dedup.ReprintMessage.ShardReport;
import org.junit.jupiter.api.Test;

/**
 * Which earlier arrivals a probe verifies in full bands. Signatures are built by hand: 64 bands of 2 rows, 4 shards, so
 * shard 0 holds bands 0, 4, 8, …, 60, and band {@code b} is made of signature positions {@code 2b} and {@code 2b + 1}.
 */
class ReprintShardTest {
    private static final int SHARDS = 4;

    private final ReprintIndex index = ReprintIndex.withDefaults();
    private final ReprintShard shard = new ReprintShard(index, SHARDS);
    private final MapShardStorage storage = new MapShardStorage();
    private final Random random = new Random(11);
    private long arrivals;

    @Test
    void aProbeVerifiesTheMembersOfABandThatIsNotFull() {
        long[] probe = randomSignature();
        for (int i = 0; i < ReprintShard.MAX_BAND_MEMBERS - 1; i++) {
            probe("carrier-" + i, withBands(randomSignature(), probe, 0));
        }
        storage.memberReads = 0;

        ShardReport report = probe("probe", probe);

        assertEquals(ReprintShard.MAX_BAND_MEMBERS - 1, storage.memberReads, "each member of the shared band is verified");
        assertTrue(report.earlier().isEmpty(), "one band in common is not a reprint");
    }

    @Test
    void aProbeThatSharesOnlyOneFullBandWithEarlierArrivalsVerifiesNoneOfThem() {
        long[] probe = randomSignature();
        for (int i = 0; i < ReprintShard.MAX_BAND_MEMBERS; i++) {
            probe("carrier-" + i, withBands(randomSignature(), probe, 0));
        }
        storage.memberReads = 0;

        ShardReport report = probe("probe", probe);

        assertEquals(0, storage.memberReads, "a boilerplate phrase in common is no reason to read its 32 carriers");
        assertTrue(report.earlier().isEmpty());
    }

    @Test
    void anArrivalInTwoOfTheProbesFullBandsIsVerifiedOnceAndFound() {
        long[] probe = randomSignature();
        for (int i = 0; i < ReprintShard.MAX_BAND_MEMBERS; i++) {
            probe("carrier-" + i, withBands(randomSignature(), probe, 0, 4), i == 0 ? "a wire story" : "text " + i);
        }
        storage.memberReads = 0;

        ShardReport report = probe("probe", probe, "a wire story");

        assertEquals(ReprintShard.MAX_BAND_MEMBERS, storage.memberReads, "each carrier read once, not once per band");
        assertEquals(List.of("carrier-0"), report.earlier().stream().map(m -> m.arrival().articleId()).toList());
    }

    @Test
    void aResentBriefThatIsAllBoilerplateIsStillFoundAnExactDuplicate() {
        // 32 papers ran the same brief: every band of it is full of them
        long[] brief = randomSignature();
        for (int i = 0; i < ReprintShard.MAX_BAND_MEMBERS; i++) {
            probe("paper-" + i, brief, "brief");
        }

        ShardReport report = probe("paper-32", brief, "brief");

        assertEquals(ReprintShard.MAX_BAND_MEMBERS, report.earlier().size());
        assertTrue(report.earlier().stream().allMatch(ReprintMatch::exact));
    }

    private ShardReport probe(String articleId, long[] signature) {
        return probe(articleId, signature, "text of " + articleId);
    }

    private ShardReport probe(String articleId, long[] signature, String textHash) {
        Arrival arrival = new Arrival(articleId + "#" + arrivals, articleId, arrivals++, 0);
        var out = shard.probe(new ShardProbe(arrival, 0, new ReprintIndex.Fingerprint(textHash, signature, 1_000, new int[0], new long[0], false)), storage);
        return (ShardReport) out.get(0).message();
    }

    private long[] randomSignature() {
        return random.longs(128).toArray();
    }

    /** {@code signature} with the rows of the given bands taken from {@code from}. */
    private static long[] withBands(long[] signature, long[] from, int... bands) {
        for (int b : bands) {
            signature[2 * b] = from[2 * b];
            signature[2 * b + 1] = from[2 * b + 1];
        }
        return signature;
    }
}
