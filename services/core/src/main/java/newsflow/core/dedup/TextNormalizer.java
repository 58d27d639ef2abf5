package newsflow.core.dedup;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.core.text.HanLpT2s;
import newsflow.core.text.HanScript;

/**
 * The form of a text that fingerprints compare: NFKC (full-width → half-width), traditional → simplified Chinese,
 * lower case, and only letters and digits kept, so punctuation, spacing and script variants of one story match.
 */
public final class TextNormalizer {

    /**
     * What a text must hold for the traditional → simplified conversion to change it: the key of a t2s entry whose
     * value differs, a single character (國) or, for a phrase (反覆 → 反复, 程式 → 程序), its first two characters
     * side by side. The conversion replaces each key it finds by its value, so a text holding none converts to
     * itself and is left alone: most Chinese news is simplified already, and converting it was half the
     * normaliser's time.
     */
    private static final BitSet CHANGED_CHARACTERS = new BitSet(Character.MAX_VALUE + 1);
    private static final BitSet PHRASE_STARTS = new BitSet(Character.MAX_VALUE + 1);
    private static final Set<Integer> PHRASE_OPENINGS = new HashSet<>();

    static {
        HanLpT2s.entries().forEach((key, value) -> {
            if (key.equals(value) || key.isEmpty()) {
                return;
            }
            if (key.length() == 1) {
                CHANGED_CHARACTERS.set(key.charAt(0));
            } else {
                PHRASE_STARTS.set(key.charAt(0));
                PHRASE_OPENINGS.add(pair(key.charAt(0), key.charAt(1)));
            }
        });
    }

    /**
     * A character's reading in brackets after it, which a site's script conversion left all through a copy
     * ("網(wǎng)", "據(jù)"): it cuts every run of characters the copies share, so it is no part of the text compared.
     * Only a syllable with a tone mark: a word glossed in brackets ("(China)") stays.
     */
    private static final Pattern PINYIN_AFTER_CHARACTER = Pattern.compile(
            "(?<=\\p{IsHan})\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\\)");

    public String normalize(String text) {
        return lettersAndDigits(simplified(text));
    }

    /** NFKC, traditional → simplified Chinese and lower case, with the text's spacing and punctuation kept. */
    public String simplified(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String simplified = holdsConvertible(nfkc) && hasHan(nfkc) ? HanLP.convertToSimplifiedChinese(nfkc) : nfkc;
        return PINYIN_AFTER_CHARACTER.matcher(simplified).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Only the letters and digits of a text. */
    public static String lettersAndDigits(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Whether the text holds a t2s key that converts to something else (see {@link #CHANGED_CHARACTERS}). */
    private static boolean holdsConvertible(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CHANGED_CHARACTERS.get(c)
                    || PHRASE_STARTS.get(c) && i + 1 < s.length() && PHRASE_OPENINGS.contains(pair(c, s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static int pair(char first, char second) {
        return first << 16 | second;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (HanScript.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
