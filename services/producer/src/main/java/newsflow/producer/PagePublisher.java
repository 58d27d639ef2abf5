package newsflow.producer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import newsflow.runtime.KafkaSettings;
import newsflow.runtime.TopicSetup;
import newsflow.runtime.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes raw pages to {@code news.pages.raw} with an idempotent producer (acks=all): no page lost or doubled by
 * retries. Creates the topic where it is missing.
 */
public final class PagePublisher implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;

    public PagePublisher(Properties settings) {
        Properties config = KafkaSettings.clientProperties(settings);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(TopicSetup.MAX_MESSAGE_BYTES));
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-producer");
        this.topic = settings.getProperty("newsflow.topic.pages", Topics.PAGES_RAW);
        // a topic auto-created by the first send can lose that send (see TopicSetup): create it first, and wait
        TopicSetup.ensureTopics(settings, List.of(topic));
        this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends one page; the future completes when the broker has it. */
    public Future<RecordMetadata> send(byte[] page, PageMetadata metadata) {
        return producer.send(new ProducerRecord<>(topic, null, null, null, page, metadata.headers()));
    }

    /** Every regular file under {@code root} (or {@code root} itself), in name order, skipping the catalogue. */
    public static List<Path> pageFiles(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(PageCatalog.FILE_NAME))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /** Headers for one file: from {@code given}, then the catalogue, then the file name. */
    public static PageMetadata metadataFor(Path file, PageMetadata given, PageCatalog catalog) {
        PageMetadata fromCatalog = catalog.entryFor(file)
                .map(e -> new PageMetadata(e.publication(), e.date(), e.page(), e.url(), null))
                .orElse(new PageMetadata(null, null, null, null, null));
        return given.or(fromCatalog).or(new PageMetadata(null, null, null, null, PageMetadata.contentTypeOf(file.getFileName().toString())));
    }

    public static List<RecordMetadata> awaitAll(List<Future<RecordMetadata>> sent) throws InterruptedException {
        List<RecordMetadata> done = new ArrayList<>(sent.size());
        for (Future<RecordMetadata> f : sent) {
            try {
                done.add(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a page could not be published: " + e.getCause().getMessage(), e.getCause());
            }
        }
        return done;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
