package newsflow.processor.dedup;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a text that fingerprints compare: NFKC (full-width → half-width), traditional → simplified Chinese,
 * lower case, and only letters and digits kept, so punctuation, spacing and script variants of one story match.
 */
public final class TextNormalizer {
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String simplified = hasHan(nfkc) ? HanLP.convertToSimplifiedChinese(nfkc) : nfkc;
        StringBuilder out = new StringBuilder(simplified.length());
        simplified.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
