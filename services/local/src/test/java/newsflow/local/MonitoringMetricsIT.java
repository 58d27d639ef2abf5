package newsflow.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import newsflow.kafka.EmbeddedKafkaBroker;
import newsflow.processor.ProcessorService;
import newsflow.producer.PageCatalog;
import newsflow.producer.PageMetadata;
import newsflow.producer.PagePublisher;
import newsflow.runtime.OperationsEndpoints;
import newsflow.sink.SinkService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert rules and the Grafana dashboard query metrics the services really expose. The processor and the sink run
 * as in their images, each with its own registry and /metrics, on an embedded broker; the seed pages and one empty
 * page (a dead letter) go through them, so the meters that appear only once used are there too. Then every metric
 * name in the PromQL of monitoring/ must be a series in one of the two scrapes.
 */
class MonitoringMetricsIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** Series Prometheus makes itself for every target rather than scraping them. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");

    @TempDir
    static Path stateDir;
    private static EmbeddedKafkaBroker broker;
    private static ProcessorService processor;
    private static Javalin processorHttp;
    private static SinkService sink;
    private static String processorMetrics;
    private static String sinkMetrics;

    @BeforeAll
    static void runThePipelineAndScrapeIt() throws Exception {
        broker = EmbeddedKafkaBroker.startTemporary();
        Properties settings = InProcessSettings.of(broker, stateDir);
        PrometheusMeterRegistry processorRegistry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        processor = new ProcessorService(settings, processorRegistry);
        processor.start();
        processorHttp = OperationsEndpoints.create(processor::streams, processorRegistry).start("127.0.0.1", 0);
        sink = new SinkService(settings);
        sink.start();

        // GC pause timers appear at the first collection after binding; a long-running service has had one
        System.gc();
        int pages = publishSeedPagesAndAnEmptyOne(settings);
        awaitSinkCounts(c -> c.get("pages").asLong() == pages && c.get("deadLetters").asLong() == 1
                && c.get("articles").asLong() > 0 && c.get("articles").asLong() == c.get("unique").asLong() + c.get("duplicates").asLong());
        processorMetrics = get(processorHttp.port(), "/metrics");
        sinkMetrics = get(sink.httpPort(), "/metrics");
    }

    @AfterAll
    static void stopPipeline() {
        if (sink != null) {
            sink.stop();
        }
        if (processorHttp != null) {
            processorHttp.stop();
        }
        if (processor != null) {
            processor.stop();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void givenTheRunningServices_thenEveryMetricTheAlertRulesQueryIsExposed() throws Exception {
        assertEquals(Map.of(), unexposedNames(MonitoringQueries.alerts()), "alert → metric names no service exposes");
    }

    @Test
    void givenTheRunningServices_thenEveryMetricTheDashboardQueriesIsExposed() throws Exception {
        assertEquals(Map.of(), unexposedNames(MonitoringQueries.dashboardQueries()), "panel → metric names no service exposes");
    }

    @Test
    void givenTheScrapes_thenTheProcessorsAndTheSinksOwnMetersAreThere() {
        Set<String> missing = new TreeSet<>(Set.of("newsflow_pages_in_total", "newsflow_dead_letters_total",
                "newsflow_page_latency_seconds_bucket", "jvm_memory_used_bytes", "jvm_gc_pause_seconds_sum", "process_cpu_usage"));
        missing.removeAll(seriesNames(processorMetrics));
        assertEquals(Set.of(), missing, "missing from the processor's /metrics");
        assertTrue(seriesNames(sinkMetrics).contains("jvm_memory_used_bytes"), "the sink exports JVM meters");
    }

    private static Map<String, Set<String>> unexposedNames(Map<String, String> queries) {
        Set<String> exposed = new TreeSet<>(seriesNames(processorMetrics));
        exposed.addAll(seriesNames(sinkMetrics));
        exposed.addAll(MADE_BY_PROMETHEUS);
        Map<String, Set<String>> missing = new TreeMap<>();
        queries.forEach((name, expr) -> {
            Set<String> names = MonitoringQueries.metricNames(expr);
            assertTrue(!names.isEmpty(), name + " queries no metric: " + expr);
            names.removeAll(exposed);
            if (!names.isEmpty()) {
                missing.put(name, names);
            }
        });
        return missing;
    }

    /** The series names of a Prometheus text scrape: a histogram's _bucket, _count and _sum each count as one. */
    static Set<String> seriesNames(String scrape) {
        return scrape.lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("[{ ]", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static int publishSeedPagesAndAnEmptyOne(Properties settings) throws Exception {
        Path sources = PipelineIT.repoRoot().resolve("sources");
        PageCatalog catalog = PageCatalog.findFor(sources);
        int pages = 0;
        try (PagePublisher publisher = new PagePublisher(settings)) {
            for (Path file : PagePublisher.pageFiles(sources)) {
                publisher.send(Files.readAllBytes(file), PagePublisher.metadataFor(file, new PageMetadata(null, null, null, null, null), catalog)).get();
                pages++;
            }
            publisher.send(new byte[0], new PageMetadata("某报", null, null, null, null)).get();
        }
        return pages + 1;
    }

    private static void awaitSinkCounts(java.util.function.Predicate<JsonNode> done) throws Exception {
        ServiceHttp.awaitCounts(sink.httpPort(), done, WAIT);
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> r = ServiceHttp.get(port, path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }
}
