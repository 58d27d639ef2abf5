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
        assertTrue(lines.contains("FAIL entity recall 2/3 = 0.67 (goal >= 0.90) (people 1/1, places 1/2, orgs 0/0)"),
                lines::toString);
        assertTrue(lines.contains("FAIL no junk entities (found: [同城])"), lines::toString);
    }

    @Test
    void aListMarkBeforeTheStartAndATeasersCutMarkAtTheEndAreNeitherRightNorWrong(@TempDir Path dir) throws IOException {
        // Given gold written without an item's bullet and with a teaser's dots, which the splitter keeps and drops
        Files.writeString(dir.resolve("p.txt"), "·南湖大桥14日起封闭施工。\n\n·市气象台发布大风蓝色预警,市民...\n\n·马拉松开跑。\n");
        Files.writeString(dir.resolve("gold.json"), """
                {"pages": [{"file": "p.txt", "articles": [
                  {"id": "x-1", "title": "", "body_starts": "南湖大桥14日", "body_ends": "封闭施工。", "people": [], "places": [], "orgs": []},
                  {"id": "x-2", "title": "", "body_starts": "市气象台", "body_ends": "预警,市民...", "people": [], "places": [], "orgs": []},
                  {"id": "x-3", "title": "", "body_starts": "·马拉松", "body_ends": "开跑。", "people": [], "places": [], "orgs": []}]}]}
                """);

        // When the page is scored
        GoldEvaluation.Result r = new GoldEvaluation(new PageSplitter()).evaluate(dir.resolve("gold.json"), dir);

        // Then starts and ends pass whichever way the gold's writer set them
        List<String> failed = r.checks().stream().filter(c -> !c.passed()).map(GoldEvaluation.Check::line).toList();
        assertTrue(failed.stream().noneMatch(l -> l.contains("body starts") || l.contains("body ends")), failed::toString);
    }

    @Test
    void whereTheGoldNamesEveryEntityTheTaggerIsAlsoScoredOnPrecision(@TempDir Path dir) throws IOException {
        // Given a gold that lists every name of its article, and a tagger that finds a surname, a full name and a stray
        Files.writeString(dir.resolve("p.txt"), "BRIDGE OPENED\n\nSPRINGFIELD, March 9.—Mayor John Reed opened the bridge.\n");
        Files.writeString(dir.resolve("gold.json"), """
                {"entities_complete": true, "pages": [{"file": "p.txt", "articles": [
                  {"id": "x-1", "title": "BRIDGE OPENED", "body_starts": "SPRINGFIELD, March 9", "body_ends": "the bridge.",
                   "people": ["John Reed"], "places": ["Springfield"], "orgs": []}]}]}
                """);
        GoldEvaluation eval = new GoldEvaluation(new PageSplitter(), (h, b) -> new Tags("en", List.of(),
                List.of("Reed", "Mayor"), List.of("Springfield"), List.of(), List.of()));

        // When it is scored
        GoldEvaluation.Result r = eval.evaluate(dir.resolve("gold.json"), dir);

        // Then for precision the surname counts as right (the gold has the full name), the stray as wrong; recall, as
        // score_gold.py counts it, wants the full name
        assertEquals(2.0 / 3, r.entityPrecision(), 1e-9);
        assertTrue(r.scoreLine().endsWith(", entity recall 0.50, entity precision 0.67"), r.scoreLine());
        // and each kind is counted on its own, for recall and for precision
        assertTrue(r.checks().stream().anyMatch(c -> c.line().endsWith(
                "(people 0/1, places 1/1, orgs 0/0; right of tagged: people 1/2 places 1/1 orgs 0/0)")), r.checks()::toString);
    }

    @Test
    void precisionIsNotScoredWhereTheGoldListsOnlySomeEntities() throws IOException {
        GoldEvaluation.Result r = new GoldEvaluation(new PageSplitter(), (h, b) -> new Tags("zh", List.of(),
                List.of("某人"), List.of(), List.of(), List.of())).evaluate(SEEDS_GOLD, SeedPages.repoRoot().resolve("sources"));
        assertNull(r.entityPrecision());
    }

    @Test
    void decksUnderAHeadlineAreCheckedAsTheSubheadline(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("p.txt"), "新桥通车\n\n本报讯 南湖新桥今天通车。\n");
        Files.writeString(dir.resolve("gold.json"), """
                {"pages": [{"file": "p.txt", "articles": [{"id": "x-1", "title": "新桥通车", "decks": ["市民欢迎", "交通改善"],
                  "body_starts": "本报讯", "body_ends": "通车。", "people": [], "places": [], "orgs": []}]}]}
                """);
        GoldEvaluation.Result r = new GoldEvaluation(new PageSplitter()).evaluate(dir.resolve("gold.json"), dir);
        assertTrue(r.checks().stream().anyMatch(c -> c.line().equals("FAIL x-1: subheadline (decks) ('', gold '市民欢迎 交通改善')")),
                () -> failures(r));
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
        assertTrue(GoldEvaluation.namedIn(List.of("Woodrow Wilson"), "Wilson"));
        assertFalse(GoldEvaluation.namedIn(List.of("Woodrow Wilson"), "Washington"));
    }
}
