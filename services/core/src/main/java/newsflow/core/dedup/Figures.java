package newsflow.core.dedup;

import java.util.Arrays;

/**
 * The figures a text prints, each with the two words (or Chinese characters) before it: "北京时间 | 2021", "the vote
 * was | 47". A copy of a story prints its figures where the story does; the next edition of a template (a launch
 * announcement, a monthly release) runs the same sentences with other dates, times and counts, and shares passages
 * without being the same story. Two texts disagree when several figures set in the same words differ and few agree;
 * a write-thru that raises a toll changes one or two and keeps the rest. A text's first {@link #MAX_FIGURES} are kept.
 */
public final class Figures {
    static final int MAX_FIGURES = 64;
    /** Disagreement, chosen on the training halves of the reprint development sets (see docs/quality.md). */
    static final int MIN_CONFLICTS = 4;
    static final int CONFLICTS_PER_AGREEMENT = 2;
    private static final String CHINESE_NUMERALS = "零〇一二三四五六七八九十百千万两";
    private static final int NONE = 0;
    private static final int WORD = 1;
    private static final int DIGITS = 2;
    private static final int NUMERAL = 3;
    private static final int HAN = 4;
    /** A figure's context in place of a figure before it: "2021年 | 10" and "2022年 | 6" read "# 年 | …". */
    private static final int FIGURE = 0x5F3759DF;

    /** Figures set in the same words that agree and that differ. */
    public record Comparison(int agree, int conflict) {
        /** Several figures differ and at most half as many agree: another edition, not a copy. */
        public boolean disagree() {
            return conflict >= MIN_CONFLICTS && conflict >= CONFLICTS_PER_AGREEMENT * agree;
        }
    }

    private Figures() {
    }

    /**
     * The figures of a text already lower-cased and converted to simplified script ({@link TextNormalizer#simplified}),
     * each as its context's hash (high half) and its own (low half), the first occurrence of each context only. A run
     * of digits (thousands separators included) or of Chinese numerals is a figure; other runs of letters are words and
     * each other Han character is one.
     */
    public static long[] of(String simplified) {
        long[] out = new long[MAX_FIGURES];
        int n = 0;
        int before2 = 0;
        int before1 = 0;
        int unit = 0;
        int type = NONE;
        for (int i = 0; i <= simplified.length() && n < MAX_FIGURES; ) {
            int c = i < simplified.length() ? simplified.codePointAt(i) : ' ';
            int next = i + Character.charCount(c);
            if (c == ',' && type == DIGITS && next < simplified.length() && Character.isDigit(simplified.charAt(next))) {
                i = next;            // "1,500" is one figure
                continue;
            }
            int t = typeOf(c);
            if ((t != type || t == HAN) && type != NONE) {
                if (type == DIGITS || type == NUMERAL) {
                    long fact = ((long) (before2 * 31 + before1) << 32) | (unit & 0xFFFFFFFFL);
                    if (!contains(out, n, fact >>> 32)) {
                        out[n++] = fact;
                    }
                    before2 = before1;
                    before1 = FIGURE;
                } else {
                    before2 = before1;
                    before1 = unit;
                }
                unit = 0;
            }
            if (t != NONE) {
                unit = (unit ^ c) * 0x01000193;
            }
            type = t;
            i = next;
        }
        return Arrays.copyOf(out, n);
    }

    /** The figures both texts set in the same words, agreeing and differing. */
    public static Comparison compare(long[] a, long[] b) {
        int agree = 0;
        int conflict = 0;
        for (long x : a) {
            for (long y : b) {
                if (x >>> 32 == y >>> 32) {
                    if (x == y) {
                        agree++;
                    } else {
                        conflict++;
                    }
                    break;
                }
            }
        }
        return new Comparison(agree, conflict);
    }

    private static boolean contains(long[] facts, int n, long context) {
        for (int i = 0; i < n; i++) {
            if (facts[i] >>> 32 == context) {
                return true;
            }
        }
        return false;
    }

    private static int typeOf(int c) {
        if (Character.isDigit(c)) {
            return DIGITS;
        }
        if (CHINESE_NUMERALS.indexOf(c) >= 0) {
            return NUMERAL;
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return HAN;
        }
        return Character.isLetter(c) ? WORD : NONE;
    }
}
