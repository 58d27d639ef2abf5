package newsflow.processor;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.page.PageReader;
import newsflow.core.split.PageSplitter;
import newsflow.core.tag.ArticleTagger;
import newsflow.model.DuplicateKind;
import newsflow.runtime.Service;
import newsflow.runtime.StreamsLifecycle;
import newsflow.runtime.StreamsSettings;
import newsflow.runtime.TopicSetup;
import newsflow.runtime.Topics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processor: a Kafka Streams app, exactly-once by default. Settings are Kafka Streams properties plus
 * {@code newsflow.page.max.bytes} (default 5 MB), {@code newsflow.dedup.window.days} (how long a story stays in the
 * reprint index, in days of page dates; default 30), {@code newsflow.dedup.evidence} (the weakest evidence that makes
 * a reprint: exact, near, contained or passages, the default), {@code newsflow.dedup.shards} (shards of the reprint
 * index, 1–64, default 4) and {@code newsflow.topic.*} for the topics it creates.
 */
public final class ProcessorService implements Service {
    public static final String DEFAULT_APPLICATION_ID = "newsflow-processor";
    /**
     * Reprint shards: how many partitions the band lookups spread over. Each costs every page a probe and a report,
     * and every article a member write: 4 against 8 cost a fifth less CPU per page (bench, 5,000 pages), 2 cost no
     * less than 4 once a page's probes went as one record (3,000 pages), and one shard's lookups are about 1 % of the
     * pipeline's work, so 4 tasks keep up with many instances of the rest.
     */
    public static final int DEFAULT_SHARDS = 4;
    public static final int DEFAULT_COMMIT_INTERVAL_MS = 30;
    /**
     * The producers' batch per partition: at Kafka's 16 KB a batch holds three articles, so at full speed each commit's
     * requests carried many small batches. At 64 KB the broker spent 3.8 CPU ms per page on average against 4.5, and
     * p99 at half the maximum rate was 349–383 ms against 362–815, with the heap no higher (bench, 3,000 pages, 4 runs
     * against 8; the total CPU per page within the machine's drift; 256 KB saved no more and held more heap).
     */
    public static final int DEFAULT_BATCH_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ProcessorService.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Properties settings;
    private final ArticleTagger tagger;
    private final MeterRegistry registry;
    private KafkaStreams streams;

    public ProcessorService(Properties settings, MeterRegistry registry) {
        this(settings, new ArticleTagger(), registry);
    }

    /** With a tagger made beforehand, so several instances in one JVM share its dictionaries. */
    public ProcessorService(Properties settings, ArticleTagger tagger, MeterRegistry registry) {
        this.settings = settings;
        this.tagger = tagger;
        this.registry = registry;
    }

    public static Properties streamsConfig(Properties settings) {
        Properties config = StreamsSettings.forApplication(settings, DEFAULT_APPLICATION_ID, "newsflow.state.dir");
        // an article crosses four commits on its way (shards, gather, its story's canonical, tagging): at the default
        // 100 ms p99 latency was 644 ms at half the maximum rate, at 30 ms 499 ms, with the same throughput (bench)
        config.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, String.valueOf(DEFAULT_COMMIT_INTERVAL_MS));
        config.putIfAbsent(StreamsConfig.TOPIC_PREFIX + "max.message.bytes", String.valueOf(TopicSetup.MAX_MESSAGE_BYTES));
        config.putIfAbsent(StreamsConfig.PRODUCER_PREFIX + "max.request.size", String.valueOf(TopicSetup.MAX_MESSAGE_BYTES));
        if (!config.containsKey(ProducerConfig.BATCH_SIZE_CONFIG)) { // a prefixed default would override the user's own
            config.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), String.valueOf(DEFAULT_BATCH_BYTES));
        }
        return config;
    }

    @Override
    public synchronized void start() {
        Properties config = streamsConfig(settings);
        List<String> topics = new ArrayList<>(Topics.ALL);
        topics.add(ProcessorTopology.reprintMessagesTopic(config));
        TopicSetup.ensureTopics(settings, topics);
        int maxBytes = Integer.parseInt(settings.getProperty("newsflow.page.max.bytes", String.valueOf(PageReader.DEFAULT_MAX_BYTES)));
        ReprintIndex index = ReprintIndex.withDefaults()
                .withWindowDays(Integer.parseInt(settings.getProperty("newsflow.dedup.window.days", "30")))
                .withWeakestEvidence(DuplicateKind.named(settings.getProperty("newsflow.dedup.evidence", "passages")));
        int shards = Integer.parseInt(settings.getProperty("newsflow.dedup.shards", String.valueOf(DEFAULT_SHARDS)));
        Topology topology = ProcessorTopology.build(config, new PageReader(maxBytes), new PageSplitter(), index, shards,
                tagger, Clock.systemUTC(), new PipelineMetrics(registry));
        LOG.debug("processor topology:\n{}", topology.describe());
        streams = new KafkaStreams(topology, config);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        StreamsLifecycle.startAndAwaitRunning(streams, START_TIMEOUT);
        LOG.info("processor running as {} with {}", config.get(StreamsConfig.APPLICATION_ID_CONFIG),
                config.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    }

    @Override
    public synchronized void stop() {
        if (streams != null) {
            StreamsLifecycle.stop(streams, Duration.ofSeconds(30));
            streams = null;
        }
    }

    public KafkaStreams streams() {
        return streams;
    }
}
