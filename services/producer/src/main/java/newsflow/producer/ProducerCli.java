package newsflow.producer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import newsflow.model.KafkaSettings;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    public static void main(String[] args) {
        System.exit(new CommandLine(new ProducerCli()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
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
                System.err.println("newsflow-producer: no such file or folder: " + p);
                return 2;
            }
            if (!Files.isReadable(path)) {
                System.err.println("newsflow-producer: cannot read " + p + " (permission denied)");
                return 2;
            }
            files.addAll(PagePublisher.pageFiles(path));
        }
        if (dryRun) {
            for (Path f : files) {
                System.out.println("would send " + f + " " + PagePublisher.metadataFor(f, given, catalogFor(f)));
            }
            if (stdin) {
                System.out.println("would send standard input " + given);
            }
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
        try (PagePublisher publisher = new PagePublisher(settings)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Path f : files) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(f);
                } catch (IOException e) {
                    System.err.println("newsflow-producer: cannot read " + f + ": " + e.getMessage());
                    return 2;
                }
                sent.add(publisher.send(bytes, PagePublisher.metadataFor(f, given, catalogFor(f))));
            }
            if (stdin) {
                sent.add(publisher.send(System.in.readAllBytes(), given));
            }
            List<RecordMetadata> done = PagePublisher.awaitAll(sent);
            System.err.println("newsflow-producer: sent " + done.size() + " page(s) to " + settings.getProperty("newsflow.topic.pages", "news.pages.raw"));
        }
        return 0;
    }

    private static PageCatalog catalogFor(Path file) {
        return PageCatalog.findFor(file.toAbsolutePath().getParent());
    }
}
