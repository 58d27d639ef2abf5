package newsflow.processor.tag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsflow.processor.SeedPages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Main-topic accuracy on THUCNews headlines (evaluation only: the lexicon is not built from this data). Each line of
 * dev.txt is {@code headline<TAB>class id}; the tagger sees the headline alone and its first topic is compared with
 * the IPTC topic the class maps to. Skipped when the data set is not on this machine.
 *
 * <p>Besides the strict figure it prints a lenient one: THUCNews' 社会 (society) and 时政 (politics) classes are
 * wider than their IPTC namesakes (local crime, accidents and odd stories are 社会 news; military and disaster news
 * from abroad are 时政), so there an IPTC crime, disaster, conflict or human-interest topic is also counted.
 */
class ThucNewsTopicAccuracyTest {
    /** Beside the repository, as on the team's machines and in CI; not shipped with the product. */
    static final Path DATA = SeedPages.repoRoot().resolveSibling("shared").resolve("data/thucnews-titles/dev.txt");
    /** Class id → the IPTC label it maps to: finance, realty, stocks, education, science, society, politics, sports, game, entertainment. */
    static final String[] LABEL = {"economy, business and finance", "economy, business and finance", "economy, business and finance",
            "education", "science and technology", "society", "politics", "sport", "lifestyle and leisure",
            "arts, culture, entertainment and media"};
    static final String[] NAME = {"finance", "realty", "stocks", "education", "science", "society", "politics", "sports", "game", "entertainment"};
    static final Map<Integer, Set<String>> ALSO = Map.of(
            5, Set.of("crime, law and justice", "disaster, accident and emergency incident", "human interest"),
            6, Set.of("conflict, war and peace", "crime, law and justice", "disaster, accident and emergency incident"));
    /** The floor: what this lexicon reaches (strict 0.673 when written); the goal is 0.80. */
    static final double FLOOR = 0.66;

    @Test
    void headlineTopicAccuracy() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(DATA), "THUCNews headlines not found at " + DATA + ": accuracy not measured");
        ArticleTagger tagger = new ArticleTagger();
        List<String> lines = Files.readAllLines(DATA);
        int[] n = new int[10], ok = new int[10], lenient = new int[10], none = new int[10];
        Map<String, Integer> confusion = new TreeMap<>();
        for (String line : lines) {
            String[] p = line.split("\t");
            if (p.length < 2) {
                continue;
            }
            int c = Integer.parseInt(p[1].strip());
            Tags t = tagger.tag(p[0], "");
            String got = t.topics().isEmpty() ? "(none)" : t.topics().get(0).label();
            n[c]++;
            if (got.equals(LABEL[c])) {
                ok[c]++;
                lenient[c]++;
            } else {
                if (ALSO.getOrDefault(c, Set.of()).contains(got)) {
                    lenient[c]++;
                }
                none[c] += got.equals("(none)") ? 1 : 0;
                confusion.merge(NAME[c] + " → " + got, 1, Integer::sum);
            }
        }
        int all = 0, right = 0, rightLenient = 0;
        for (int c = 0; c < 10; c++) {
            all += n[c];
            right += ok[c];
            rightLenient += lenient[c];
            System.out.printf("%-14s %.3f (%d/%d)  lenient %.3f  no topic %d%n", NAME[c], ok[c] / (double) n[c], ok[c], n[c],
                    lenient[c] / (double) n[c], none[c]);
        }
        double accuracy = right / (double) all;
        System.out.printf("THUCNews headline topic accuracy: %.3f (%d/%d); lenient %.3f%n", accuracy, right, all, rightLenient / (double) all);
        confusion.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(12)
                .forEach(e -> System.out.println("  " + e.getKey() + ": " + e.getValue()));
        assertTrue(accuracy >= FLOOR, "accuracy " + accuracy + " below the floor " + FLOOR);
    }
}
