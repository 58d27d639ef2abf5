package newsflow.sink;

import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsflow.runtime.KafkaSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow-sink}: runs the sink and its HTTP API until stopped. */
@Command(name = "newsflow-sink", mixinStandardHelpOptions = true, version = "newsflow-sink 0.1",
        description = "The newsflow sink: counts and metrics over HTTP (/api/counts, /metrics, /health).")
public final class SinkApp implements Callable<Integer> {
    @Option(names = "--config", description = "Kafka Streams properties file (also $NEWSFLOW_CONFIG_FILE)")
    Path config;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SinkApp()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        SinkService sink = new SinkService(KafkaSettings.load(System.getenv(), config, new Properties()));
        sink.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sink.stop();
            stopped.countDown();
        }, "sink-shutdown"));
        stopped.await();
        return 0;
    }
}
