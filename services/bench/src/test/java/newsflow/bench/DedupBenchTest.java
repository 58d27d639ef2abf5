package newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code dedup} command end to end at its smallest size: its report, and what the two wordings do to the index. */
class DedupBenchTest {
    @TempDir
    Path dir;

    @Test
    void reprintsAreFoundInBothWordingsAndRealLikeTextLeavesANewStoryAlmostNothingToVerify() throws Exception {
        // Given 1,000 indexed stories of each wording, when 100 new stories and 100 edited reprints are admitted
        JsonNode seed = dedup("SEED");
        JsonNode dictionary = dedup("DICTIONARY");

        // Then the report names its wording and has the one size asked for
        assertEquals("DICTIONARY", dictionary.get("wording").asText());
        assertEquals(1, dictionary.get("sizes").size());
        JsonNode seedRow = seed.get("sizes").get(0);
        JsonNode dictionaryRow = dictionary.get("sizes").get(0);
        assertEquals(1_000, dictionaryRow.get("stories").asInt());
        // and the index finds the reprints either way, while a new story of unrelated, real-like text meets next to
        // no earlier story in its bands, where the seed wording's shared sentence skeletons give it dozens
        for (JsonNode row : new JsonNode[] {seedRow, dictionaryRow}) {
            assertTrue(row.get("reprintsFound").asDouble() >= 0.95, "reprints found: " + row);
        }
        double seedVerified = seedRow.get("verifiedNew").asDouble();
        double dictionaryVerified = dictionaryRow.get("verifiedNew").asDouble();
        assertTrue(dictionaryVerified < 1 && seedVerified > 10 * Math.max(dictionaryVerified, 0.1),
                "verified per new story: seed " + seedVerified + ", dictionary " + dictionaryVerified);
    }

    private JsonNode dedup(String wording) throws Exception {
        Path out = dir.resolve(wording + ".json");
        int exit = new CommandLine(new DedupBench()).execute("--max-stories", "1000", "--probes", "100",
                "--wording", wording, "--out", out.toString());
        assertEquals(0, exit);
        return new ObjectMapper().readTree(out.toFile());
    }
}
