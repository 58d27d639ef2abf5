package newsflow.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import newsflow.core.dedup.Arrival;
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
        ShardProbe old = probe("0-00000000000001f4-2", 1, new SplittableRandom(1));
        ByteBuffer v1 = ByteBuffer.allocate(4096).put((byte) 1);
        putString(v1, old.arrival().arrivalId());
        putString(v1, old.arrival().articleId());
        v1.putLong(old.arrival().timestamp()).putLong(old.arrival().day()).putShort((short) old.shard());
        putString(v1, old.textHash());
        v1.putShort((short) old.signature().length);
        for (long h : old.signature()) {
            v1.putLong(h);
        }
        v1.putInt(old.shingles());
        byte[] bytes = new byte[v1.position()];
        v1.flip().get(bytes);

        PageProbe page = serde.deserializer().deserialize("t", bytes);

        assertEquals(1, page.shard());
        assertEquals(1, page.probes().size());
        assertSameProbe(old, page.probes().get(0));
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

    private PageProbe roundTrip(PageProbe page) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", page));
    }

    private static ShardProbe probe(String arrivalId, int shard, SplittableRandom random) {
        long[] signature = random.longs(128).toArray();
        return new ShardProbe(new Arrival(arrivalId, "article-" + arrivalId, random.nextLong(), 18_500L + random.nextInt(30)),
                shard, "sha-" + random.nextInt(), signature, random.nextInt(10_000));
    }

    private static void assertSameProbe(ShardProbe expected, ShardProbe actual) {
        assertEquals(expected.arrival(), actual.arrival());
        assertEquals(expected.shard(), actual.shard());
        assertEquals(expected.textHash(), actual.textHash());
        assertArrayEquals(expected.signature(), actual.signature());
        assertEquals(expected.shingles(), actual.shingles());
    }

    private static void putString(ByteBuffer out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.putShort((short) b.length).put(b);
    }
}
