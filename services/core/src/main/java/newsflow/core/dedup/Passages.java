package newsflow.core.dedup;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The passages of a text: every run of five words (Latin script) or ten characters (Chinese) as a 32-bit hash, in the
 * order they first occur, repeats dropped. Two copies of one story share passages wherever their text runs the same
 * for a few words, whatever was cut, added or rewritten around them; two stories on one event share names and places,
 * and few passages. A text's first {@link #MAX_PASSAGES} passages are kept: a copy is told by its lead and first
 * paragraphs, and the cost of a member stays flat however long the story.
 */
public final class Passages {
    /** The words of a passage in Latin script; a Chinese passage is twice as many characters. */
    static final int LATIN_WORDS = 5;
    static final int HAN_CHARACTERS = 10;
    static final int MAX_PASSAGES = 512;

    /** What two texts' passages have in common, seen from the one with fewer. */
    public record Overlap(int shared, double contained, int runs) {
    }

    private Passages() {
    }

    /** A text's passages and whether they are runs of Chinese characters (most of its units are Han characters). */
    public record Read(int[] passages, boolean inCharacters) {
    }

    /**
     * The passages of a text already lower-cased and converted to simplified script ({@link TextNormalizer#simplified}):
     * words are runs of letters or digits, each Han character is one; everything else separates them.
     */
    public static int[] of(String simplified) {
        return read(simplified).passages();
    }

    /** The passages of a text and its script, from one walk over its units. */
    public static Read read(String simplified) {
        int[] units = units(simplified);
        boolean inCharacters = inCharacters(units);
        return new Read(passages(units, inCharacters ? HAN_CHARACTERS : LATIN_WORDS), inCharacters);
    }

    private static int[] passages(int[] units, int n) {
        int count = units.length - 1;
        if (count < n) {
            return count == 0 ? new int[0] : new int[] {passage(units, 0, count)};
        }
        int[] out = new int[Math.min(MAX_PASSAGES, count - n + 1)];
        Set<Integer> seen = new HashSet<>(out.length * 2);
        int k = 0;
        for (int i = 0; i + n <= count && k < out.length; i++) {
            int h = passage(units, i, n);
            if (seen.add(h)) {
                out[k++] = h;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static boolean inCharacters(int[] units) {
        return units[units.length - 1] * 2 > units.length - 1;
    }

    /**
     * The passages the shorter text shares with the other, the share of its passages that is, and in how many separate
     * runs of the longer text they lie (a boilerplate line is one run; a copy shares its lead, its quotes, its closing
     * lines).
     */
    public static Overlap overlap(int[] a, int[] b) {
        int[] fewer = a.length <= b.length ? a : b;
        int[] more = fewer == a ? b : a;
        if (fewer.length == 0) {
            return new Overlap(0, 0, 0);
        }
        // the runs are counted along the longer text (a copy's paragraph is one run in either); the shorter is sorted,
        // which is the cheaper sort, and verifying a candidate is most of what a probe costs
        int[] sorted = fewer.clone();
        Arrays.sort(sorted);
        int shared = 0;
        int runs = 0;
        boolean inRun = false;
        for (int h : more) {
            boolean found = Arrays.binarySearch(sorted, h) >= 0;
            if (found) {
                shared++;
                runs += inRun ? 0 : 1;
            }
            inRun = found;
        }
        return new Overlap(shared, (double) shared / fewer.length, runs);
    }

    /**
     * One text's passages in a table, each with its place in the text: built once, then matched against every text it
     * is found to repeat. The passages a text shares with each of two others tell whether those two are
     * copies of one story (they share the same passages of it) or two stories it carries side by side (one part each).
     */
    public static final class Lookup {
        /** An open-addressing table, passage → place, at most half full; an empty slot's place is -1. */
        private final int[] keys;
        private final int[] places;
        private final int count;

        public Lookup(int[] passages) {
            count = passages.length;
            int size = Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1;
            keys = new int[size];
            places = new int[size];
            Arrays.fill(places, -1);
            for (int i = 0; i < count; i++) {
                int at = passages[i] & (size - 1);          // passages are mixed hashes: their low bits spread
                while (places[at] >= 0) {
                    at = (at + 1) & (size - 1);
                }
                keys[at] = passages[i];
                places[at] = i;
            }
        }

        /** The place of a passage in the text, or -1. */
        private int placeOf(int passage) {
            for (int at = passage & (keys.length - 1); places[at] >= 0; at = (at + 1) & (keys.length - 1)) {
                if (keys[at] == passage) {
                    return places[at];
                }
            }
            return -1;
        }

        /** Which of this text's passages {@code other} holds too: bit {@code i} for its {@code i}-th passage. */
        public long[] sharedWith(int[] other) {
            long[] bits = new long[(count + 63) / 64];
            for (int h : other) {
                int at = placeOf(h);
                if (at >= 0) {
                    bits[at >> 6] |= 1L << at;
                }
            }
            return bits;
        }

        /** Which of {@code other}'s passages this text holds: bit {@code i} for {@code other[i]}. */
        public long[] sharedIn(int[] other) {
            long[] bits = new long[(other.length + 63) / 64];
            for (int i = 0; i < other.length; i++) {
                if (placeOf(other[i]) >= 0) {
                    bits[i >> 6] |= 1L << i;
                }
            }
            return bits;
        }
    }

    /** The passages marked in a mask of {@link Lookup}. */
    static int count(long[] bits) {
        int n = 0;
        for (long b : bits) {
            n += Long.bitCount(b);
        }
        return n;
    }

    /** The passages marked in both of two masks of one text. */
    static int common(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            n += Long.bitCount(a[i] & b[i]);
        }
        return n;
    }

    /**
     * Each unit (a word, a Han character) as a hash, and last the count of Han units. Letters and digits of any
     * script make words; a Han character stands alone.
     */
    private static int[] units(String s) {
        int[] out = new int[s.length() + 1];
        int n = 0;
        int han = 0;
        int word = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                if (inWord) {
                    out[n++] = word;
                    inWord = false;
                }
                out[n++] = c * 0x9E3779B1;
                han++;
            } else if (Character.isLetterOrDigit(c)) {
                word = inWord ? (word ^ c) * 0x01000193 : (0x811C9DC5 ^ c) * 0x01000193;
                inWord = true;
            } else if (inWord) {
                out[n++] = word;
                inWord = false;
            }
        }
        if (inWord) {
            out[n++] = word;
        }
        out[n] = han;
        return Arrays.copyOf(out, n + 1);
    }

    /** FNV-1a over the units' hashes, then a final mix. */
    private static int passage(int[] units, int from, int length) {
        int h = 0x811C9DC5;
        for (int i = from; i < from + length; i++) {
            h = (h ^ units[i]) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }
}
