package newsflow.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsflow.core.SeedPages;
import newsflow.core.tag.ArticleTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(EvalCommand command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A command that fails the test if it loads the tagger. */
    private static EvalCommand withoutTagger() {
        return new EvalCommand(null, () -> {
            throw new AssertionError("the tagger must not be loaded");
        });
    }

    @Test
    void ownPagesWithoutTagsScoreFullyAndExitZero() {
        Run r = run(withoutTagger(), "--gold", GoldEvaluationTest.OWN_GOLD.toString(), "--no-tags");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.lines().stream().allMatch(l -> l.startsWith("ok   ") || l.startsWith("SCORE ")), r.out());
        String score = r.lines().get(r.lines().size() - 1);
        assertTrue(score.matches("SCORE (\\d+)/\\1 checks passed"), score);
    }

    @Test
    void scoreOnlyPrintsTheScoreAndNoCheckOfAHeldBackSet(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.txt"), "新桥通车\n\n本报讯 南湖新桥今天通车。\n");
        Files.writeString(dir.resolve("gold.json"), """
                {"pages": [{"file": "p.txt", "articles": [{"id": "x-1", "title": "旧桥拆除", "body_starts": "本报讯",
                  "body_ends": "通车。", "people": [], "places": [], "orgs": []}]}]}
                """);
        Run r = run(withoutTagger(), "--gold", dir.resolve("gold.json").toString(), "--no-tags", "--score-only");
        assertEquals(1, r.exit(), "a failed check still fails the command");
        assertEquals(1, r.lines().size(), r.out());
        assertTrue(r.lines().get(0).matches("SCORE \\d+/\\d+ checks passed"), r.out());
    }

    @Test
    void aHeadlinesFileIsScoredPerClass(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gold.json"), "{\"pages\": []}");
        Files.writeString(dir.resolve("h.txt"), "央行宣布下调存款准备金率\t0\n国家队客场战平对手晋级决赛\t7\nnot a labelled line\n");

        Run r = run(new EvalCommand(), "--gold", dir.resolve("gold.json").toString(), "--no-tags",
                "--headlines", dir.resolve("h.txt").toString());

        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("finance ")), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("sports ")), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("overall ") && l.contains("/2)") && l.contains("1 line(s) skipped")), r.out());
    }

    @Test
    void aHeadlineAccuracyHookIsCalledWithTheTagger(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gold.json"), "{\"pages\": []}");
        ArticleTagger[] seen = new ArticleTagger[1];
        EvalCommand command = new EvalCommand((file, tagger) -> {
            seen[0] = tagger;
            return List.of("headline topic accuracy 1/1 = 1.00 on " + file.getFileName());
        }, () -> null);
        Run r = run(command, "--gold", dir.resolve("gold.json").toString(), "--no-tags", "--headlines", "h.txt");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("headline topic accuracy 1/1 = 1.00 on h.txt"), r.out());
        assertTrue(r.out().strip().endsWith("SCORE 0/0 checks passed"), r.out());
    }

    @Test
    void failingChecksAndUnreadableGoldExitOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.txt"), "新桥通车\n\n本报讯 南湖新桥今天通车。\n");
        Files.writeString(dir.resolve("gold.json"), """
                {"pages": [{"file": "p.txt", "articles": [{"id": "x-1", "title": "旧桥拆除", "body_starts": "本报讯",
                  "body_ends": "通车。", "people": [], "places": [], "orgs": [], "topics": []}]}]}
                """);
        Run r = run(withoutTagger(), "--gold", dir.resolve("gold.json").toString(), "--no-tags");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("FAIL x-1: headline ('新桥通车', gold '旧桥拆除')"), r.out());

        Run missing = run(withoutTagger(), "--gold", dir.resolve("none.json").toString(), "--no-tags");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no gold file"), missing.err());

        Files.writeString(dir.resolve("bad.json"), "{not json");
        Run bad = run(withoutTagger(), "--gold", dir.resolve("bad.json").toString(), "--no-tags");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("cannot score"), bad.err());
    }

    @Test
    void seedPagesWithTheTagger() {
        Run r = run(new EvalCommand(), "--gold", GoldEvaluationTest.SEEDS_GOLD.toString(),
                "--pages", SeedPages.repoRoot().resolve("sources").toString());
        assertEquals(0, r.exit(), r.lines().stream().filter(l -> l.startsWith("FAIL")).toList().toString());
        assertTrue(r.lines().stream().anyMatch(l -> l.contains("entity recall")), r.out());
        assertTrue(r.lines().get(r.lines().size() - 1).matches("SCORE \\d+/\\d+ checks passed, entity recall \\d\\.\\d\\d"),
                r.out());
        System.out.println(r.lines().get(r.lines().size() - 1));
    }
}
