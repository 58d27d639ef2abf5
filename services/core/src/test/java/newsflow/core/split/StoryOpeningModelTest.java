package newsflow.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsflow.core.SeedPages;
import newsflow.core.eval.TrainOpeningsCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The model of where stories open on Chinese pages: made from the training halves, shipped in the jar, and what it
 * does to real pages.
 */
class StoryOpeningModelTest {
    /** The sets whose training halves teach the model (zh-digests-third's stays unread, a check of its own). */
    static final List<String> TRAINING_SETS = List.of("zh-pages", "zh-rmrb", "zh-rmrb-more", "zh-rmrb-third",
            "zh-rmrb-fourth", "zh-rmrb-fifth", "zh-rmrb-sixth", "zh-digests", "zh-digests-more", "zh-digests-fourth",
            "zh-digests-fifth", "zh-digests-sixth", "zh-digests-seventh", "zh-epapers", "zh-listings", "zh-roundups");
    private static final String REPRINTS = "/eval/reprints/web";

    private static Path resource(String name) {
        try {
            return Path.of(StoryOpeningModelTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The training halves, and the gold of the seed pages and of the team's own pages, which the rules were written on. */
    private static List<Path> trainingGold() {
        List<Path> gold = new ArrayList<>(trainingHalves());
        gold.add(resource("/seeds-gold.json"));
        gold.add(resource("/eval/pages-gold.json"));
        return gold;
    }

    private static List<Path> trainingHalves() {
        return TRAINING_SETS.stream().map(s -> resource("/eval/" + s + "/gold-train.json")).toList();
    }

    /** The seed pages, which their gold names without a folder. */
    private static final Path SEED_PAGES = SeedPages.repoRoot().resolve("sources");

    @Test
    void theShippedModelIsTheOneTheTrainingHalvesGive(@TempDir Path dir) throws IOException {
        // Given the model train-openings makes from the training halves
        Path trained = dir.resolve("zh-openings.model");
        List<String> args = new ArrayList<>();
        trainingGold().forEach(g -> args.addAll(List.of("--gold", g.toString())));
        args.addAll(List.of("--pages-dir", SEED_PAGES.toString(), "--reprints", resource(REPRINTS).toString(),
                "--out", trained.toString()));
        assertEquals(0, new CommandLine(new TrainOpeningsCommand()).execute(args.toArray(new String[0])));
        StoryOpeningModel fresh;
        try (InputStream in = Files.newInputStream(trained)) {
            fresh = StoryOpeningModel.read(in);
        }

        // When it and the shipped model read every training page
        TrainOpeningsCommand.Labelled pages = TrainOpeningsCommand.pages(trainingGold(), List.of(resource(REPRINTS)), SEED_PAGES);
        assertTrue(pages.items().size() > 150, "pages: " + pages.items().size());
        for (StoryOpeningModel.Items items : pages.items()) {
            // Then they agree item for item: the model in the jar is not stale
            assertEquals(fresh.roles(items), StoryOpeningModel.shipped().roles(items),
                    "run train-openings again: see docs/quality.md");
        }
    }

    @Test
    void onADigestOfUntitledItemsEachItemOpensAStory() throws IOException {
        // Given a news digest from zh-digests-seventh's training half: six untitled items the rules ran into three
        String set = "/eval/zh-digests-seventh/";
        JsonNode page = goldPage(set, "pages/d7b-youbao.txt");
        String text = Files.readString(resource(set + "pages/d7b-youbao.txt"), StandardCharsets.UTF_8);
        List<PageItem> story = PageSplitter.classified(text).story();
        assertTrue(ArticleAssembler.assemble(story, Set.of()).size() < page.path("articles").size(), "the rules alone merge items");

        // When the page is split
        SplitPage split = new PageSplitter().split(text);

        // Then each item the gold lists opens an article of its own
        assertEquals(page.path("articles").size(), split.articles().size());
        for (int i = 0; i < split.articles().size(); i++) {
            String start = page.path("articles").get(i).path("body_starts").asText().replaceAll("\\s", "");
            assertTrue(split.articles().get(i).body().replaceAll("\\s", "").startsWith(start),
                    "article " + (i + 1) + " opens at " + start);
        }
    }

    @Test
    void theModelOpensStoriesAfterWholeSentencesAndNeverMergesWhatTheRulesCut() throws IOException {
        for (Path gold : trainingHalves()) {
            for (JsonNode page : new ObjectMapper().readTree(gold.toFile()).path("pages")) {
                // Given a training page's items as the rules classify them
                String text = Files.readString(gold.getParent().resolve(page.path("file").asText()), StandardCharsets.UTF_8);
                List<PageItem> story = PageSplitter.classified(text).story();

                // When the model tells where stories open
                Set<PageItem> openings = StoryOpeningModel.shipped().openings(story);

                // Then each is a paragraph or a head after text that ends a sentence, and no page holds fewer
                // articles than the rules cut
                for (PageItem item : openings) {
                    assertTrue(item.kind() == PageItem.Kind.BODY || item.isHead(), page.path("file").asText());
                    List<PageItem> printed = story.stream()
                            .filter(i -> i.kind() != PageItem.Kind.NOISE && i.kind() != PageItem.Kind.MASTHEAD).toList();
                    PageItem above = printed.get(printed.indexOf(item) - 1);
                    assertTrue(TextShape.endsSentence(above.text().strip()) || TextShape.endsInTeaserCut(above.text().strip()),
                            page.path("file").asText() + ": " + item.text());
                }
                assertTrue(ArticleAssembler.assemble(story, openings).size() >= ArticleAssembler.assemble(story, Set.of()).size(),
                        page.path("file").asText());
            }
        }
    }

    @Test
    void headsInsideAFullArticleStayIntertitlesWhateverTheModelReads() throws IOException {
        // Given seed page 002, whose stories run under decks or open with a credited lead ("羊城晚报讯…") and carry
        // intertitles, some of which the model reads as the heads of stories of their own
        String text = Files.readString(SeedPages.repoRoot().resolve("sources/002_488d0b9540606021.txt"));
        List<PageItem> story = PageSplitter.classified(text).story();
        Set<PageItem> openings = StoryOpeningModel.shipped().openings(story);
        assertTrue(openings.stream().anyMatch(PageItem::isHead), "the model reads an intertitle as a story's head");

        // When the page is assembled with the model's openings
        List<ArticleDraft> drafts = ArticleAssembler.assemble(story, openings);

        // Then the intertitles stay in their stories: the page holds the articles the rules cut
        assertEquals(ArticleAssembler.assemble(story, Set.of()).size(), drafts.size());
    }

    @Test
    void aHeadTheModelIsSureOfOpensAStoryTheRulesRanOn() throws IOException {
        // Given an 1874 Shenbao page from zh-pages' training half: its last two reports stand under heads ("东使开船赴津",
        // "建台杂闻") the rules keep in the report above as intertitles
        String set = "/eval/zh-pages/";
        JsonNode page = goldPage(set, "pages/shenbao-1874-08-taiwan-jishi.txt");
        String text = Files.readString(resource(set + "pages/shenbao-1874-08-taiwan-jishi.txt"), StandardCharsets.UTF_8);
        List<PageItem> story = PageSplitter.classified(text).story();
        assertTrue(ArticleAssembler.assemble(story, Set.of()).stream().map(d -> d.head().headline())
                .noneMatch(h -> "东使开船赴津".equals(h) || "建台杂闻".equals(h)), "the rules alone keep them as intertitles");

        // When the page is split
        SplitPage split = new PageSplitter().split(text);

        // Then each of the two is an article under its head, opening where the gold says
        for (JsonNode report : List.of(page.path("articles").get(2), page.path("articles").get(3))) {
            String start = report.path("body_starts").asText().replaceAll("\\s", "");
            assertTrue(split.articles().stream().anyMatch(a -> report.path("title").asText().equals(a.headline())
                    && a.body().replaceAll("\\s", "").startsWith(start)), report.path("title").asText());
        }
    }

    @Test
    void pagesInLatinScriptAreLeftToTheRules() {
        assertTrue(StoryOpeningModel.reads("南湖新桥通车\n\n本报讯 南湖新桥今天通车。\n"));
        assertFalse(StoryOpeningModel.reads("The council met on Monday\nand agreed the budget. 市长说。\n"));
    }

    private static JsonNode goldPage(String set, String file) throws IOException {
        for (JsonNode page : new ObjectMapper().readTree(resource(set + "gold-train.json").toFile()).path("pages")) {
            if (page.path("file").asText().equals(file)) {
                return page;
            }
        }
        throw new AssertionError(file + " not in " + set);
    }
}
