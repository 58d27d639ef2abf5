package newsflow.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import newsflow.core.split.PageSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Body extraction from web pages on the development set of issue 27: mozilla/readability's 130 test pages with the
 * body its reader view keeps, half held back at random before any tuning. Each half keeps its F1 a little under the
 * one reached; only the score line is printed (read the training half's pages with {@code eval-web}).
 */
class WebExtractionGoldTest {
    static final Path SET = GoldEvaluationTest.resource("/eval/readability-test-pages/split.json").getParent();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // half, F1 floor a little under the score of 2026-12-06 (train 0.961, held back 0.966)
            "train,   0.95",
            "heldout, 0.95",
    })
    void eachHalfKeepsItsF1(String half, double floor) throws IOException {
        // Given one half of the development set; when every page is read as the pipeline reads HTML
        WebExtractionEvaluation.Result r = new WebExtractionEvaluation(new PageSplitter()).evaluate(SET, half);

        // Then its bodies keep their F1 against the bodies the reader view keeps
        System.out.println("readability-test-pages " + half + ": " + r.scoreLine());
        assertEquals(65, r.pages().size());
        assertTrue(r.f1() >= floor, r.scoreLine() + ", floor " + floor);
    }

    @Test
    void shinglesOfFourWordsAreCountedWithTheirRepeats() {
        // the same words: all; half the shingles extra: precision halves; a short text is one shingle
        assertArrayEquals(new double[] {1, 1}, WebExtractionEvaluation.precisionRecall("a b c d e", "a b c d e"), 1e-9);
        assertArrayEquals(new double[] {0.5, 1}, WebExtractionEvaluation.precisionRecall("a b c d e",
                "a b c d e x y"), 1e-9);
        assertArrayEquals(new double[] {1, 0.5}, WebExtractionEvaluation.precisionRecall("a b c d e f g h i",
                "a b c d e f"), 1e-9);
        assertEquals(1, WebExtractionEvaluation.shingles("only three words").size());
        assertEquals(2, WebExtractionEvaluation.shingles("w w w w w").get("w w w w"));
    }

    @Test
    void aPageThatGivesNothingCountsInRecallOnly() {
        double[] pr = WebExtractionEvaluation.precisionRecall("some words of the kept body", "");
        assertTrue(Double.isNaN(pr[0]));
        assertEquals(0, pr[1]);
        assertArrayEquals(new double[] {1, 1}, WebExtractionEvaluation.precisionRecall("", ""), 1e-9);
    }
}
