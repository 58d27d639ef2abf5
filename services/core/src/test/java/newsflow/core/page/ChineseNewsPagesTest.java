package newsflow.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsflow.core.split.PageSplitter;
import newsflow.core.split.SplitArticle;
import newsflow.model.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real Chinese news-site pages (人民网, 腾讯网, 证券时报网, 中山网, 中時電子報), read as the pipeline reads a page of
 * HTML, against the gold a reader wrote for each ({@code eval/zh-web-pages/}).
 */
class ChineseNewsPagesTest {
    private static final Path PAGES = pages();

    private static Path pages() {
        try {
            return Path.of(ChineseNewsPagesTest.class.getResource("/eval/zh-web-pages/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"people", "qq", "stcn", "zsnews", "chinatimes"})
    void aChineseNewsPageIsOneArticleWithItsHeadlineBodyAndDate(String site) throws Exception {
        // Given a news site's article page as the site served it
        JsonNode gold = Json.MAPPER.readTree(Files.readString(PAGES.resolve(site).resolve("gold.json"), StandardCharsets.UTF_8));
        byte[] html = Files.readAllBytes(PAGES.resolve(site).resolve("source.html"));

        // When it is read and split as the pipeline does it
        Page page = new PageReader(PageReader.DEFAULT_MAX_BYTES).read(null, html, Map.of("content-type", "text/html"));
        List<SplitArticle> articles = new PageSplitter().split(page).articles();

        // Then it is one article: the page's headline, the body from its first words to its last, no site furniture
        assertEquals(1, articles.size(), "one article");
        SplitArticle a = articles.get(0);
        assertEquals(gold.get("headline").asText(), a.headline());
        String body = squash(a.body());
        assertTrue(body.startsWith(squash(gold.get("body_starts").asText())), "body starts: " + a.body().substring(0, Math.min(80, a.body().length())));
        assertTrue(body.endsWith(squash(gold.get("body_ends").asText())), "body ends: " + a.body().substring(Math.max(0, a.body().length() - 80)));
        for (JsonNode furniture : gold.get("must_not_contain")) {
            assertFalse(body.contains(squash(furniture.asText())), "no furniture: " + furniture.asText());
        }
        // and the date the page's metadata gives; a byline only where it names someone
        assertNotNull(page.article(), "read as a site's article page");
        WebMetadata meta = page.article().metadata();
        if (meta.published() != null || !gold.path("published").isNull()) {
            assertEquals(gold.path("published").asText(null), meta.published(), "published");
        }
        assertTrue(meta.language() == null || meta.language().equals("zh"), "language " + meta.language());
        assertTrue(a.byline() == null || a.byline().codePoints().anyMatch(Character::isLetter), "byline " + a.byline());
    }
}
