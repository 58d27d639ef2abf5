package newsflow.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void keepsLettersAndDigitsInLowerCaseSimplifiedHalfWidth() {
        assertEquals("国家统计局2023年gdp增长52", normalizer.normalize("國家統計局：2023年ＧＤＰ增長５．２％！"));
        assertEquals("", normalizer.normalize(null));
        assertEquals("", normalizer.normalize(" ,.;"));
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
