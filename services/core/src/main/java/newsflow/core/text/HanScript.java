package newsflow.core.text;

import java.util.BitSet;

/**
 * Whether a character is of the Han script, as {@link Character.UnicodeScript#of} says. That is a binary search over
 * Unicode's script ranges, and splitting and tagging ask it for every character of a page several times over: the
 * answers for the Basic Multilingual Plane are looked up once, here.
 */
public final class HanScript {
    private static final BitSet HAN_IN_BMP = new BitSet(Character.MAX_VALUE + 1);

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                HAN_IN_BMP.set(c);
            }
        }
    }

    private HanScript() {
    }

    /** Whether a code point (or a UTF-16 unit: a lone surrogate is of no script) is a Han character. */
    public static boolean isHan(int c) {
        return c <= Character.MAX_VALUE ? HAN_IN_BMP.get(c) : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
