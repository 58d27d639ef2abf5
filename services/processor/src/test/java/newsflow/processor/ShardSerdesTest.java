package newsflow.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import newsflow.core.dedup.Arrival;
import newsflow.core.dedup.IndexedArticle;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.dedup.ShardProbe;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class ShardSerdesTest {
    private final Serde<PageProbe> serde = ShardSerdes.pageProbes();

    @Test
    void givenAPageOfManyArticles_whenSerialised_thenEveryProbeComesBackInOrder() {
        // 300 probes of about 1.1 kB: several times the serialiser's first buffer
        List<ShardProbe> probes = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 1; i <= 300; i++) {
            probes.add(probe(ReprintMail.arrivalId(1, 42, i), 3, random));
        }

        PageProbe back = roundTrip(new PageProbe(3, probes));

        assertEquals(3, back.shard());
        assertEquals(probes.size(), back.probes().size());
        for (int i = 0; i < probes.size(); i++) {
            assertSameProbe(probes.get(i), back.probes().get(i));
        }
    }

    @Test
    void givenAProbeWrittenBeforePagesWereBatched_whenRead_thenItIsAPageOfOne() {
        ShardProbe old = probe("0-00000000000001f4-2", 1, new SplittableRandom(1), 0);
        ByteBuffer v1 = ByteBuffer.allocate(4096).put((byte) 1);
        putArrival(v1, old);
        v1.putShort((short) old.shard());
        byte[] bytes = withFingerprintBeforePassages(v1, old);

        PageProbe page = serde.deserializer().deserialize("t", bytes);

        assertEquals(1, page.shard());
        assertEquals(1, page.probes().size());
        assertSameProbe(old, page.probes().get(0));
    }

    @Test
    void givenAMemberKeptBeforePassages_whenRead_thenItHasNoneAndItsFingerprintIsWhole() {
        // a shard's store written by the processor before passages: version 1, no passages after the shingle count
        ShardProbe old = probe("0-00000000000001f4:2", 1, new SplittableRandom(3), 0);
        ByteBuffer v1 = ByteBuffer.allocate(4096).put((byte) 1);
        putArrival(v1, old);
        byte[] bytes = withFingerprintBeforePassages(v1, old);

        IndexedArticle member = ShardSerdes.indexedArticles().deserializer().deserialize("t", bytes);

        assertEquals(old.arrival(), member.arrival());
        assertArrayEquals(old.signature(), member.signature());
        assertEquals(0, member.passages().length);
        assertEquals(0, member.figures().length);
        // and one written now keeps its passages and figures
        assertFalse(member.chinese(), "a member kept before its script is read as Latin");
        // and one written now keeps its passages, figures and script
        IndexedArticle now = new IndexedArticle(old.arrival(), "sha", old.signature(), 700, new int[] {7, -3, 1 << 30},
                new long[] {-1L, 42L << 32 | 7}, true);
        Serde<IndexedArticle> members = ShardSerdes.indexedArticles();
        IndexedArticle read = members.deserializer().deserialize("t", members.serializer().serialize("t", now));
        assertArrayEquals(now.passages(), read.passages());
        assertArrayEquals(now.figures(), read.figures());
        assertTrue(read.chinese());
    }

    @Test
    void givenAMemberKeptWithPassagesBeforeFigures_whenRead_thenItHasItsPassagesAndNoFigures() {
        ShardProbe old = probe("0-00000000000001f4:3", 1, new SplittableRandom(4), 0);
        ByteBuffer v2 = ByteBuffer.allocate(4096).put((byte) 2);
        putArrival(v2, old);
        putString(v2, old.textHash());
        v2.putShort((short) old.signature().length);
        for (long h : old.signature()) {
            v2.putLong(h);
        }
        v2.putInt(old.shingles()).putShort((short) 2).putInt(11).putInt(-5);
        byte[] bytes = new byte[v2.position()];
        v2.flip().get(bytes);

        IndexedArticle member = ShardSerdes.indexedArticles().deserializer().deserialize("t", bytes);

        assertArrayEquals(new int[] {11, -5}, member.passages());
        assertEquals(0, member.figures().length);
    }

    @Test
    void givenAProbeSentBeforeItsScript_whenRead_thenItIsReadAsLatin() {
        // a page's probe as version 4 wrote it: passages and figures, no script after them
        ShardProbe sent = probe("0-00000000000001f4:4", 2, new SplittableRandom(5), 12);
        ByteBuffer v4 = ByteBuffer.allocate(8192).put((byte) 4).putShort((short) 2).putInt(1);
        putArrival(v4, sent);
        putString(v4, sent.textHash());
        v4.putShort((short) sent.signature().length);
        for (long h : sent.signature()) {
            v4.putLong(h);
        }
        v4.putInt(sent.shingles()).putShort((short) 1).putInt(77).put((byte) 1).putLong(5L);
        byte[] bytes = new byte[v4.position()];
        v4.flip().get(bytes);

        ShardProbe read = serde.deserializer().deserialize("t", bytes).probes().get(0);

        assertArrayEquals(new int[] {77}, read.fingerprint().passages());
        assertArrayEquals(new long[] {5L}, read.fingerprint().figures());
        assertFalse(read.fingerprint().chinese());
    }

    @Test
    void givenAnUnknownVersionOrTruncatedBytes_whenRead_thenASerializationErrorSaysSo() {
        byte[] bytes = serde.serializer().serialize("t", new PageProbe(0, List.of(probe("0-1:1", 0, new SplittableRandom(2)))));
        byte[] future = bytes.clone();
        future[0] = 9;
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", future));
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", cut));
    }

    private static void putArrival(ByteBuffer out, ShardProbe p) {
        putString(out, p.arrival().arrivalId());
        putString(out, p.arrival().articleId());
        out.putLong(p.arrival().timestamp()).putLong(p.arrival().day());
    }

    /** The fingerprint as versions written before passages ended it: digest, signature, shingle count; the bytes. */
    private static byte[] withFingerprintBeforePassages(ByteBuffer out, ShardProbe p) {
        putString(out, p.textHash());
        out.putShort((short) p.signature().length);
        for (long h : p.signature()) {
            out.putLong(h);
        }
        out.putInt(p.shingles());
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }

    private PageProbe roundTrip(PageProbe page) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", page));
    }

    private static ShardProbe probe(String arrivalId, int shard, SplittableRandom random) {
        return probe(arrivalId, shard, random, 1 + random.nextInt(1024));
    }

    private static ShardProbe probe(String arrivalId, int shard, SplittableRandom random, int passages) {
        long[] signature = random.longs(128).toArray();
        return new ShardProbe(new Arrival(arrivalId, "article-" + arrivalId, random.nextLong(), 18_500L + random.nextInt(30)),
                shard, new ReprintIndex.Fingerprint("sha-" + random.nextInt(), signature, random.nextInt(10_000),
                        random.ints(passages).toArray(), random.longs(passages % 65).toArray(),
                        passages > 0 && random.nextBoolean()));     // the versions written before passages had no script either
    }

    private static void assertSameProbe(ShardProbe expected, ShardProbe actual) {
        assertEquals(expected.arrival(), actual.arrival());
        assertEquals(expected.shard(), actual.shard());
        assertEquals(expected.textHash(), actual.textHash());
        assertArrayEquals(expected.signature(), actual.signature());
        assertEquals(expected.shingles(), actual.shingles());
        assertArrayEquals(expected.fingerprint().passages(), actual.fingerprint().passages());
        assertEquals(expected.fingerprint().chinese(), actual.fingerprint().chinese());
        assertArrayEquals(expected.fingerprint().figures(), actual.fingerprint().figures());
    }

    private static void putString(ByteBuffer out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.putShort((short) b.length).put(b);
    }
}
