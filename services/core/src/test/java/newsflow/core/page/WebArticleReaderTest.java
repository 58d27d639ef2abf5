package newsflow.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Web pages read as the pipeline reads HTML: real pages of the development set's training half (saved news and blog
 * pages, issue 27) and the team's own e-paper page. Held-back pages are not used here.
 */
class WebArticleReaderTest {
    private final WebArticleReader reader = new WebArticleReader();

    private static String page(String name) throws IOException, URISyntaxException {
        Path set = Path.of(WebArticleReaderTest.class.getResource("/eval/readability-test-pages/split.json").toURI()).getParent();
        return Files.readString(set.resolve(name).resolve("source.html"), StandardCharsets.UTF_8);
    }

    @Test
    void aNewsArticlePageIsOneArticleWithItsMetadataFromJsonLd() throws Exception {
        // Given NBC News' article page: JSON-LD in CDATA (a NewsArticle among VideoObjects), Open Graph, a canonical link
        WebArticleReader.Reading r = reader.read(page("schema-org-context-object"), null);

        // Then it is one article, head and metadata from the markup, its body without the site around it
        WebArticle a = r.article();
        assertNotNull(a, "one article");
        assertEquals("South Korean president’s impeachment fails after ruling party lawmakers walk out", a.headline());
        assertEquals("Stella Kim, Jennifer Jett", a.byline());
        assertEquals(new WebMetadata("South Korean president’s impeachment fails after ruling party lawmakers walk out",
                "Stella Kim, Jennifer Jett", "2024-12-06", "NBC News", "en",
                "https://www.nbcnews.com/news/world/south-korea-martial-law-president-yoon-suk-yeol-impeachment-vote-rcna183138"),
                a.metadata());
        assertTrue(a.body().startsWith("SEOUL, South Korea"), a.body().substring(0, 80));
        assertFalse(a.body().contains("Sign up") || a.body().contains("Copyright"), "no site furniture in the body");
    }

    @Test
    void metadataFromOpenGraphAndMetaTagsWhereThereIsNoJsonLd() throws Exception {
        // Given Folha de S.Paulo's page (Open Graph, article:published_time, <html lang>) with a deck under its h1
        WebArticle a = reader.read(page("folha"), null).article();

        assertEquals("Tite diz que errou ao levar taça da Libertadores a Lula em 2012", a.headline());
        assertEquals("Na ocasião, técnico do Corinthians entregou réplica do troféu ao ex-presidente", a.subheadline());
        assertEquals("2018-12-21", a.metadata().published());
        assertEquals("Folha de S.Paulo", a.metadata().publication());
        assertEquals("pt", a.metadata().language());
        assertFalse(a.body().contains(a.subheadline()), "the deck is not also the body's first paragraph");
    }

    @Test
    void aTitleLosesTheSiteNameItEndsWithAndADateIsNoByline() throws Exception {
        // Aktuálně.cz's og:title ends with its site's name; on Folha's page Readability takes the date line for a byline
        assertEquals("West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout",
                reader.read(page("aktualne"), null).article().headline());
        assertEquals("Headline of the day", WebArticleReader.withoutSiteName("Headline of the day | Bay Post", "Bay Post"));
        assertEquals("Left - right", WebArticleReader.withoutSiteName("Left - right", "Bay Post"));
        String byline = reader.read(page("folha"), null).article().byline();
        assertTrue(byline == null || !byline.contains("2018"), byline);
    }

    @Test
    void aBlogPostWithTeasersOfOtherPostsIsOneArticle() throws Exception {
        // Given a Chinese blog post (PIXNET, traditional script) followed by cards of other posts
        WebArticle a = reader.read(page("pixnet"), null).article();

        assertNotNull(a, "the post, not an e-paper page of the teasers");
        assertEquals("zh", a.metadata().language());
        assertEquals("2013-12-28", a.metadata().published());
        assertTrue(a.body().contains("美樹"), a.body().substring(0, 60));
    }

    @Test
    void anEpaperPageOfSeveralStoriesGoesToTheSplitter() throws Exception {
        String epaper = Files.readString(Path.of(WebArticleReaderTest.class.getResource("/eval/pages/epaper-zh.html").toURI()),
                StandardCharsets.UTF_8);
        WebArticleReader.Reading r = reader.read(epaper, null);
        assertNull(r.article());
        assertFalse(r.text().isBlank());
    }

    @Test
    void aPageWithNoTextGivesNeitherArticleNorText() {
        WebArticleReader.Reading r = reader.read("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>", null);
        assertNull(r.article());
        assertTrue(r.text().isBlank(), r.text());
    }

    @Test
    void theDateAPageShowsWhereItsMarkupNamesNone() {
        String html = "<html lang='zh-CN'><body><article><h1>沿江绿道全线贯通</h1><div class='info'><span class='time'>"
                + "2024年4月20日 08:15</span></div><p>" + "记者昨日从市园林局获悉，沿江绿道已全线贯通，市民骑行可达二十公里。".repeat(6)
                + "</p></article></body></html>";
        WebArticle a = reader.read(html, "https://news.example.cn/a/1.html").article();
        assertEquals("2024-04-20", a.metadata().published());
        assertEquals("zh", a.metadata().language());
        assertEquals("沿江绿道全线贯通", a.headline());
    }
}
