package newsflow.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.split.PageSplitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reprint detection on the development sets of issue 28: real copies of wire stories on web pages (English and
 * Chinese) and on the front pages of 1916, with hard negatives, labelled by readers who had not read the detector; half
 * of the groups held back. Each half and language keeps its recall and precision a little under the ones reached; only
 * the score lines are printed (read the training half's misses with {@code eval-reprints}).
 */
class RealReprintsGoldTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            // set, half, language, recall floor, precision floor: a little under the scores of 2026-12-07
            // (web train en 0.95/0.97, zh 0.95/1.00 (0.88 before the sixth session of 2026-12-07);
            //  held back en 0.93/1.00, zh 1.00/0.90;
            //  chronam-1916 train 0.57/0.97, held back 0.62/0.90)
            "web,          train,   en, 0.90, 0.92",
            "web,          train,   zh, 0.91, 0.95",
            "web,          heldout, en, 0.88, 0.95",
            "web,          heldout, zh, 0.95, 0.85",
            "chronam-1916, train,   en, 0.53, 0.95",
            "chronam-1916, heldout, en, 0.54, 0.84",
    })
    void eachHalfKeepsItsRecallAndPrecision(String set, String half, String lang, double recall, double precision)
            throws IOException {
        // Given one half of a labelled set; when every page is split and every article goes through the index
        Path dir = GoldEvaluationTest.resource("/eval/reprints/" + set + "/gold.json").getParent();
        List<ReprintEvaluation.LanguageScore> scores = new ReprintEvaluation(new PageSplitter(), ReprintIndex.withDefaults())
                .evaluate(dir, half);

        // Then the copies of each story come out as one story, and other stories stay apart
        ReprintEvaluation.LanguageScore s = scores.stream().filter(x -> x.lang().equals(lang)).findFirst().orElseThrow();
        System.out.println("reprints " + set + " " + half + ": " + s.scoreLine());
        assertTrue(s.pairs() > 0);
        assertTrue(s.recall() >= recall, s.scoreLine() + ", floor " + recall);
        assertTrue(s.precision() >= precision, s.scoreLine() + ", floor " + precision);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"web, 53", "chronam-1916, 47"})
    void theSetsHoldTheirGroups(String set, int groups) throws IOException {
        Path dir = GoldEvaluationTest.resource("/eval/reprints/" + set + "/gold.json").getParent();
        assertEquals(groups, newsflow.model.Json.MAPPER.readTree(dir.resolve("gold.json").toFile()).path("groups").size());
    }
}
