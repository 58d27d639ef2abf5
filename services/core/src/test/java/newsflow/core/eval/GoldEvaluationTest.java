package newsflow.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import newsflow.core.SeedPages;
import newsflow.core.split.PageSplitter;
import newsflow.core.tag.Tags;
import newsflow.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldEvaluationTest {

    static Path resource(String name) {
        try {
            return Path.of(GoldEvaluationTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Path SEEDS_GOLD = resource("/seeds-gold.json");
    static final Path OWN_GOLD = resource("/eval/pages-gold.json");

    private static String failures(GoldEvaluation.Result r) {
        return r.checks().stream().filter(c -> !c.passed()).map(GoldEvaluation.Check::line).collect(Collectors.joining("\n"));
    }

    @Test
    void theSeedPagesPassEverySplitterCheck() throws IOException {
        GoldEvaluation.Result r = new GoldEvaluation(new PageSplitter())
                .evaluate(SEEDS_GOLD, SeedPages.repoRoot().resolve("sources"));
        assertTrue(r.allPassed(), () -> failures(r));
        assertEquals(8, r.articles().size());
        assertNull(r.entityRecall());
        assertTrue(r.total() > 100, r.scoreLine());
        assertTrue(r.scoreLine().startsWith("SCORE " + r.total() + "/" + r.total()), r.scoreLine());
    }

    @Test
    void ownTestPagesOfEveryShapePassEverySplitterCheck() throws IOException {
        GoldEvaluation.Result r = new GoldEvaluation(new PageSplitter()).evaluate(OWN_GOLD, OWN_GOLD.getParent());
        assertTrue(r.allPassed(), () -> failures(r));
        assertTrue(r.pageChecks().stream().anyMatch(c -> c.name().startsWith("pages/noise-only-zh.txt: articles 0")));
    }

    @Test
    void aWrongGoldFailsWithWhatWasFound(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("p.txt"), "新桥通车\n\n本报讯 南湖新桥今天通车。\n");
        Files.writeString(dir.resolve("gold.json"), """
                {"pages": [{"file": "p.txt", "publication": "南湖晚报", "noise": [], "articles": [
                  {"id": "x-1", "title": "旧桥拆除", "kicker": "城建", "body_starts": "本报讯", "body_ends": "通车。",
                   "joins": ["新桥今天"], "people": [], "places": [], "orgs": [], "topics": []},
                  {"id": "x-2", "title": "不存在", "body_starts": "这段话不在页面上", "body_ends": "。",
                   "people": [], "places": [], "orgs": [], "topics": []}]}]}
                """);
        GoldEvaluation.Result r = new GoldEvaluation(new PageSplitter()).evaluate(dir.resolve("gold.json"), dir);
        assertFalse(r.allPassed());
        List<String> failed = r.checks().stream().filter(c -> !c.passed()).map(GoldEvaluation.Check::name).toList();
        assertEquals(List.of("p.txt: articles 1 (expected 2)", "x-1: headline", "x-1: kicker", "x-1: publication 南湖晚报",
                "x-2: one article holds the body start (0 found)"), failed);
        assertTrue(r.checks().stream().anyMatch(c -> c.line().equals("ok   x-1: column break joined: 新桥今天")));
        assertTrue(r.articles().get(0).checks().stream().filter(c -> c.name().equals("x-1: headline"))
                .allMatch(c -> c.detail().contains("新桥通车")));
    }

    @Test
    void aTaggerIsScoredOnTopicsAndEntityRecall(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("p.txt"), "新桥通车\n\n本报讯 南湖新桥今天通车,市长王一出席。\n");
        Files.writeString(dir.resolve("gold.json"), """
                {"pages": [{"file": "p.txt", "articles": [
                  {"id": "x-1", "title": "新桥通车", "body_starts": "本报讯", "body_ends": "出席。",
                   "people": ["王一"], "places": ["南湖", "北湖"], "orgs": [], "topics": ["society"]}]}]}
                """);
        GoldEvaluation eval = new GoldEvaluation(new PageSplitter(), (h, b) -> new Tags("zh", List.of(),
                List.of("王一"), List.of("南湖新桥", "同城"), List.of(), List.of(new Topic("medtop:14000000", "society"))));
        GoldEvaluation.Result r = eval.evaluate(dir.resolve("gold.json"), dir);
        assertEquals(2.0 / 3, r.entityRecall(), 1e-9);
        List<String> lines = r.checks().stream().map(GoldEvaluation.Check::line).toList();
        assertTrue(lines.contains("ok   x-1: topic society ('medtop:14000000 society')"), lines::toString);
        assertTrue(lines.contains("FAIL entity recall 2/3 = 0.67 (goal >= 0.90)"), lines::toString);
        assertTrue(lines.contains("FAIL no junk entities (found: [同城])"), lines::toString);
    }

    @Test
    void joinsAndNamesAreMatchedAsTheTeamScorerMatchesThem() {
        assertTrue(GoldEvaluation.joined("readiness", "the readiness of"));
        assertFalse(GoldEvaluation.joined("readiness", "the readi ness of"));
        assertTrue(GoldEvaluation.joined("提供优质服务,更要提供", "提供优质服务, 更要提供"));
        assertFalse(GoldEvaluation.joined("提供优质服务,更要提供", "提供优质服务,\n更要提供"));
        assertTrue(GoldEvaluation.holdsName(List.of("李强同志"), "李强"));
        assertFalse(GoldEvaluation.holdsName(List.of("上海市委书记李强"), "李强"));
        assertEquals("dailyplanet", GoldEvaluation.loose("The Daily Planet"));
    }
}
