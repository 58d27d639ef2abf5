package newsflow.core.tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsflow.core.SeedPages;
import org.junit.jupiter.api.Test;

/**
 * Term counting in {@link TopicClassifier}: whole terms, and lexicon words found inside the text the segmenter left
 * unmatched. The automaton that finds them must count exactly what a plain scan counts: the longest Chinese lexicon
 * word at each position, left to right, not overlapping.
 */
class TopicClassifierTest {

    @Test
    void wholeTermsCountOneAndWordsInsideOtherWordsLessLongestFirst() {
        TopicClassifier c = new TopicClassifier("topics-sample.txt");
        Map<String, double[]> counts = c.counts(List.of("新任", "基金经理人", "看好", "股市"), List.of("世界冠军赛", "基金"));
        assertArrayEquals(new double[] {1, 0}, headlineAndBody(counts, "股市"));
        // 基金经理人 holds 基金经理 (longest first), so neither 基金 nor 经理 counts from it
        assertArrayEquals(new double[] {TopicClassifier.PART_FACTOR, 0}, headlineAndBody(counts, "基金经理"));
        assertArrayEquals(new double[] {0, 1}, headlineAndBody(counts, "基金"));
        assertArrayEquals(new double[] {0, TopicClassifier.PART_FACTOR}, headlineAndBody(counts, "世界冠军"));
        assertFalse(counts.containsKey("经理"));
        assertFalse(counts.containsKey("冠军"));
        assertEquals(4, counts.size(), counts.keySet().toString());
    }

    @Test
    void aTopicWordNearTheHeadlineStartLeadsMore() {
        TopicClassifier c = new TopicClassifier("topics-sample.txt");
        // 股市 opens the 6-character headline, 冠军 starts at its 5th character; the body has no lead
        Map<String, double[]> counts = c.counts(List.of("股市", "大涨", "冠军"), List.of("冠军"));
        assertEquals(1.0, counts.get("股市")[2], 1e-9);
        assertEquals(1 - 4 / 6.0, counts.get("冠军")[2], 1e-9);
        // a word found inside another word leads from where it starts (3rd of 7 characters), at its reduced count
        assertEquals(TopicClassifier.PART_FACTOR * (1 - 2 / 7.0), c.counts(List.of("新任", "基金经理人"), List.of()).get("基金经理")[2], 1e-9);
        // the two words weigh the same (3): the one named first wins, whichever it is
        assertEquals("economy, business and finance", c.classify(List.of("股市", "大涨", "冠军"), List.of()).get(0).label());
        assertEquals("sport", c.classify(List.of("冠军", "大涨", "股市"), List.of()).get(0).label());
    }

    @Test
    void partsNeedChineseAtBothEnds() {
        TopicClassifier c = new TopicClassifier("topics-sample.txt");
        // 中国a股 starts and ends with Chinese: found inside 投资中国a股; a股 starts with a letter: only whole
        Map<String, double[]> counts = c.counts(List.of("投资中国a股", "买a股的"), List.of());
        assertArrayEquals(new double[] {TopicClassifier.PART_FACTOR, 0}, headlineAndBody(counts, "中国a股"));
        assertFalse(counts.containsKey("a股"));
    }

    @Test
    void aCueEndsAtItsLastCharacterHoweverFarItsWeightStands() {
        TopicClassifier c = new TopicClassifier("topics-sample.txt");
        // "~\d折  2": two spaces before the weight; the cue had kept one of them and matched only before a space
        double[] scores = c.scores(List.of("全场", "8", "折起"), List.of("部分", "5", "折"), null);
        assertEquals(2 * (TopicClassifier.HEADLINE_WEIGHT * 1 + 1), scores[2], 1e-9);
    }

    @Test
    void productCodesCutIntoLettersAndDigitsCountWhole() {
        TopicClassifier c = new TopicClassifier("topics-sample.txt");
        // the segmenter cuts PS3 into PS + 3 and Xbox360 into Xbox + 360; PS4 is not in the sample lexicon
        Map<String, double[]> counts = c.counts(List.of("索尼", "PS", "3", "降价", "Xbox", "360", "和", "PS", "4"),
                List.of("新款", "PS", "3"));
        assertArrayEquals(new double[] {1, 1}, headlineAndBody(counts, "ps3"));
        assertArrayEquals(new double[] {1, 0}, headlineAndBody(counts, "xbox360"));
        // the code leads from where its first part starts: 索尼PS3降价 is 7 of the headline's 18 characters
        assertEquals(1 - 7 / 18.0, counts.get("xbox360")[2], 1e-9);
        assertFalse(counts.containsKey("ps4"));
        // letters and digits apart, with other text between them, are no code
        assertFalse(c.counts(List.of("PS", "新款", "3"), List.of()).containsKey("ps3"));
    }

    @Test
    void countsEqualAPlainScanOnRealTexts() {
        TopicClassifier c = new TopicClassifier();
        Set<String> all = lexiconTerms();
        Set<String> chinese = new HashSet<>();
        all.stream().filter(t -> t.length() >= 2 && isHan(t.charAt(0)) && isHan(t.charAt(t.length() - 1))).forEach(chinese::add);
        List<String> texts = new ArrayList<>();
        texts.add(SeedPages.page("000_fe3380e024d71eeb.txt"));
        texts.add(SeedPages.page("002_488d0b9540606021.txt"));
        texts.add("央行宣布下调存款准备金率 股市应声上涨；基金经理人看好中国A股，世界冠军赛在京开幕");
        int compared = 0;
        for (String text : texts) {
            List<String> segmented = new ArrayList<>();
            HanLP.segment(text).forEach(t -> segmented.add(t.word));
            // as segmented, and as one unsegmented run (every word is then found inside it)
            for (List<String> terms : List.of(segmented, List.of(text))) {
                Map<String, double[]> expected = plainScan(terms, all, chinese);
                Map<String, double[]> got = c.counts(terms, List.of());
                assertEquals(new TreeMap<>(asHeadlineCounts(expected)), new TreeMap<>(asHeadlineCounts(got)));
                compared += expected.size();
            }
        }
        assertTrue(compared > 100, "too few lexicon words in the sample texts: " + compared);
    }

    /**
     * The scan the automaton replaced: at each position try every length, longest first; and, as the classifier does,
     * a run of two or more adjacent letter-and-digit terms counts whole when the lexicon lists it.
     */
    private static Map<String, double[]> plainScan(List<String> terms, Set<String> all, Set<String> chinese) {
        Map<String, double[]> counts = new HashMap<>();
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            int end = i;
            while (end < terms.size() && terms.get(end).toLowerCase(Locale.ROOT).matches("[a-z0-9]+")) {
                end++;
            }
            String run = String.join("", terms.subList(i, end)).toLowerCase(Locale.ROOT);
            if (end - i >= 2 && (i == 0 || !terms.get(i - 1).toLowerCase(Locale.ROOT).matches("[a-z0-9]+")) && all.contains(run)) {
                counts.computeIfAbsent(run, k -> new double[2])[0] += 1;
            }
        }
        for (String raw : terms) {
            String term = raw.toLowerCase(Locale.ROOT);
            if (all.contains(term)) {
                counts.computeIfAbsent(term, k -> new double[2])[0] += 1;
                rest.append('|');
            } else {
                rest.append(term);
            }
        }
        String text = rest.toString();
        int longest = chinese.stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < text.length(); ) {
            int matched = 0;
            for (int len = Math.min(longest, text.length() - i); len >= 2; len--) {
                if (chinese.contains(text.substring(i, i + len))) {
                    counts.computeIfAbsent(text.substring(i, i + len), k -> new double[2])[0] += TopicClassifier.PART_FACTOR;
                    matched = len;
                    break;
                }
            }
            i += matched > 0 ? matched : 1;
        }
        return counts;
    }

    /** The headline and body counts of a term, without its lead. */
    private static double[] headlineAndBody(Map<String, double[]> counts, String term) {
        return Arrays.copyOf(counts.get(term), 2);
    }

    private static Map<String, Double> asHeadlineCounts(Map<String, double[]> counts) {
        Map<String, Double> out = new HashMap<>();
        counts.forEach((k, v) -> out.put(k, Math.round(v[0] * 1000) / 1000.0));
        return out;
    }

    /** The terms of the shipped lexicon, read as the classifier reads them. */
    private static Set<String> lexiconTerms() {
        Set<String> out = new HashSet<>();
        for (String line : Resources.lines("topics.txt")) {
            if (line.startsWith("@") || line.startsWith("~")) {
                continue;
            }
            String term = line;
            int sp = line.lastIndexOf(' ');
            if (sp > 0 && line.substring(sp + 1).matches("[0-9.]+")) {
                term = line.substring(0, sp).strip();
            }
            out.add(term.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean isHan(char ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
    }
}
