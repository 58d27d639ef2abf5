package newsflow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hankcs.hanlp.HanLP;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import newsflow.core.text.HanLpT2s;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void keepsLettersAndDigitsInLowerCaseSimplifiedHalfWidth() {
        assertEquals("国家统计局2023年gdp增长52", normalizer.normalize("國家統計局：2023年ＧＤＰ增長５．２％！"));
        assertEquals("", normalizer.normalize(null));
        assertEquals("", normalizer.normalize(" ,.;"));
    }

    /** A site's script conversion that left each character's reading after it is read as the text without them. */
    @Test
    void readingsAConversionLeftAfterItsCharactersAreNoText() {
        assertEquals(normalizer.normalize("中新网北京11月17日电 据中国载人航天工程办公室消息"),
                normalizer.normalize("中新網(wǎng)北京11月17日電 據(jù)中國(guó)載人航天工程辦公室消息"));
        assertEquals("中国china", normalizer.normalize("中國(China)"), "a gloss without tone marks is text");
    }

    /** Phrase entries of the t2s dictionary rewrite characters that are simplified on their own (覆, 瞭). */
    @Test
    void convertsTraditionalPhrasesWrittenInSimplifiedCharacters() {
        assertEquals("反复研究", normalizer.normalize("反覆研究"));
        assertEquals("一目了然", normalizer.normalize("一目瞭然"));
        assertEquals("乾隆年间", normalizer.normalize("乾隆年間"));
    }

    /** Every entry of the dictionary, on its own and inside simplified text, normalises as HanLP converts it. */
    @Test
    void everyDictionaryEntryIsConvertedAsHanLpConvertsIt() {
        HanLpT2s.entries().forEach((key, value) -> {
            for (String text : new String[] {key, "我们" + key + "的研究"}) {
                assertEquals(normalFormWithoutTheSkip(text), normalizer.normalize(text), text);
            }
        });
    }

    /**
     * The normal form as the normaliser made it before it skipped texts: converted whenever a UTF-16 unit of the text
     * is a Han character (a character outside the BMP alone does not count).
     */
    private static String normalFormWithoutTheSkip(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        boolean han = nfkc.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        String simplified = han ? HanLP.convertToSimplifiedChinese(nfkc) : nfkc;
        StringBuilder out = new StringBuilder();
        simplified.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Fingerprints stored in the reprint index were made from these normal forms: any change to them, however small,
     * stops old entries matching new articles. The digest was taken before the normaliser was optimised.
     */
    @Test
    void normalFormsStayAsStored() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String text : FingerprintInputs.texts()) {
            sha.update(normalizer.normalize(text).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        assertEquals("87c195079df25521a3c0d831d7098ed7b252bef69d8f571a65cae00387eca907", HexFormat.of().formatHex(sha.digest()));
    }
}
