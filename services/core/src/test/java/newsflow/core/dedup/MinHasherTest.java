package newsflow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHasherTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    /**
     * Signatures stored in the reprint index must match those of new articles: the signatures of the pinned texts
     * may never change. The digest was taken before the signature loop was optimised.
     */
    @Test
    void signaturesStayAsStored() throws Exception {
        MinHasher hasher = new MinHasher(128, 5);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteBuffer buffer = ByteBuffer.allocate(8 * 128 + 4);
        for (String text : FingerprintInputs.texts()) {
            for (String form : new String[] {text, normalizer.normalize(text)}) {
                buffer.clear();
                for (long v : hasher.signature(form)) {
                    buffer.putLong(v);
                }
                buffer.putInt(hasher.shingleCount(form));
                sha.update(buffer.array());
            }
        }
        assertEquals("1c49cec9943785593a20daaa330e673a51e786dbdd00033225ef8dd58f4500a9", HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void lesserIsMathMinAcrossTheWholeRange() {
        long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -2, -1, 0, 1, 2, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (long a : edges) {
            for (long b : edges) {
                assertEquals(Math.min(a, b), MinHasher.lesser(a, b), a + " vs " + b);
            }
        }
        Random rnd = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            long a = rnd.nextLong();
            long b = rnd.nextBoolean() ? rnd.nextLong() : a + rnd.nextInt(5) - 2;
            assertEquals(Math.min(a, b), MinHasher.lesser(a, b), a + " vs " + b);
        }
    }

    @Test
    void emptyTextHasNoShinglesAndTheMaximalSignature() {
        MinHasher hasher = new MinHasher(16, 5);
        long[] expected = new long[16];
        Arrays.fill(expected, Long.MAX_VALUE);
        assertArrayEquals(expected, hasher.signature(""));
        assertEquals(0, hasher.shingleCount(""));
    }

    @Test
    void aTextShorterThanAShingleIsOneShingle() {
        MinHasher hasher = new MinHasher(16, 5);
        assertEquals(1, hasher.shingleCount("abc"));
        assertEquals(1.0, MinHasher.similarity(hasher.signature("abc"), hasher.signature("abc")));
    }
}
