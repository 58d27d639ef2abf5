package newsflow.processor.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.hostile.HostilePages;
import newsflow.core.page.PageReader;
import newsflow.core.split.PageSplitter;
import newsflow.core.tag.ArticleTagger;
import newsflow.model.Article;
import newsflow.model.PageReport;
import newsflow.processor.PipelineMetrics;
import newsflow.processor.ProcessorTopology;
import newsflow.runtime.JsonSerde;
import newsflow.runtime.Topics;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every hostile page through the real topology on {@link TopologyTestDriver}, each followed by a good page: each input
 * ends up where it should (a page report, or a dead letter with its original bytes and a reason of the right
 * category), every good page after a bad one is still processed, and the counts reconcile as the sink's do:
 * pages in = pages processed + dead letters, and articles reported = enriched + duplicates, page by page.
 */
class HostileTopologyTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path stateDir;

    private static ArticleTagger tagger;
    private static TopologyTestDriver driver;
    private static TestInputTopic<byte[], byte[]> raw;
    private static TestOutputTopic<String, Article> enriched;
    private static TestOutputTopic<String, Article> duplicates;
    private static TestOutputTopic<String, PageReport> reports;
    private static TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeAll
    static void start() {
        tagger = new ArticleTagger();
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "hostile-topology-test");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()); // a killed earlier run leaves no state behind
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        driver = new TopologyTestDriver(ProcessorTopology.build(config, new PageReader(PageReader.DEFAULT_MAX_BYTES),
                new PageSplitter(), ReprintIndex.withDefaults(), newsflow.processor.ProcessorService.DEFAULT_SHARDS, tagger, clock,
                new PipelineMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry())), config);
        raw = driver.createInputTopic(Topics.PAGES_RAW, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ARTICLES_ENRICHED, new StringDeserializer(), JsonSerde.articles().deserializer());
        duplicates = driver.createOutputTopic(Topics.ARTICLES_DUPLICATES, new StringDeserializer(), JsonSerde.articles().deserializer());
        reports = driver.createOutputTopic(Topics.PAGES_PROCESSED, new StringDeserializer(), JsonSerde.pageReports().deserializer());
        deadLetters = driver.createOutputTopic(Topics.PAGES_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterAll
    static void close() {
        driver.close();
    }

    private static void send(String key, byte[] value, Map<String, String> headers) {
        RecordHeaders h = new RecordHeaders();
        headers.forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
        raw.pipeInput(new TestRecord<>(key.getBytes(StandardCharsets.UTF_8), value, h, Instant.now()));
    }

    @Test
    void everyHostilePageIsProcessedOrDeadLetteredAndTheCountsReconcile() {
        // Tagging a 1 MB line of Chinese takes ArticleTagger about 80 s (2.4 s at 256 KB: it grows faster than the
        // text), so that case is read and split in HostilePageReaderTest and SplitterPropertiesTest, not tagged here;
        // the 1 MB line of English stands for it in the topology.
        List<HostilePages.Case> cases = HostilePages.all().stream()
                .filter(c -> !c.name().equals(HostilePages.CHINESE_MEGABYTE_LINE)).toList();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        int offset = 0;
        for (int i = 0; i < cases.size(); i++) {
            HostilePages.Case c = cases.get(i);
            send(c.name(), c.value(), c.headers());
            offsets.put(c.name(), offset++);
            send("good-" + i, HostilePages.utf8(HostilePages.goodPage(i)), Map.of("source", "Harbour Times"));
            offsets.put("good-" + i, offset++);
        }
        // a record with no value at all (a tombstone) is a page in too
        raw.pipeInput(new TestRecord<>("null value".getBytes(StandardCharsets.UTF_8), null, new RecordHeaders(), Instant.now()));
        offsets.put("null value", offset++);

        Map<String, PageReport> reportByPage = new HashMap<>();
        for (PageReport r : reports.readValuesToList()) {
            assertTrue(reportByPage.put(r.pageId(), r) == null, "one report per page: " + r.pageId());
        }
        Map<String, TestRecord<byte[], byte[]>> letterByKey = new HashMap<>();
        for (TestRecord<byte[], byte[]> letter : deadLetters.readRecordsToList()) {
            letterByKey.put(new String(letter.key(), StandardCharsets.UTF_8), letter);
        }
        List<Article> unique = enriched.readValuesToList();
        List<Article> dups = duplicates.readValuesToList();

        // where each input went, and why
        for (HostilePages.Case c : cases) {
            if (c.accepted()) {
                PageReport report = reportByPage.get(c.name());
                assertNotNull(report, c.name() + " is processed: " + reasonOf(letterByKey.get(c.name())));
                assertEquals(c.contentType(), report.contentType(), c.name());
            } else {
                TestRecord<byte[], byte[]> letter = letterByKey.get(c.name());
                assertNotNull(letter, c.name() + " is a dead letter");
                assertArrayEquals(c.value(), letter.value(), c.name() + ": the original bytes are kept");
                String reason = reasonOf(letter);
                assertTrue(HostilePages.category(reason).startsWith(HostilePages.folded(c.rejectedAs())),
                        c.name() + ": " + reason);
                assertTrue(HostilePages.CATEGORIES.contains(HostilePages.category(reason)), reason);
                assertEquals(String.valueOf(offsets.get(c.name())), header(letter, Topics.HEADER_DLQ_OFFSET), c.name());
                c.headers().forEach((k, v) -> assertEquals(v, header(letter, k), c.name() + ": header " + k + " kept"));
            }
        }
        assertTrue(reasonOf(letterByKey.get("null value")).startsWith("empty page"));
        // every good page after a bad one is processed, with its article
        for (int i = 0; i < cases.size(); i++) {
            PageReport report = reportByPage.get("good-" + i);
            assertNotNull(report, "good page " + i + " after '" + cases.get(i).name() + "' is processed");
            assertEquals(1, report.articles(), "good page " + i);
            assertEquals("Harbour Times", report.source().publication());
        }

        // reconciliation: pages in = processed + dead letters; articles reported = enriched + duplicates, per page
        assertEquals(offsets.size(), reportByPage.size() + letterByKey.size(), "pages in = pages processed + dead letters");
        assertTrue(reportByPage.keySet().stream().noneMatch(letterByKey::containsKey), "no page is both processed and dead");
        Map<String, Long> cutByPage = new HashMap<>();
        for (Article a : unique) {
            cutByPage.merge(a.pageId(), 1L, Long::sum);
        }
        for (Article a : dups) {
            cutByPage.merge(a.pageId(), 1L, Long::sum);
        }
        int reported = reportByPage.values().stream().mapToInt(PageReport::articles).sum();
        assertEquals(reported, unique.size() + dups.size(), "articles in reports = enriched + duplicates");
        for (PageReport r : reportByPage.values()) {
            assertEquals((long) r.articles(), cutByPage.getOrDefault(r.pageId(), 0L), "articles of " + r.pageId());
        }

        // what the hostile pages that were read gave
        assertEquals(3, reportByPage.get("GBK page, no charset").articles(), "the GBK seed page cuts as the UTF-8 one does");
        List<String> gbkHeadlines = articlesOf("GBK page, no charset", unique, dups).stream().map(Article::headline).toList();
        assertTrue(gbkHeadlines.get(0).startsWith("习近平在扎实推进长三角一体化发展座谈会上强调"), gbkHeadlines.toString());
        assertEquals(2, reportByPage.get("Big5 page, no charset").articles());
        assertEquals("港珠澳大橋客流創新高", articlesOf("Big5 page, no charset", unique, dups).get(0).headline());
        assertTrue(articlesOf("GBK page, charset=GBK", unique, dups).stream().allMatch(a -> a.duplicateOf() != null),
                "the same GBK page sent again is all duplicates");
        assertEquals(10_000, reportByPage.get("10,000 one-line articles").articles());
        Article cafe = articlesOf("windows-1252 page, no charset", unique, dups).get(0);
        assertEquals("Café owners in Zürich welcome the new tram line", cafe.headline());
        assertTrue(articlesOf("control characters in text", unique, dups).stream()
                .allMatch(a -> a.body().chars().noneMatch(ch -> ch != '\n' && Character.isISOControl(ch))));
    }

    private static List<Article> articlesOf(String pageId, List<Article> unique, List<Article> dups) {
        List<Article> all = new ArrayList<>(unique);
        all.addAll(dups);
        return all.stream().filter(a -> a.pageId().equals(pageId))
                .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal())).collect(Collectors.toList());
    }

    private static String reasonOf(TestRecord<byte[], byte[]> letter) {
        return letter == null ? "(no dead letter)" : header(letter, Topics.HEADER_DLQ_REASON);
    }

    private static String header(TestRecord<byte[], byte[]> letter, String key) {
        Header h = letter.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
