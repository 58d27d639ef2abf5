package newsflow.runtime;

import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The endpoints every newsflow service serves: {@code GET /health} (200 while its Kafka Streams instance runs or
 * rebalances, 503 otherwise) and {@code GET /metrics} (Prometheus text: Kafka Streams metrics and the JVM's memory,
 * GC, threads and CPU, which the Grafana dashboard in monitoring/ charts).
 */
public final class OperationsEndpoints {
    private OperationsEndpoints() {
    }

    public static Javalin create(Supplier<KafkaStreams> streams, PrometheusMeterRegistry registry) {
        new KafkaStreamsMetrics(streams.get()).bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        // GC metrics listen to JMX notifications until closed; close them with the server, not the JVM
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return Javalin.create(cfg -> {
                    cfg.showJavalinBanner = false;
                    cfg.events(e -> e.serverStopped(gc::close));
                })
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
