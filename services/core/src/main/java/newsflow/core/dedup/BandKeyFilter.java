package newsflow.core.dedup;

/**
 * A Bloom filter of band keys: whether a shard's store may hold a key. Three of a new story's four band look-ups find
 * nothing, and each costs a search of the store's skip list in native code; the filter answers most of those in the
 * heap. It never says "absent" for a key added. Of the keys never added it says "present" for about 2 % at its
 * capacity, fewer below it. Keys cannot be taken out: a key forgotten by the store only costs a read that finds nothing.
 */
public final class BandKeyFilter {
    private static final int BITS_PER_KEY = 8;
    private static final int HASHES = 6;

    private final long[] words;
    private final long bits;
    private final long capacity;
    private long added;

    /** Room for {@code capacity} keys at the stated error; more may be added, at a growing error. */
    public BandKeyFilter(long capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
        this.words = new long[Math.toIntExact((capacity * BITS_PER_KEY + 63) / 64)];
        this.bits = words.length * 64L;
    }

    /** Adds a key; one the filter already answers "present" for is not counted again (a band's key is written at each join). */
    public void add(String key) {
        long h1 = hash(key);
        long h2 = step(h1);
        boolean changed = false;
        for (int i = 0; i < HASHES; i++) {
            long bit = bit(h1, h2, i);
            int w = (int) (bit >>> 6);
            long before = words[w];
            words[w] = before | 1L << bit;
            changed |= words[w] != before;
        }
        if (changed) {
            added++;
        }
    }

    public boolean mightContain(String key) {
        long h1 = hash(key);
        long h2 = step(h1);
        for (int i = 0; i < HASHES; i++) {
            long bit = bit(h1, h2, i);
            if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The stride between a key's bits (double hashing): odd, so that the bits of one key differ. */
    private static long step(long h1) {
        return mix(h1 ^ 0x9E3779B97F4A7C15L) | 1;
    }

    private long bit(long h1, long h2, int i) {
        return Long.remainderUnsigned(h1 + i * h2, bits);
    }

    public long capacity() {
        return capacity;
    }

    /** More keys added than the filter has room for: time for a larger one. */
    public boolean overfilled() {
        return added > capacity;
    }

    /** FNV-1a over the characters, then a full 64-bit mix: band keys differ mostly in their last hex digits. */
    private static long hash(String key) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
