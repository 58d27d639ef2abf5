package newsflow.producer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import newsflow.runtime.KafkaSettings;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow-producer}: publish page files, folders (recursively) or standard input to the input topic. */
@Command(name = "newsflow-producer", mixinStandardHelpOptions = true, version = "newsflow-producer 0.1",
        description = "Publishes raw newspaper pages to Kafka (news.pages.raw). Folders are read recursively; "
                + "'-' reads one page from standard input. Page metadata comes from the flags, else from a "
                + "catalog.json beside the pages, else the processor infers it from the page.")
public final class ProducerCli implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "page files, folders, or - for standard input")
    List<String> paths;

    @Option(names = {"-b", "--bootstrap-servers"}, description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS or localhost:9092)")
    String bootstrapServers;

    @Option(names = "--config", description = "a Kafka client properties file (security settings and the like)")
    Path config;

    @Option(names = "--topic", description = "topic to publish to (default: news.pages.raw)")
    String topic;

    @Option(names = "--source", description = "publication name, sent as the 'source' header")
    String source;

    @Option(names = "--date", description = "issue date, ISO-8601 (yyyy-MM-dd)")
    String date;

    @Option(names = "--page", description = "page label")
    String page;

    @Option(names = "--url", description = "where the page was fetched from")
    String url;

    @Option(names = "--content-type", description = "text/plain, text/markdown or text/html (default: from the file name)")
    String contentType;

    @Option(names = "--dry-run", description = "list what would be sent, send nothing")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    private final java.util.Map<Path, PageCatalog> catalogs = new java.util.HashMap<>();

    /** Batches at least this large show a progress bar on standard error. */
    private static final int PROGRESS_FROM = 20;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ProducerCli()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PageMetadata given = new PageMetadata(source, date, page, url, contentType);
        List<Path> files = new ArrayList<>();
        boolean stdin = false;
        for (String p : paths) {
            if (p.equals("-")) {
                stdin = true;
                continue;
            }
            Path path = Path.of(p);
            if (!Files.exists(path)) {
                err.println("newsflow-producer: no such file or folder: " + p);
                err.flush();
                return 2;
            }
            if (!Files.isReadable(path)) {
                err.println("newsflow-producer: cannot read " + p + " (permission denied)");
                err.flush();
                return 2;
            }
            files.addAll(PagePublisher.pageFiles(path));
        }
        if (dryRun) {
            for (Path f : files) {
                out.println("would send " + f + " " + PagePublisher.metadataFor(f, given, catalogFor(f)));
            }
            if (stdin) {
                out.println("would send standard input " + given);
            }
            out.flush();
            return 0;
        }
        Properties overrides = new Properties();
        if (bootstrapServers != null) {
            overrides.put("bootstrap.servers", bootstrapServers);
        }
        if (topic != null) {
            overrides.put("newsflow.topic.pages", topic);
        }
        Properties settings = KafkaSettings.load(System.getenv(), config, overrides);
        try (PagePublisher publisher = new PagePublisher(settings);
             ProgressBar bar = files.size() >= PROGRESS_FROM ? new ProgressBarBuilder().setTaskName("pages")
                     .setInitialMax(files.size()).setConsumer(new ConsoleProgressBarConsumer(System.err)).build() : null) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Path f : files) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(f);
                } catch (IOException e) {
                    err.println("newsflow-producer: cannot read " + f + ": " + e.getMessage());
                    err.flush();
                    return 2;
                }
                sent.add(publisher.send(bytes, PagePublisher.metadataFor(f, given, catalogFor(f))));
                if (bar != null) {
                    bar.step();
                }
            }
            if (stdin) {
                sent.add(publisher.send(System.in.readAllBytes(), given));
            }
            List<RecordMetadata> done = PagePublisher.awaitAll(sent);
            err.println("newsflow-producer: sent " + done.size() + " page(s) to " + settings.getProperty("newsflow.topic.pages", "news.pages.raw"));
        }
        return 0;
    }

    /** The catalogue that governs a file, read once per folder rather than once per page. */
    private PageCatalog catalogFor(Path file) {
        return catalogs.computeIfAbsent(file.toAbsolutePath().getParent(), PageCatalog::findFor);
    }
}
