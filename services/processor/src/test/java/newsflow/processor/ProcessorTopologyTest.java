package newsflow.processor;

import newsflow.core.SeedPages;
import newsflow.model.PageHeaders;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import newsflow.core.dedup.GatherState;
import newsflow.core.dedup.CutCopies;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.page.PageReader;
import newsflow.core.split.PageSplitter;
import newsflow.core.tag.ArticleTagger;
import newsflow.model.Article;
import newsflow.model.DuplicateKind;
import newsflow.model.PageReport;
import newsflow.model.PageSource;
import newsflow.model.Story;
import newsflow.runtime.JsonSerde;
import newsflow.runtime.StateStores;
import newsflow.runtime.Topics;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The processor topology on {@link TopologyTestDriver}: what goes to which topic for the seed pages and bad input. */
class ProcessorTopologyTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path stateDir;

    private static final String PAGE_000 = "000_fe3380e024d71eeb.txt";
    private static final String PAGE_002 = "002_488d0b9540606021.txt";
    /** Pages are stamped one second before the topology's clock: their latency is one second. */
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant PAGE_TIME = NOW.minusSeconds(1);
    private static ArticleTagger tagger;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, Article> enriched;
    private TestOutputTopic<String, Article> duplicates;
    private TestOutputTopic<String, PageReport> reports;
    private TestOutputTopic<byte[], byte[]> deadLetters;
    private TestOutputTopic<String, Story> stories;

    @BeforeAll
    static void loadTagger() {
        tagger = new ArticleTagger();
    }

    @BeforeEach
    void start() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "processor-topology-test");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()); // a killed earlier run leaves no state behind
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        driver = new TopologyTestDriver(ProcessorTopology.build(config, new PageReader(PageReader.DEFAULT_MAX_BYTES),
                new PageSplitter(), ReprintIndex.withDefaults(), ProcessorService.DEFAULT_SHARDS, tagger, clock, new PipelineMetrics(meters)), config);
        raw = driver.createInputTopic(Topics.PAGES_RAW, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ARTICLES_ENRICHED, new StringDeserializer(), JsonSerde.articles().deserializer());
        duplicates = driver.createOutputTopic(Topics.ARTICLES_DUPLICATES, new StringDeserializer(), JsonSerde.articles().deserializer());
        reports = driver.createOutputTopic(Topics.PAGES_PROCESSED, new StringDeserializer(), JsonSerde.pageReports().deserializer());
        deadLetters = driver.createOutputTopic(Topics.PAGES_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        stories = driver.createOutputTopic(Topics.STORIES, new StringDeserializer(), JsonSerde.stories().deserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    private void send(String file, String source, String date) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(PageHeaders.SOURCE, source.getBytes(StandardCharsets.UTF_8));
        headers.add(PageHeaders.DATE, date.getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>(null, SeedPages.page(file).getBytes(StandardCharsets.UTF_8), headers, PAGE_TIME));
    }

    @Test
    void theSeedPagesGiveSevenUniqueArticlesAndOneNearDuplicate() {
        send(PAGE_000, "中国高新技术产业导报", "2020-08-24");
        send(PAGE_002, "羊城晚报", "2020-08-23");

        List<Article> unique = enriched.readValuesToList();
        List<Article> dups = duplicates.readValuesToList();
        assertEquals(7, unique.size(), "unique: " + unique.stream().map(Article::headline).toList());
        assertEquals(1, dups.size());
        Article reprint = dups.get(0);
        assertEquals(DuplicateKind.NEAR, reprint.kind());
        assertEquals("羊城晚报", reprint.source().publication());
        Article canonical = unique.stream().filter(a -> a.id().equals(reprint.duplicateOf())).findFirst().orElseThrow();
        assertEquals("中国高新技术产业导报", canonical.source().publication());
        assertEquals(canonical.storyId(), reprint.storyId());
        assertEquals(canonical.topics(), reprint.topics(), "a duplicate carries its canonical's tags");
        assertEquals(canonical.people(), reprint.people());
        assertEquals("zh", reprint.language());
        assertTrue(reprint.similarity() > 0.5 && reprint.similarity() < 1.0);
        assertEquals(7, unique.stream().map(Article::storyId).distinct().count(), "every unique article is its own story");

        List<PageReport> pageReports = reports.readValuesToList();
        assertEquals(List.of(3, 5), pageReports.stream().map(PageReport::articles).toList());
        assertTrue(deadLetters.isEmpty());

        Map<String, Story> latest = stories.readKeyValuesToMap();
        assertEquals(7, latest.size(), "one story per unique article");
        Story xinhua = latest.get(canonical.storyId());
        assertEquals(List.of("中国高新技术产业导报", "羊城晚报"), xinhua.carriers().stream().map(Story.Carrier::publication).toList());
        assertEquals(List.of("canonical", "near"), xinhua.carriers().stream().map(Story.Carrier::kind).toList());
        assertTrue(xinhua.carriers().get(1).edits().changed() > 0, "the reprint's edits are summarised");
        assertEquals(canonical.id(), xinhua.canonicalId());
    }

    @Test
    void onceEveryArticleIsDecidedNoArticleWaitsInTheGathers() {
        send(PAGE_000, "中国高新技术产业导报", "2020-08-24");
        send(PAGE_002, "羊城晚报", "2020-08-23");
        assertEquals(8, enriched.readValuesToList().size() + duplicates.readValuesToList().size());

        KeyValueStore<String, Article> waiting = driver.getKeyValueStore(StateStores.REPRINT_GATHER_ARTICLES);
        try (KeyValueIterator<String, Article> it = waiting.all()) {
            assertFalse(it.hasNext(), "an article left waiting after its verdict");
        }
        KeyValueStore<String, GatherState> gathers = driver.getKeyValueStore(StateStores.REPRINT_GATHERS);
        int decided = 0;
        try (KeyValueIterator<String, GatherState> it = gathers.all()) {
            while (it.hasNext()) {
                GatherState g = it.next().value;
                assertNull(g.article, "a gather state keeps no article");
                decided++;
            }
        }
        assertEquals(8, decided, "one gather per article");
    }

    @Test
    void enrichedArticlesAreTaggedAndCarryTheirPage() {
        send(PAGE_000, "中国高新技术产业导报", "2020-08-24");

        List<Article> unique = enriched.readValuesToList();
        assertEquals(3, unique.size());
        for (Article a : unique) {
            assertEquals("zh", a.language());
            assertNotNull(a.pageId());
            assertNotNull(a.processedAt());
            assertNull(a.duplicateOf());
            assertEquals("2020-08-24", a.source().date());
            assertTrue(!a.keywords().isEmpty() && !a.topics().isEmpty(), a.headline() + " has keywords and topics");
        }
        assertEquals(List.of(1, 2, 3), unique.stream().map(Article::ordinal).toList());
        assertTrue(unique.get(0).people().contains("习近平"), "people of the lead story: " + unique.get(0).people());
    }

    @Test
    void pagesSentAgainComeOutOnlyAsExactDuplicatesOfTheFirst() {
        send(PAGE_000, "中国高新技术产业导报", "2020-08-24");
        send(PAGE_002, "羊城晚报", "2020-08-23");
        Set<String> firstIds = enriched.readValuesToList().stream().map(Article::id).collect(Collectors.toSet());
        duplicates.readValuesToList();

        send(PAGE_000, "中国高新技术产业导报", "2020-08-24");
        send(PAGE_002, "羊城晚报", "2020-08-23");

        assertTrue(enriched.isEmpty(), "nothing new is enriched");
        List<Article> again = duplicates.readValuesToList();
        assertEquals(8, again.size());
        for (Article a : again) {
            assertEquals(DuplicateKind.EXACT, a.kind());
            assertTrue(firstIds.contains(a.duplicateOf()), a.headline() + " points to an enriched article");
            assertTrue(!firstIds.contains(a.id()), "a page sent again gets new article ids");
        }
    }

    @Test
    void aBadPageGoesToTheDeadLetterTopicWithItsReasonAndTheNextPageIsProcessed() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(PageHeaders.SOURCE, "某报".getBytes(StandardCharsets.UTF_8));
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        raw.pipeInput(new TestRecord<>("bad-1".getBytes(StandardCharsets.UTF_8), binary, headers, PAGE_TIME));
        send(PAGE_000, "中国高新技术产业导报", "2020-08-24");

        TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
        assertEquals("bad-1", new String(letter.key(), StandardCharsets.UTF_8));
        assertArrayEquals(binary, letter.value(), "the original bytes are kept");
        String reason = new String(letter.headers().lastHeader(Topics.HEADER_DLQ_REASON).value(), StandardCharsets.UTF_8);
        assertTrue(reason.startsWith("binary content"), reason);
        assertEquals("某报", new String(letter.headers().lastHeader(PageHeaders.SOURCE).value(), StandardCharsets.UTF_8),
                "the original headers are kept");
        assertEquals(Topics.PAGES_RAW, new String(letter.headers().lastHeader(Topics.HEADER_DLQ_TOPIC).value(), StandardCharsets.UTF_8));
        assertEquals(3, enriched.readValuesToList().size());
        assertEquals(1, reports.readValuesToList().size(), "only the good page is reported as processed");
        assertEquals(2, meters.counter("newsflow.pages.in").count());
        assertEquals(1, meters.counter("newsflow.dead.letters", "reason", "binary content").count());
        assertEquals(3, meters.counter("newsflow.articles.out", "result", "unique").count());
        assertEquals(3, meters.timer("newsflow.page.latency").count(), "latency is measured per article out");
        assertEquals(3.0, meters.timer("newsflow.page.latency").totalTime(java.util.concurrent.TimeUnit.SECONDS), 1e-9);
    }

    @Test
    void storiesOlderThanTheWindowAreForgotten() {
        send(PAGE_000, "中国高新技术产业导报", "2020-01-01");
        send(PAGE_002, "羊城晚报", "2020-03-01");
        enriched.readValuesToList();
        duplicates.readValuesToList();

        driver.advanceWallClockTime(java.time.Duration.ofMinutes(10));
        send(PAGE_000, "中国高新技术产业导报", "2020-03-02");

        assertTrue(duplicates.isEmpty(), "the January stories left the 30-day index: a re-send opens new stories");
        assertEquals(3, enriched.readValuesToList().size());
    }

    @Test
    void aPageOfNoiseIsReportedWithNoArticles() {
        raw.pipeInput(null, "微信公众号\n\n扫码关注\n\nhttp://example.org".getBytes(StandardCharsets.UTF_8));

        assertEquals(0, reports.readValue().articles());
        assertTrue(enriched.isEmpty() && duplicates.isEmpty() && deadLetters.isEmpty());
    }

    private static final String NEWS_SITE_PAGE = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Harbour bridge reopens | Bay Post</title>"
            + "<meta property=\"og:site_name\" content=\"Bay Post\">"
            + "<meta property=\"article:published_time\" content=\"2024-05-14T09:30:00Z\">"
            + "<link rel=\"canonical\" href=\"https://baypost.example/2024/05/14/bridge\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour bridge reopens after two years\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Lena Ortiz\"}]}</script></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main><article><h1>Harbour bridge reopens after two years</h1>"
            + "<p>The harbour bridge reopened to traffic on Monday, two years after it was closed for repairs to its deck.</p>"
            + "<div class=\"newsletter\">Get the morning briefing in your inbox.</div>"
            + "<p>About 40,000 vehicles a day are expected to cross it, Mayor Ruth Dalton said at the opening ceremony.</p>"
            + "</article><section class=\"related\"><h2>More news</h2><ul><li><a href=\"/a\">Ferry adds late sailings</a></li>"
            + "</ul></section></main><footer>© 2024 Bay Post</footer></body></html>";

    @Test
    void aNewsSitesPageIsOneArticleWithWhatItsMarkupSays() {
        // Given a news site's article page sent as HTML with no headers
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "text/html".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>("site-1".getBytes(StandardCharsets.UTF_8),
                NEWS_SITE_PAGE.getBytes(StandardCharsets.UTF_8), headers, PAGE_TIME));

        // Then one article comes out: head, byline, publication, date and URL from the markup, the site left out
        List<Article> out = enriched.readValuesToList();
        assertEquals(1, out.size(), out.toString());
        Article a = out.get(0);
        assertEquals("Harbour bridge reopens after two years", a.headline());
        assertEquals("Lena Ortiz", a.byline());
        assertEquals(new PageSource("Bay Post", "2024-05-14", null, "https://baypost.example/2024/05/14/bridge"), a.source());
        assertEquals("en", a.language());
        assertTrue(a.body().startsWith("The harbour bridge reopened") && a.body().endsWith("opening ceremony."), a.body());
        assertTrue(!a.body().contains("briefing") && !a.body().contains("Ferry") && !a.body().contains("Home"), a.body());
        assertEquals(1, reports.readValue().articles());
    }

    @Test
    void headersWinOverWhatAWebPageSaysOfItself() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(PageHeaders.SOURCE, "Harbour Gazette".getBytes(StandardCharsets.UTF_8));
        headers.add(PageHeaders.DATE, "2024-05-15".getBytes(StandardCharsets.UTF_8));
        headers.add(PageHeaders.URL, "https://gazette.example/b".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>(null, NEWS_SITE_PAGE.getBytes(StandardCharsets.UTF_8), headers, PAGE_TIME));

        assertEquals(new PageSource("Harbour Gazette", "2024-05-15", null, "https://gazette.example/b"),
                enriched.readValue().source());
    }

    /** A page of one site's own (lines a site repeats page after page are its furniture, so each copy is another site). */
    private void sendWebPage(String key, String headline, String text) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "text/html".getBytes(StandardCharsets.UTF_8));
        headers.add(PageHeaders.URL, ("https://" + key + ".example/story").getBytes(StandardCharsets.UTF_8));
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>" + headline + "</title></head><body><article><h1>"
                + headline + "</h1><p>" + text.replace("\n", "</p><p>") + "</p></article></body></html>";
        raw.pipeInput(new TestRecord<>(key.getBytes(StandardCharsets.UTF_8), html.getBytes(StandardCharsets.UTF_8), headers, PAGE_TIME));
    }

    @Test
    void aCopyOfAWholeStoryTiesTheStoriesOfTwoCopiesCutToDifferentParts() {
        // Given two sites' copies of a wire story cut to different parts, which share too little to be linked
        sendWebPage("lead-only", "Senate confirms Boston lawyer", CutCopies.LEAD_ONLY);
        sendWebPage("end-only", "New justice to take his seat in autumn", CutCopies.END_ONLY);
        List<String> cutStories = enriched.readValuesToList().stream().map(Article::storyId).toList();
        assertEquals(2, cutStories.size(), "two stories");

        // When a third site prints the whole story
        sendWebPage("whole", "Senate confirms Boston lawyer to supreme court", CutCopies.WHOLE);

        // Then it joins one of them and names the other as the same story, on its record and on the story's
        Article whole = duplicates.readValue();
        assertTrue(cutStories.contains(whole.storyId()), whole.storyId());
        assertEquals(cutStories.stream().filter(id -> !id.equals(whole.storyId())).toList(), whole.sameStories());
        List<Story> updates = stories.readValuesToList();
        Story story = updates.get(updates.size() - 1);
        assertEquals(whole.storyId(), story.storyId());
        assertEquals(whole.sameStories(), story.sameStories());
        assertEquals(2, story.carriers().size(), "the story itself keeps its own carriers; readers fold the two");
    }
}
