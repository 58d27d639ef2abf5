package newsflow.core.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The script check ({@link LanguageDetector}) against Lingua restricted to the languages newsflow tags (Chinese,
 * English) plus Japanese, on short headlines written for this test (simplified, traditional, mixed-script, English)
 * and, where present, the THUCNews headlines. Lingua is a test dependency only: this test is the measurement.
 */
class LanguageDetectionComparisonTest {
    static final List<String[]> HEADLINES = List.of(
            new String[] {"央行降息", "zh"}, new String[] {"國務院總理會見外賓", "zh"}, new String[] {"颱風逼近 全台戒備", "zh"},
            new String[] {"iPhone新機今日開賣", "zh"}, new String[] {"A股三大指数集体收涨", "zh"}, new String[] {"5G手机出货量大增", "zh"},
            new String[] {"NBA总决赛G7今晚开打", "zh"}, new String[] {"股市", "zh"}, new String[] {"高考放榜", "zh"},
            new String[] {"香港立法會通過預算案", "zh"}, new String[] {"CPI同比上涨2.1%", "zh"}, new String[] {"天琴一号卫星发射成功", "zh"},
            new String[] {"Rates cut", "en"}, new String[] {"Fed holds rates", "en"}, new String[] {"Storm hits coast", "en"},
            new String[] {"Markets rally after the Fed holds rates", "en"}, new String[] {"Police arrest suspect", "en"},
            new String[] {"Apple unveils new iPhone", "en"}, new String[] {"UK inflation falls to 3%", "en"},
            new String[] {"Officials met in 北京 on Monday", "en"}, new String[] {"Xi meets Biden in Bali", "en"},
            new String[] {"Oil prices jump", "en"}, new String[] {"NATO summit opens", "en"}, new String[] {"Taipei 101 lights up", "en"});

    @Test
    void scriptCheckIsAtLeastAsGoodAsLinguaOnShortHeadlines() throws IOException {
        com.github.pemistahl.lingua.api.LanguageDetector lingua = LanguageDetectorBuilder
                .fromLanguages(Language.CHINESE, Language.ENGLISH, Language.JAPANESE).build();
        int script = 0, statistical = 0;
        for (String[] h : HEADLINES) {
            script += LanguageDetector.detect(h[0]).equals(h[1]) ? 1 : 0;
            statistical += iso(lingua.detectLanguageOf(h[0])).equals(h[1]) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "short headlines: script check %d/%d, Lingua %d/%d%n", script, HEADLINES.size(),
                statistical, HEADLINES.size());
        if (Files.isReadable(ThucNewsTopicAccuracyTest.DATA)) {
            List<String> lines = Files.readAllLines(ThucNewsTopicAccuracyTest.DATA);
            int s = 0, l = 0;
            long scriptNs = 0, linguaNs = 0;
            for (String line : lines) {
                String h = line.split("\t")[0];
                long t0 = System.nanoTime();
                s += LanguageDetector.detect(h).equals("zh") ? 1 : 0;
                long t1 = System.nanoTime();
                l += iso(lingua.detectLanguageOf(h)).equals("zh") ? 1 : 0;
                long t2 = System.nanoTime();
                scriptNs += t1 - t0;
                linguaNs += t2 - t1;
            }
            System.out.printf(Locale.ROOT, "THUCNews headlines: script check %d/%d (%.1f µs each), Lingua %d/%d (%.1f µs each)%n",
                    s, lines.size(), scriptNs / 1e3 / lines.size(), l, lines.size(), linguaNs / 1e3 / lines.size());
            assertTrue(s >= 0.999 * lines.size(), "script check on THUCNews: " + s);
        }
        assertEquals(HEADLINES.size(), script, "the script check on the written headlines");
        assertTrue(script >= statistical, "script " + script + " vs Lingua " + statistical);
    }

    private static String iso(Language l) {
        return switch (l) {
            case CHINESE -> "zh";
            case ENGLISH -> "en";
            default -> "und";
        };
    }
}
