package newsflow.producer;

import newsflow.model.PageHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newsflow.kafka.EmbeddedKafkaBroker;
import newsflow.runtime.KafkaSettings;
import newsflow.runtime.TopicSetup;
import newsflow.runtime.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The producer command as users run it: dry runs, errors, and a real publish to an embedded broker. */
class ProducerCliIT {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ProducerCli());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path sources() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("sources")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d.resolve("sources");
            }
        }
        throw new IllegalStateException("no sources/ above " + Path.of("").toAbsolutePath());
    }

    @Test
    void aDryRunListsEveryPageWithItsMetadataFromTheCatalogue() {
        Run r = run("--dry-run", sources().toString());

        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), "the two sample pages, not the catalogue: " + lines);
        assertTrue(lines.get(1).contains("002_488d0b9540606021.txt") && lines.get(1).contains("source=羊城晚报")
                && lines.get(1).contains("date=2020-08-23") && lines.get(1).contains("contentType=text/plain"), lines.get(1));
    }

    @Test
    void flagsWinOverTheCatalogue() {
        Run r = run("--dry-run", "--source", "某报", "--content-type", "text/markdown", sources().resolve("002_488d0b9540606021.txt").toString());

        assertTrue(r.out().contains("source=某报") && r.out().contains("date=2020-08-23") && r.out().contains("contentType=text/markdown"), r.out());
    }

    @Test
    void aMissingFileIsAClearErrorAndANonZeroExit() {
        Run r = run("--dry-run", "no/such/page.txt");

        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such file or folder: no/such/page.txt"), r.err());
    }

    @Test
    void pagesArePublishedWithTheirHeaders() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            Properties overrides = new Properties();
            overrides.put("bootstrap.servers", broker.bootstrapServers());
            TopicSetup.ensureTopics(KafkaSettings.load(Map.of(), null, overrides));

            Run r = run("-b", broker.bootstrapServers(), sources().toString());

            assertEquals(0, r.exit(), r.err());
            List<ConsumerRecord<byte[], byte[]>> pages = readRawPages(broker.bootstrapServers(), 2);
            assertEquals(2, pages.size());
            assertEquals(List.of("中国高新技术产业导报", "羊城晚报"), pages.stream()
                    .map(p -> new String(p.headers().lastHeader(PageHeaders.SOURCE).value(), StandardCharsets.UTF_8)).sorted().toList());
            assertTrue(pages.stream().allMatch(p -> p.key() == null), "no key: the processor derives the page id from the content");
        }
    }

    @Test
    void aLargeBatchIsPublishedWhole(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (int i = 0; i < 25; i++) {          // enough for the progress bar
            Files.writeString(dir.resolve(String.format("page-%02d.md", i)), "## 标题" + i + "\n\n本报讯 正文第" + i + "段。");
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            Properties overrides = new Properties();
            overrides.put("bootstrap.servers", broker.bootstrapServers());
            TopicSetup.ensureTopics(KafkaSettings.load(Map.of(), null, overrides));

            Run r = run("-b", broker.bootstrapServers(), "--source", "测试报", dir.toString());

            assertEquals(0, r.exit(), r.err());
            assertTrue(r.err().contains("sent 25 page(s)"), r.err());
            assertEquals(25, readRawPages(broker.bootstrapServers(), 25).size());
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readRawPages(String bootstrap, int count) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "producer-cli-it");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.PAGES_RAW));
            Instant deadline = Instant.now().plusSeconds(60);
            while (out.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
