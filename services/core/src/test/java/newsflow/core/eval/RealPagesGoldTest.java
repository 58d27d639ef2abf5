package newsflow.core.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import newsflow.core.split.PageSplitter;
import newsflow.core.tag.ArticleTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The splitter and the tagger on the development gold of real pages (issue 26): 40 front pages of 1916 and 43 Chinese
 * pages, each set in a training half and a held-back half drawn before any tuning, and 24 more front pages of 1916
 * of other papers that the line model is not trained on (a validation set whose failures may be read). Each half must keep its score a
 * few points under the one reached, so a change that loses quality on real pages fails the build. Only the score
 * line is printed, never a held-back page's failures: read the training half's with the {@code eval} command.
 */
class RealPagesGoldTest {
    private static ArticleTagger tagger;

    @BeforeAll
    static void loadTagger() {
        tagger = new ArticleTagger();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            // set,        half,    share of checks, entity recall, entity precision: floors a few points under the
            // scores of 2026-12-06, English sets of 2026-12-07 (0.830/0.37/0.52, 0.759/0.39/0.35, 0.817/0.36/0.47, 0.774/0.52/0.54, 0.655/0.55/0.35,
            // 0.972/0.75/0.89, 0.872/0.66/0.83, 0.918/0.66/0.48, 0.834/0.56/0.43, 0.922/0.46/0.70, 0.914/0.47/0.74,
            // 0.904/0.50/0.77, 0.887/0.49/0.75, 0.748/0.55/0.65, 0.726/0.59/0.70); Chinese floors raised
            // 2026-12-07 (third session) under the figures of that day's end, quality.md
            "chronam-1916, train,   0.80, 0.34, 0.49",
            "chronam-1916, heldout, 0.73, 0.36, 0.31",
            "chronam-1916-more, validation, 0.80, 0.33, 0.44",
            "zh-pages,     train,   0.75, 0.56, 0.51",
            "zh-pages,     heldout, 0.68, 0.56, 0.35",   // 0.708/0.59/0.39 with the story opening model (ninth session)
            "zh-rmrb,      train,   0.95, 0.77, 0.85",
            "zh-rmrb,      heldout, 0.90, 0.67, 0.78",   // 0.936/0.71/0.82 after the seventh session's rules
            "zh-digests,   train,   0.89, 0.69, 0.47",   // 0.920/0.73/0.53 after the eighth session's numbered items
            "zh-digests,   heldout, 0.87, 0.53, 0.77",   // 0.899/0.57/0.82 with heads the model opens (tenth session)
            "zh-epapers,   train,   0.89, 0.46, 0.67",
            "zh-epapers,   heldout, 0.88, 0.46, 0.71",
            "zh-listings,  train,   0.87, 0.53, 0.74",
            "zh-listings,  heldout, 0.85, 0.52, 0.72",
            // zh-rmrb-more (2026-12-07, measured before any rule of its own): 0.910/0.64/0.74, 0.954/0.71/0.85
            "zh-rmrb-more, train,   0.93, 0.70, 0.73",
            "zh-rmrb-more, heldout, 0.92, 0.75, 0.82",
            // zh-rmrb-third (2026-12-07, fourth session; measured before any rule of its own: 0.965/0.67/0.87,
            // 0.867/0.74/0.92; after the dotted and side-by-side names 0.965/0.74/0.88, held back unchanged)
            "zh-rmrb-third, train,   0.93, 0.70, 0.83",
            "zh-rmrb-third, heldout, 0.86, 0.70, 0.87",  // 0.900/0.74/0.92 after the seventh session's rules
            // zh-rmrb-fourth (2026-12-07, sixth session; measured before any rule of its own: 0.921/0.80/0.91,
            // 0.784/0.71/0.56; after a deck in brackets, a writer under the head, the archive's column as kicker:
            // 0.970/0.82/0.93, held back unchanged)
            "zh-rmrb-fourth, train,   0.94, 0.77, 0.89",
            "zh-rmrb-fourth, heldout, 0.75, 0.67, 0.52",
            // zh-rmrb-fifth (2026-12-07, sixth session; measured before any rule of its own: 0.784/0.66/0.66,
            // 0.877/0.65/0.83; after a site's line-break tags read as line breaks and a caption between two stories'
            // page lines heading no story: 0.831/0.65/0.66, held back unchanged; after telegrams' heads run into their
            // salutations and their dated sign-offs, decks run into a lead and a subject head over its deed, seventh
            // session: 0.939/0.67/0.89, held back unchanged)
            "zh-rmrb-fifth, train,   0.91, 0.62, 0.84",
            "zh-rmrb-fifth, heldout, 0.84, 0.62, 0.79",
            // zh-rmrb-sixth (2026-12-07, seventh session; measured before any rule of its own: 0.952/0.70/0.83,
            // 0.838/0.74/0.64)
            "zh-rmrb-sixth, train,   0.92, 0.66, 0.79",
            "zh-rmrb-sixth, heldout, 0.78, 0.66, 0.57",  // 0.819/0.70/0.61 with the story opening model (0.838/0.74/0.64 before)
            // zh-digests-more (2026-12-07; before its rules 0.561/0.40/0.33, 0.541/0.67/0.14): 0.915/0.52/0.77,
            // 0.541/0.67/0.14
            "zh-digests-more, train,   0.91, 0.66, 0.77",
            "zh-digests-more, heldout, 0.51, 0.73, 0.13",
            // zh-digests-third (2026-12-07, second session, measured before any rule of its own): 0.763/0.70/0.48,
            // 0.587/0.52/0.24
            "zh-digests-third, train,   0.79, 0.70, 0.82",  // 0.823/0.73/0.86 with the story opening model (not learnt from)
            "zh-digests-third, heldout, 0.84, 0.57, 0.73",  // 0.872/0.62/0.78 with heads the model opens (0.660 before)
            // zh-digests-fourth (2026-12-07, third session; before its rules 0.490/0.54/0.16, 0.487/0.56/0.25):
            // 0.937/0.54/0.79, 0.507/0.56/0.25
            "zh-digests-fourth, train,   0.93, 0.51, 0.75",
            "zh-digests-fourth, heldout, 0.65, 0.53, 0.47", // 0.687/0.56/0.52 with heads the model opens
            // zh-digests-fifth (2026-12-07, seventh session; measured before any rule of its own: 0.322/0.63/0.19,
            // 0.837/0.63/0.77; after teasers, dated credits, heads over credited leads, a roundup run into one line
            // and labelled items: 0.869/0.63/0.65, held back unchanged)
            "zh-digests-fifth, train,   0.84, 0.58, 0.60",
            "zh-digests-fifth, heldout, 0.82, 0.52, 0.80",  // 0.851/0.56/0.85 with the story opening model (0.837/0.63/0.77 before)
            // zh-digests-sixth (2026-12-07, eighth session; measured before any rule of its own: 0.513/0.61/0.22,
            // 0.627/0.51/0.18; after numbered items, a site's cut teasers and a day-first date: 0.888/0.60/0.85, held
            // back unchanged)
            "zh-digests-sixth, train,   0.85, 0.56, 0.80",
            "zh-digests-sixth, heldout, 0.73, 0.47, 0.24",  // 0.766/0.51/0.28 with the story opening model
            // zh-digests-seventh (2026-12-07, eighth session; measured before any rule of its own, with the session's
            // earlier digest rules: 0.456/0.65/0.19, 0.264/0.60/0.11; after a desk's credit and a listing's item dates:
            // 0.615/0.65/0.31, held back unchanged)
            "zh-digests-seventh, train,   0.73, 0.60, 0.44",  // 0.761/0.65/0.48 with the story opening model
            "zh-digests-seventh, heldout, 0.28, 0.55, 0.09",  // 0.308/0.60/0.12 with the story opening model
            "zh-roundups,  train,   0.88, 0.56, 0.80",   // 0.911/0.62/0.84 with heads the model opens
            "zh-roundups,  heldout, 0.79, 0.59, 0.74",   // 0.825/0.63/0.79 with heads the model opens (0.754 before)
            // zh-digests-eighth (2026-12-08, tenth session; measured before any change of that session, on the ninth's
            // main: 0.723/0.60/0.49, 0.893/0.52/0.70; the same with heads the model opens)
            "zh-digests-eighth, train,   0.70, 0.56, 0.45",
            "zh-digests-eighth, heldout, 0.86, 0.48, 0.66",
    })
    void eachHalfKeepsItsScore(String set, String half, double checks, double recall, double precision) throws IOException {
        // Given the gold of one half of a development set
        Path gold = GoldEvaluationTest.resource("/eval/" + set + "/gold-" + half + ".json");

        // When the splitter and the tagger are scored on it
        GoldEvaluation.Result r = GoldEvaluation.withTagger(new PageSplitter(), tagger).evaluate(gold, gold.getParent());

        // Then the share of checks passed and the entity recall and precision stay at or above their floors
        String score = set + " " + half + ": " + r.scoreLine()
                + String.format(Locale.ROOT, " (%.1f %% of checks)", 100.0 * r.passed() / r.total());
        System.out.println(score);
        assertTrue((double) r.passed() / r.total() >= checks, score + ", floor " + checks);
        assertTrue(r.entityRecall() >= recall, score + ", recall floor " + recall);
        assertTrue(r.entityPrecision() >= precision, score + ", precision floor " + precision);
    }
}
