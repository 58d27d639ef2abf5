package newsflow.processor;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsflow.core.eval.EvalCommand;
import newsflow.core.eval.TrainLinesCommand;
import newsflow.core.eval.TrainOpeningsCommand;
import newsflow.core.eval.ReprintEvalCommand;
import newsflow.core.eval.WebEvalCommand;
import newsflow.runtime.KafkaSettings;
import newsflow.runtime.OperationsEndpoints;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow-processor}: runs the processor until stopped, with {@code /health} and {@code /metrics} on
 * {@code newsflow.http.host}:{@code newsflow.http.port} (default 127.0.0.1:8081). Kafka settings come from
 * {@code KAFKA_*} environment variables or a properties file.
 */
@Command(name = "newsflow-processor", mixinStandardHelpOptions = true, version = "newsflow-processor 0.1",
        description = "The newsflow Kafka Streams processor: splits, deduplicates and tags pages.",
        subcommands = {EvalCommand.class, TrainLinesCommand.class, TrainOpeningsCommand.class, WebEvalCommand.class, ReprintEvalCommand.class})
public final class ProcessorApp implements Callable<Integer> {
    @Option(names = "--config", description = "Kafka Streams properties file (also $NEWSFLOW_CONFIG_FILE)")
    Path config;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ProcessorApp()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        Properties settings = KafkaSettings.load(System.getenv(), config, new Properties());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ProcessorService processor = new ProcessorService(settings, registry);
        processor.start();
        Javalin http = OperationsEndpoints.create(processor::streams, registry)
                .start(settings.getProperty("newsflow.http.host", "127.0.0.1"),
                        Integer.parseInt(settings.getProperty("newsflow.http.port", "8081")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop();
            processor.stop();
            stopped.countDown();
        }, "processor-shutdown"));
        stopped.await();
        return 0;
    }
}
