package newsflow.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.split.PageSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the reprint evaluation counts pairs: within groups, wrong links, hard negatives and undecided pairs. */
class ReprintEvaluationTest {
    private static final String STORY = "WASHINGTON, March 9.—The harbor board voted today to close the north channel for "
            + "dredging through the spring, after the pilots reported two groundings in a week. The work will cost the "
            + "city forty thousand dollars and open the channel to ships of deeper draft by June. Shipping agents said "
            + "the closing would send traffic through the south channel, where the tide runs hard at the turn.";
    private static final String OTHER = "CHICAGO, March 9.—Grain prices fell sharply on the board of trade today as "
            + "reports of heavy rains in the wheat belt reached the pit. May wheat closed three cents lower and corn "
            + "followed it down. Traders said the rains would help the winter crop, which had suffered from the dry "
            + "autumn, and that the market would stay weak until the spring planting reports come in.";

    @TempDir
    Path set;

    private void page(String name, String text) throws IOException {
        Files.writeString(set.resolve(name), text + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void pairsWithinGroupsCountForRecallAndLinksAcrossThemAgainstPrecision() throws IOException {
        // Given a story and its copy (a group), a different story as hard negative, an exact copy of the story that a
        // reader labelled a hard negative (a wrong link when it is linked) and another left undecided
        page("a1.txt", STORY);
        page("a2.txt", STORY);
        page("b1.txt", OTHER);
        page("d1.txt", STORY);
        page("c1.txt", STORY);
        String start = "WASHINGTON, March 9.—The harbor board";
        StringBuilder pages = new StringBuilder();
        for (String id : List.of("a1", "a2", "b1", "d1", "c1")) {
            pages.append(pages.isEmpty() ? "" : ",").append("{\"file\": \"").append(id).append(".txt\", \"articles\": [{\"id\": \"")
                    .append(id).append("\", \"title\": \"\", \"body_starts\": \"")
                    .append(id.equals("b1") ? "CHICAGO, March 9.—Grain prices" : start).append("\", \"body_ends\": \"x\"}]}");
        }
        Files.writeString(set.resolve("gold.json"), "{\"lang\": \"en\", \"pages\": [" + pages + "], "
                + "\"groups\": [{\"id\": \"g1\", \"members\": [\"a1\", \"a2\"]}], "
                + "\"hard_negatives\": [{\"a\": \"a1\", \"b\": \"b1\"}, {\"a\": \"a1\", \"b\": \"d1\"}], "
                + "\"undecided\": [{\"a\": \"a1\", \"b\": \"c1\"}]}");
        Files.writeString(set.resolve("split.json"), "{\"train\": [\"g1\"], \"heldout\": []}");

        // When the set's training half is scored
        List<ReprintEvaluation.LanguageScore> scores = new ReprintEvaluation(new PageSplitter(), ReprintIndex.withDefaults())
                .evaluate(set, "train");

        // Then the group's pair is linked; d1 linked to a1 and a2 is two wrong links, c1 counts neither way
        assertEquals(1, scores.size());
        ReprintEvaluation.LanguageScore en = scores.get(0);
        assertEquals("en", en.lang());
        assertEquals(1, en.pairs());
        assertEquals(1, en.linked());
        assertEquals(2, en.wrongLinks(), en.wrong().toString());
        assertEquals(1.0 / 3, en.precision(), 1e-9);
        assertEquals(2, en.hardNegatives());
        assertEquals(1, en.hardNegativesMerged());
        assertEquals(4, en.articles(), "a1, a2 and both hard negatives; c1 is no labelled article of the half");
        assertTrue(en.scoreLine().startsWith("REPRINTS en: recall 1.00 (1 of 1 pairs), precision 0.33"), en.scoreLine());
    }
}
