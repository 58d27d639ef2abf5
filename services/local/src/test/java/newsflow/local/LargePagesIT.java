package newsflow.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import newsflow.core.page.LargeNewsPages;
import newsflow.kafka.EmbeddedKafkaBroker;
import newsflow.model.Article;
import newsflow.processor.ProcessorService;
import newsflow.producer.ProducerCli;
import newsflow.runtime.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Web pages over Kafka's 1 MB defaults on the embedded broker, as users send them: a news page of 3 MB (inline
 * scripts that do not compress) is an article whether a plain Kafka producer or the producer CLI sends it; one of
 * 6 MB, over the page limit of 5 MB, is a dead letter that says so. A plain producer must raise its own
 * {@code max.request.size} (kcat: {@code -X message.max.bytes=…}); the topics accept up to 16 MB.
 */
class LargePagesIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int MB = LargeNewsPages.MB;

    @TempDir
    static Path stateDir;
    private static EmbeddedKafkaBroker broker;
    private static ProcessorService processor;
    private static TopicReader<Article> enriched;
    private static TopicReader<byte[]> deadLetters;

    @BeforeAll
    static void start() {
        broker = EmbeddedKafkaBroker.startTemporary();
        Properties settings = InProcessSettings.of(broker, stateDir);
        processor = new ProcessorService(settings, new SimpleMeterRegistry());
        processor.start();
        enriched = TopicReader.articles(broker.bootstrapServers(), Topics.ARTICLES_ENRICHED);
        deadLetters = TopicReader.bytes(broker.bootstrapServers(), Topics.PAGES_DLQ);
    }

    @AfterAll
    static void stop() {
        enriched.close();
        deadLetters.close();
        processor.stop();
        broker.close();
    }

    private static KafkaProducer<byte[], byte[]> plainProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(20 * MB));   // kcat: -X message.max.bytes=20000000
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Test
    void givenA3MbPage_whenAPlainProducerSendsIt_thenItIsAnArticle() throws Exception {
        byte[] page = LargeNewsPages.newsPage("Harbour bridge reopens",
                "The harbour bridge reopened to traffic on Monday, two years after it was closed for repairs.", 3 * MB, 1);
        assertTrue(page.length > 3 * MB);
        try (KafkaProducer<byte[], byte[]> producer = plainProducer()) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.PAGES_RAW, "big-1".getBytes(StandardCharsets.UTF_8), page);
            record.headers().add("content-type", "text/html".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
        List<ConsumerRecord<String, Article>> out = enriched.read(1, WAIT);
        assertEquals(1, out.size());
        assertEquals("Harbour bridge reopens", out.get(0).value().headline());
        assertTrue(out.get(0).value().body().startsWith("The harbour bridge reopened"), out.get(0).value().body());
    }

    @Test
    void givenA3MbPageFile_whenTheProducerCliSendsIt_thenItIsAnArticle(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bridge.html");
        Files.write(file, LargeNewsPages.newsPage("Ferry adds late sailings",
                "The island ferry will sail at eleven at night from June, after a summer of full boats at dusk.", 3 * MB, 2));
        int exit = new CommandLine(new ProducerCli()).execute("--bootstrap-servers", broker.bootstrapServers(), file.toString());
        assertEquals(0, exit);
        List<ConsumerRecord<String, Article>> out = enriched.read(1, WAIT);
        assertEquals(List.of("Ferry adds late sailings"), out.stream().map(r -> r.value().headline()).toList());
    }

    @Test
    void givenA6MbPage_whenSent_thenItIsADeadLetterThatSaysItIsTooLarge() throws Exception {
        byte[] page = LargeNewsPages.newsPage("Too large to read",
                "A page this large is refused whole and kept in the dead-letter topic with its size.", 6 * MB, 3);
        try (KafkaProducer<byte[], byte[]> producer = plainProducer()) {
            producer.send(new ProducerRecord<>(Topics.PAGES_RAW, "big-2".getBytes(StandardCharsets.UTF_8), page)).get();
        }
        List<ConsumerRecord<String, byte[]>> letters = deadLetters.read(1, WAIT);
        assertEquals(1, letters.size());
        String reason = new String(letters.get(0).headers().lastHeader(Topics.HEADER_DLQ_REASON).value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("exceeds the limit of 5242880 bytes"), reason);
        assertEquals(page.length, letters.get(0).value().length, "the page is kept whole in the dead letter");
    }
}
