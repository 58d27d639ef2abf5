package newsflow.sink;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import newsflow.model.JsonSerde;
import newsflow.model.OperationsEndpoints;
import newsflow.model.Service;
import newsflow.model.StateStores;
import newsflow.model.Story;
import newsflow.model.StreamsLifecycle;
import newsflow.model.StreamsSettings;
import newsflow.model.TopicSetup;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink: counts what the pipeline took in and put out (a Kafka Streams aggregation with a changelog) and serves
 * them over HTTP: {@code GET /api/counts}, {@code GET /api/stories?sort=latest|carriers&offset=0&limit=20} (the
 * stories and the papers that carried them), {@code GET /metrics} (Prometheus), {@code GET /health}. Settings:
 * {@code newsflow.http.host} (default 127.0.0.1), {@code newsflow.http.port} (default 8080; 0 picks a free port).
 */
public final class SinkService implements Service {
    public static final String DEFAULT_APPLICATION_ID = "newsflow-sink";
    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);

    private final Properties settings;
    private final PrometheusMeterRegistry registry;
    private KafkaStreams streams;
    private Javalin http;

    public SinkService(Properties settings) {
        this(settings, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /** Serving {@code registry} on /metrics, so a process running more services shows all their meters. */
    public SinkService(Properties settings, PrometheusMeterRegistry registry) {
        this.settings = settings;
        this.registry = registry;
    }

    @Override
    public synchronized void start() {
        TopicSetup.ensureTopics(settings);
        Properties config = StreamsSettings.forApplication(settings, DEFAULT_APPLICATION_ID, "newsflow.sink.state.dir");
        config.putIfAbsent(StreamsConfig.CONSUMER_PREFIX + "max.partition.fetch.bytes", String.valueOf(TopicSetup.MAX_MESSAGE_BYTES));
        streams = new KafkaStreams(CountsTopology.build(config), config);
        StreamsLifecycle.startAndAwaitRunning(streams, Duration.ofSeconds(120));

        String host = settings.getProperty("newsflow.http.host", "127.0.0.1");
        int port = Integer.parseInt(settings.getProperty("newsflow.http.port", "8080"));
        http = OperationsEndpoints.create(() -> streams, registry)
                .get("/api/counts", ctx -> ctx.contentType("application/json")
                        .result(JsonSerde.MAPPER.writeValueAsString(counts())))
                .get("/api/stories", ctx -> ctx.contentType("application/json").result(JsonSerde.MAPPER.writeValueAsString(
                        StoryListing.of(storiesStore(), ctx.queryParamAsClass("sort", String.class).getOrDefault("latest"),
                                ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0),
                                ctx.queryParamAsClass("limit", Integer.class).getOrDefault(20)))))
                .exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).contentType("application/json")
                        .result(JsonSerde.MAPPER.createObjectNode().put("error", e.getMessage()).toString()))
                .exception(InvalidStateStoreException.class, (e, ctx) -> ctx.status(503).contentType("application/json")
                        .result("{\"error\":\"counts are being restored; try again shortly\"}"))
                .start(host, port);
        LOG.info("sink serving http://{}:{}/api/counts", host, http.port());
    }

    /** The counts as the store holds them now (all of them: the counts topology keeps one store). */
    public Counts counts() {
        ReadOnlyKeyValueStore<String, Long> store = streams.store(
                StoreQueryParameters.fromNameAndType(StateStores.COUNTS, QueryableStoreTypes.keyValueStore()));
        Map<String, Long> counters = new HashMap<>();
        try (KeyValueIterator<String, Long> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                counters.put(kv.key, kv.value);
            }
        }
        return Counts.from(counters);
    }

    private ReadOnlyKeyValueStore<String, Story> storiesStore() {
        return streams.store(StoreQueryParameters.fromNameAndType(StateStores.STORIES_VIEW, QueryableStoreTypes.keyValueStore()));
    }

    public int httpPort() {
        return http.port();
    }

    @Override
    public synchronized void stop() {
        if (http != null) {
            http.stop();
            http = null;
        }
        if (streams != null) {
            StreamsLifecycle.stop(streams, Duration.ofSeconds(30));
            streams = null;
        }
    }
}
