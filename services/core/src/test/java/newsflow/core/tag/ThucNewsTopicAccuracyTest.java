package newsflow.core.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import newsflow.core.SeedPages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Main-topic accuracy on THUCNews headlines through {@link HeadlineAccuracy} (evaluation only: the lexicon is not
 * built from this data). The tagger sees each headline alone; its first topic is compared with the IPTC topic the
 * class maps to. Skipped when the data set is not on this machine; the counting itself is tested on lines written here.
 */
class ThucNewsTopicAccuracyTest {
    /** Beside the repository, as on the team's machines and in CI; not shipped with the product. */
    static final Path DATA = SeedPages.repoRoot().resolveSibling("shared").resolve("data/thucnews-titles/dev.txt");
    /**
     * The floor: a little below what the tagger reaches (0.816 when raised, odd lines 0.807; 0.814, 0.805, 0.793, 0.771
     * and 0.750 before, 0.673 before issue 3); the goal is 0.80, on the held-out odd lines too.
     */
    static final double FLOOR = 0.81;

    @Test
    void headlineTopicAccuracy() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(DATA), "THUCNews headlines not found at " + DATA + ": accuracy not measured");
        List<String> lines = Files.readAllLines(DATA, StandardCharsets.UTF_8);
        HeadlineAccuracy eval = new HeadlineAccuracy(new ArticleTagger());
        HeadlineAccuracy.Result r = eval.evaluate(lines, 0);
        r.lines().forEach(System.out::println);
        // the team reads mistakes on even-numbered lines only; the odd-numbered ones are the held-out check, and the
        // two halves should stay close
        System.out.printf(Locale.ROOT, "even lines %.3f, odd lines %.3f%n",
                eval.evaluate(numbered(lines, 0), 0).accuracy(), eval.evaluate(numbered(lines, 1), 0).accuracy());
        assertEquals(10_000, r.all());
        assertTrue(r.accuracy() >= FLOOR, "accuracy " + r.accuracy() + " below the floor " + FLOOR);
    }

    /** The lines whose number (from 1) has the given remainder modulo 2: 0 even, 1 odd. */
    private static List<String> numbered(List<String> lines, int remainder) {
        return IntStream.range(0, lines.size()).filter(i -> (i + 1) % 2 == remainder).mapToObj(lines::get).toList();
    }

    @Test
    void countsPerClassAndSkipsBadLines() {
        HeadlineAccuracy eval = new HeadlineAccuracy(new ArticleTagger());
        HeadlineAccuracy.Result r = eval.evaluate(List.of(
                "主队加时赛险胜卫冕冠军 晋级总决赛\t7",
                "教育部：今年高考报名人数创新高\t3",
                "教育部：今年高考报名人数创新高\t7",      // labelled sport on purpose: counted wrong
                "# a comment", "", "no class id here", "标题\tx", "标题\t12"), 0);
        assertEquals(3, r.all());
        assertEquals(2, r.right());
        assertEquals(0.5, r.accuracy(7));
        assertEquals(1.0, r.accuracy(3));
        assertEquals(4, r.skipped());
        assertEquals(1, r.confusions().get("sports → education"));
    }
}
