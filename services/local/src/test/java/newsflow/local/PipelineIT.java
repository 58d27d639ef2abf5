package newsflow.local;

import newsflow.model.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import newsflow.kafka.EmbeddedKafkaBroker;
import newsflow.model.Article;
import newsflow.model.DuplicateKind;
import newsflow.processor.ProcessorService;
import newsflow.producer.PageCatalog;
import newsflow.producer.PageMetadata;
import newsflow.producer.PagePublisher;
import newsflow.runtime.Topics;
import newsflow.sink.SinkService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a real KRaft broker, as a user runs it: the producer publishes pages, the processor and the
 * sink run as services, and the tests read the output topics with read_committed and the sink's HTTP API. The
 * steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path stateDir;
    private static EmbeddedKafkaBroker broker;
    private static Properties settings;
    private static ProcessorService processor;
    private static SinkService sink;
    private static PrometheusMeterRegistry registry;
    private static TopicReader<Article> enriched;
    private static TopicReader<Article> duplicates;
    private static Set<String> firstIds;
    private static List<Article> firstOutput;

    @BeforeAll
    static void startPipeline() {
        broker = EmbeddedKafkaBroker.startTemporary();
        settings = InProcessSettings.of(broker, stateDir);
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        processor = new ProcessorService(settings, registry);
        processor.start();
        sink = new SinkService(settings, registry);
        sink.start();
        enriched = TopicReader.articles(broker.bootstrapServers(), Topics.ARTICLES_ENRICHED);
        duplicates = TopicReader.articles(broker.bootstrapServers(), Topics.ARTICLES_DUPLICATES);
    }

    @AfterAll
    static void stopPipeline() {
        enriched.close();
        duplicates.close();
        sink.stop();
        processor.stop();
        broker.close();
    }

    /** The pages in sources/, each with its catalogue's headers, through a producer made from {@code settings}. */
    static void publishSeedPages(Properties settings) throws Exception {
        Path sources = repoRoot().resolve("sources");
        PageCatalog catalog = PageCatalog.findFor(sources);
        try (PagePublisher publisher = new PagePublisher(settings)) {
            for (Path file : PagePublisher.pageFiles(sources)) {
                publisher.send(Files.readAllBytes(file), PagePublisher.metadataFor(file, new PageMetadata(null, null, null, null, null), catalog)).get();
            }
        }
    }

    @Test
    @Order(1)
    void givenTheSeedPages_whenPublished_thenSevenArticlesAreEnrichedAndOneIsANearDuplicate() throws Exception {
        publishSeedPages(settings);

        List<Article> unique = values(enriched.read(7, WAIT));
        List<Article> dups = values(duplicates.read(1, WAIT));

        assertEquals(7, unique.size(), "enriched: " + unique.stream().map(Article::headline).toList());
        assertEquals(1, dups.size());
        assertEquals(DuplicateKind.NEAR, dups.get(0).kind());
        assertEquals("羊城晚报", dups.get(0).source().publication());
        assertTrue(unique.stream().anyMatch(a -> a.id().equals(dups.get(0).duplicateOf())), "the duplicate points to an enriched article");
        assertTrue(unique.stream().allMatch(a -> "zh".equals(a.language()) && !a.topics().isEmpty()), "every article is tagged");
        firstIds = unique.stream().map(Article::id).collect(Collectors.toSet());
        firstOutput = new ArrayList<>(unique);
        firstOutput.addAll(dups);
    }

    @Test
    @Order(2)
    void givenTheSeedOutput_whenScoredWithTheTeamsScorer_thenEveryGoldCheckPasses() throws Exception {
        Path scorer = repoRoot().resolveSibling("shared").resolve("eval/score_gold.py");
        Path gold = repoRoot().resolveSibling("shared").resolve("seeds/gold.json");
        Assumptions.assumeTrue(Files.isReadable(scorer) && Files.isReadable(gold), "SKIPPED: no ../shared/eval/score_gold.py beside the repository");
        Path dump = stateDir.resolve("output.jsonl");
        Files.write(dump, firstOutput.stream().map(PipelineIT::json).toList(), StandardCharsets.UTF_8);

        Process python;
        try {
            python = new ProcessBuilder("python3", scorer.toString(), "--gold", gold.toString(), dump.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("SKIPPED: python3 is not installed: " + e.getMessage());
            return;
        }
        String report = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(report);
        assertEquals(0, python.waitFor(), "score_gold.py failed:\n" + report);
    }

    @Test
    @Order(3)
    void givenPublishedPages_whenPublishedAgain_thenOnlyExactDuplicatesComeOut() throws Exception {
        publishSeedPages(settings);

        List<Article> dups = values(duplicates.read(8, WAIT));

        assertEquals(8, dups.size());
        assertTrue(dups.stream().allMatch(a -> a.kind() == DuplicateKind.EXACT && firstIds.contains(a.duplicateOf())));
        assertTrue(values(enriched.read(0, Duration.ZERO)).isEmpty(), "nothing new is enriched");
    }

    @Test
    @Order(4)
    void givenABadPage_whenPublishedBeforeAGoodOne_thenItIsADeadLetterWithItsReasonAndTheGoodOneIsProcessed() throws Exception {
        try (PagePublisher publisher = new PagePublisher(settings);
             TopicReader<byte[]> dlq = TopicReader.bytes(broker.bootstrapServers(), Topics.PAGES_DLQ)) {
            publisher.send(new byte[0], new PageMetadata("某报", null, null, null, null)).get();
            publisher.send("## 海港大桥今日重新通车\n\n本报讯(记者 王芳) 经过两年维修，海港大桥今天上午重新通车，早高峰车流平稳。".getBytes(StandardCharsets.UTF_8),
                    new PageMetadata("某报", "2024-05-01", null, null, "text/markdown")).get();

            List<ConsumerRecord<String, byte[]>> letters = dlq.read(1, WAIT);
            assertEquals(1, letters.size());
            String reason = new String(letters.get(0).headers().lastHeader(Topics.HEADER_DLQ_REASON).value(), StandardCharsets.UTF_8);
            assertTrue(reason.startsWith("empty page"), reason);
            List<Article> next = values(enriched.read(1, WAIT));
            assertEquals(List.of("海港大桥今日重新通车"), next.stream().map(Article::headline).toList());
        }
    }

    @Test
    @Order(5)
    void givenAllInputProcessed_thenTheSinkCountsAgreeWithTheTopics() throws Exception {
        JsonNode counts = awaitCounts(c -> c.get("pages").asLong() == 6 && c.get("unique").asLong() == 8);

        assertEquals(6, counts.get("pages").asLong());
        assertEquals(5, counts.get("pagesProcessed").asLong());
        assertEquals(1, counts.get("deadLetters").asLong());
        assertEquals(17, counts.get("articles").asLong());
        assertEquals(8, counts.get("unique").asLong());
        assertEquals(9, counts.get("duplicates").asLong());
        assertEquals(8, counts.get("duplicatesByKind").get("exact").asLong());
        assertEquals(1, counts.get("duplicatesByKind").get("near").asLong());
        assertEquals(8, counts.get("byLanguage").get("zh").asLong());
        assertTrue(get("/health").statusCode() == 200);
        JsonNode stories = Json.MAPPER.readTree(get("/api/stories?sort=carriers&limit=1").body());
        assertEquals(8, stories.get("total").asLong());
        JsonNode xinhua = stories.get("stories").get(0);
        assertEquals(List.of("canonical", "near", "exact", "exact"),
                xinhua.get("carriers").findValuesAsText("kind"), "the Xinhua story, its reprint and both re-sent");
        assertEquals(400, get("/api/stories?limit=100000").statusCode());
        String metrics = get("/metrics").body();
        assertTrue(metrics.contains("kafka_stream"), "Kafka Streams metrics are exported");
        assertTrue(metrics.contains("newsflow_pages_in_total 6.0"), "pipeline counters are exported:\n" + metrics.lines()
                .filter(l -> l.startsWith("newsflow_")).toList());
        assertTrue(metrics.contains("newsflow_articles_out_total{result=\"near\"} 1.0"));
        assertTrue(metrics.contains("newsflow_page_latency_seconds_bucket"), "latency is a histogram");
    }

    @Test
    @Order(6)
    void givenCounts_whenTheSinkRestartsOnAnEmptyStateDirectory_thenTheCountsAreRestoredFromTheChangelog() throws Exception {
        String before = get("/api/counts").body();
        sink.stop();
        Properties fresh = new Properties();
        fresh.putAll(settings);
        fresh.put("newsflow.sink.state.dir", stateDir.resolve("sink-after-restart").toString());
        sink = new SinkService(fresh);
        sink.start();

        assertEquals(Json.MAPPER.readTree(before), awaitCounts(c -> c.get("pages").asLong() == 6));
    }

    private static JsonNode awaitCounts(java.util.function.Predicate<JsonNode> done) throws Exception {
        return ServiceHttp.awaitCounts(sink.httpPort(), done, WAIT);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return ServiceHttp.get(sink.httpPort(), path);
    }

    private static String json(Article a) {
        try {
            return Json.MAPPER.writeValueAsString(a);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <V> List<V> values(List<ConsumerRecord<String, V>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }

    static Path repoRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("sources")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
