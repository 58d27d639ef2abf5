package newsflow.sink;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Properties;
import newsflow.runtime.OperationsEndpoints;
import newsflow.runtime.Service;
import newsflow.runtime.StateStores;
import newsflow.runtime.StreamsLifecycle;
import newsflow.runtime.StreamsSettings;
import newsflow.runtime.TopicSetup;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink: counts what the pipeline took in and put out (Kafka Streams state with changelogs) and serves them over
 * HTTP: the dashboard at {@code GET /}, the JSON API of {@link SinkApi} ({@code /api/counts}, {@code /api/timeline},
 * {@code /api/stories}, {@code /api/entities}, {@code /api/dead-letters}), {@code GET /metrics} (Prometheus),
 * {@code GET /health}. Settings:
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
        http = SinkApi.addTo(OperationsEndpoints.create(() -> streams, registry), this::store).start(host, port);
        LOG.info("sink serving http://{}:{}/ (dashboard) and /api/counts", host, http.port());
    }

    /** The counts as the store holds them now (all of them: the counts topology keeps one store). */
    public Counts counts() {
        return Counts.of(store(StateStores.COUNTS));
    }

    private <K, V> ReadOnlyKeyValueStore<K, V> store(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<K, V>keyValueStore()));
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
