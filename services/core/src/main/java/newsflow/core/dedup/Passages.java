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

    /**
     * The passages of a text already lower-cased and converted to simplified script ({@link TextNormalizer#simplified}):
     * words are runs of letters or digits, each Han character is one; everything else separates them.
     */
    public static int[] of(String simplified) {
        int[] units = units(simplified);
        int han = units[units.length - 1];
        int count = units.length - 1;
        int n = han * 2 > count ? HAN_CHARACTERS : LATIN_WORDS;
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
