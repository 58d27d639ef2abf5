package newsflow.model;

import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The endpoints every newsflow service serves: {@code GET /health} (200 while its Kafka Streams instance runs or
 * rebalances, 503 otherwise) and {@code GET /metrics} (Prometheus text, Kafka Streams metrics included).
 */
public final class OperationsEndpoints {
    private OperationsEndpoints() {
    }

    public static Javalin create(Supplier<KafkaStreams> streams, PrometheusMeterRegistry registry) {
        new KafkaStreamsMetrics(streams.get()).bindTo(registry);
        return Javalin.create(cfg -> cfg.showJavalinBanner = false)
                .get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()))
                .get("/health", ctx -> {
                    KafkaStreams s = streams.get();
                    KafkaStreams.State state = s == null ? KafkaStreams.State.NOT_RUNNING : s.state();
                    boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
                    ctx.status(up ? 200 : 503).contentType("application/json")
                            .result("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"kafkaStreams\":\"" + state + "\"}");
                });
    }
}
