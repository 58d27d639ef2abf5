package newsflow.local;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import newsflow.kafka.EmbeddedKafkaBroker;
import newsflow.model.Json;
import newsflow.processor.ProcessorService;
import newsflow.producer.PageCatalog;
import newsflow.producer.PageMetadata;
import newsflow.producer.PagePublisher;
import newsflow.runtime.KafkaSettings;
import newsflow.runtime.TopicSetup;
import newsflow.runtime.Topics;
import newsflow.sink.Counts;
import newsflow.sink.SinkService;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * All of newsflow in one JVM: an embedded KRaft broker, the processor, the sink and the producer. Publishes the
 * pages under {@code --sources} that it has not published before, prints each enriched article and duplicate, prints
 * the counts once the input is drained, then runs until Ctrl-C (or exits, with {@code --exit-when-idle}).
 */
@Command(name = "newsflow-local", mixinStandardHelpOptions = true, version = "newsflow-local 0.1",
        description = "Runs the whole newsflow pipeline on an embedded Kafka broker.")
public final class LocalNewsflow implements Callable<Integer> {
    @Option(names = "--sources", description = "folder of pages to publish (default: ${DEFAULT-VALUE})", defaultValue = "sources")
    Path sources;

    @Option(names = "--data-dir", description = "broker and state data, kept across restarts (default: ${DEFAULT-VALUE})", defaultValue = "data")
    Path dataDir;

    @Option(names = "--kafka-port", description = "broker port on 127.0.0.1 (default: ${DEFAULT-VALUE})", defaultValue = "9092")
    int kafkaPort;

    @Option(names = "--http-port", description = "sink HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int httpPort;

    @Option(names = "--exit-when-idle", description = "exit once the input is drained instead of running until Ctrl-C")
    boolean exitWhenIdle;

    @Option(names = "--idle-timeout", description = "give up waiting for the input to drain after this many seconds (default: ${DEFAULT-VALUE})", defaultValue = "600")
    int idleTimeoutSeconds;

    public static void main(String[] args) {
        int code = new CommandLine(new LocalNewsflow()).execute(args);
        if (code != 0 || Boolean.getBoolean("newsflow.exit")) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dataDir);
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), kafkaPort);
        System.out.println("newsflow: Kafka running on " + broker.bootstrapServers() + " (data in " + dataDir.toAbsolutePath() + ")");
        Properties overrides = new Properties();
        overrides.put("bootstrap.servers", broker.bootstrapServers());
        overrides.put("newsflow.state.dir", dataDir.resolve("processor-state").toAbsolutePath().toString());
        overrides.put("newsflow.sink.state.dir", dataDir.resolve("sink-state").toAbsolutePath().toString());
        overrides.put("newsflow.http.port", String.valueOf(httpPort));
        Properties settings = KafkaSettings.load(Map.of(), null, overrides);
        TopicSetup.ensureTopics(settings);

        ArticlePrinter printer = new ArticlePrinter(settings, System.out);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ProcessorService processor = new ProcessorService(settings, registry);
        SinkService sink = new SinkService(settings, registry);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            sink.stop();
            processor.stop();
            printer.close();
            broker.close();
            stopped.countDown();
        }, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        printer.start();
        processor.start();
        new KafkaStreamsMetrics(processor.streams()).bindTo(registry);
        sink.start();
        System.out.println("newsflow: processor and sink running; counts at http://127.0.0.1:" + sink.httpPort() + "/api/counts");

        PublishedPages ledger = new PublishedPages(dataDir.resolve("published-pages.txt"));
        int sent = publishNewPages(settings, ledger);
        System.out.println("newsflow: published " + sent + " new page(s) from " + sources + " (" + ledger.size() + " in all)");

        Counts counts = awaitDrained(sink, printer, settings, ledger.size());
        System.out.println("newsflow: drained. counts: " + Json.MAPPER.writeValueAsString(counts));
        if (exitWhenIdle) {
            Runtime.getRuntime().removeShutdownHook(shutdown);
            shutdown.run();
            System.setProperty("newsflow.exit", "true");
            return 0;
        }
        System.out.println("newsflow: running; feed more pages to " + Topics.PAGES_RAW + " on " + broker.bootstrapServers()
                + " (Ctrl-C stops)");
        stopped.await();
        return 0;
    }

    private int publishNewPages(Properties settings, PublishedPages ledger) throws Exception {
        if (!Files.isDirectory(sources)) {
            System.out.println("newsflow: no sources folder at " + sources.toAbsolutePath() + "; nothing to publish");
            return 0;
        }
        PageCatalog catalog = PageCatalog.findFor(sources);
        PageMetadata none = new PageMetadata(null, null, null, null, null);
        List<Future<RecordMetadata>> pending = new ArrayList<>();
        List<byte[]> pages = new ArrayList<>();
        try (PagePublisher publisher = new PagePublisher(settings)) {
            for (Path file : PagePublisher.pageFiles(sources)) {
                byte[] page = Files.readAllBytes(file);
                if (!ledger.contains(page)) {
                    pending.add(publisher.send(page, PagePublisher.metadataFor(file, none, catalog)));
                    pages.add(page);
                }
            }
            PagePublisher.awaitAll(pending);
        }
        for (byte[] page : pages) {
            ledger.add(page);
        }
        return pages.size();
    }

    /** Waits until the sink has seen every published page come out (processed or dead letter) and the printer caught up. */
    private Counts awaitDrained(SinkService sink, ArticlePrinter printer, Properties settings, int publishedPages) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(idleTimeoutSeconds));
        try (Admin admin = Admin.create(KafkaSettings.clientProperties(settings))) {
            while (Instant.now().isBefore(deadline)) {
                Counts counts = sink.counts();
                if (counts.pages() >= publishedPages && counts.drained() && printer.caughtUp(endOffsets(admin))) {
                    return counts;
                }
                TimeUnit.MILLISECONDS.sleep(250);
            }
        }
        throw new IllegalStateException("the input did not drain within " + idleTimeoutSeconds + " s: " + sink.counts());
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        for (var d : admin.describeTopics(List.of(Topics.ARTICLES_ENRICHED, Topics.ARTICLES_DUPLICATES)).allTopicNames().get().values()) {
            d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition())));
        }
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
