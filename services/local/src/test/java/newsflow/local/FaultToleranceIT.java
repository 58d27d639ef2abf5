package newsflow.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import newsflow.core.tag.ArticleTagger;
import newsflow.kafka.EmbeddedKafkaBroker;
import newsflow.model.Article;
import newsflow.processor.ProcessorService;
import newsflow.producer.PageMetadata;
import newsflow.producer.PagePublisher;
import newsflow.runtime.KafkaSettings;
import newsflow.runtime.TopicSetup;
import newsflow.runtime.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once under faults: with pages in flight, a processor is killed (a forked JVM, SIGKILL), the broker
 * restarts, or a second processor joins and leaves. Afterwards the output topics, read with read_committed, hold
 * exactly one record per page's article: none missing, none twice.
 */
class FaultToleranceIT {
    private static final int PAGES = 2000;
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final String HAN = "国家经济社会发展地位作用结合一体化面临新形势要求坚持目标导向问题统一紧扣高质量两个关键词抓好重点工作真抓实干埋头苦干推动不断取得成效"
            + "城市乡村平原山区产业生态保护差异简单机械理解均衡性解决规律自然因地制宜分类指导承认客观不能搞一刀切科技创新人才富集制造业发达供应链相对完备市场潜力";
    private static ArticleTagger tagger;

    @TempDir
    Path dir;
    private EmbeddedKafkaBroker broker;
    private final List<ProcessorService> processors = new ArrayList<>();
    private Process forked;

    @BeforeAll
    static void loadTagger() {
        tagger = new ArticleTagger();
    }

    @AfterEach
    void stopAll() {
        if (forked != null) {
            forked.destroyForcibly();
        }
        processors.forEach(ProcessorService::stop);
        broker.close();
    }

    private Properties settings(String stateDir) {
        Properties overrides = new Properties();
        overrides.put("bootstrap.servers", broker.bootstrapServers());
        overrides.put("newsflow.state.dir", dir.resolve(stateDir).toString());
        overrides.put("newsflow.topic.partitions", "4");
        return KafkaSettings.load(Map.of(), null, overrides);
    }

    private ProcessorService startProcessor(String stateDir) {
        ProcessorService p = new ProcessorService(settings(stateDir), tagger, new SimpleMeterRegistry());
        p.start();
        processors.add(p);
        return p;
    }

    /** Small pages of one short article each, every one a different random text (no two are reprints). */
    private static List<String> pages(int n, long seed) {
        Random random = new Random(seed);
        List<String> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pages.add("## " + words(random, 10) + "\n\n本报讯 " + words(random, 70) + "。" + words(random, 50) + "。");
        }
        return pages;
    }

    private static String words(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        return b.toString();
    }

    private void publish(List<String> pages) throws Exception {
        try (PagePublisher publisher = new PagePublisher(settings("producer"))) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (String page : pages) {
                sent.add(publisher.send(page.getBytes(StandardCharsets.UTF_8), new PageMetadata("测试报", "2024-06-01", null, null, "text/markdown")));
            }
            PagePublisher.awaitAll(sent);
        }
    }

    /**
     * Reads on until {@code expected} articles came out (counting those read before), then checks each page's article
     * came out exactly once.
     */
    private void assertEveryPageOutExactlyOnce(List<Article> alreadyRead, int expected, TopicReader<Article> enriched,
                                               TopicReader<Article> duplicates) {
        List<Article> out = new ArrayList<>(alreadyRead);
        Instant deadline = Instant.now().plus(WAIT);
        while (out.size() < expected && Instant.now().isBefore(deadline)) {
            enriched.poll().forEach(r -> out.add(r.value()));
            duplicates.poll().forEach(r -> out.add(r.value()));
        }
        out.addAll(enriched.read(0, Duration.ZERO).stream().map(ConsumerRecord::value).toList());
        out.addAll(duplicates.read(0, Duration.ZERO).stream().map(ConsumerRecord::value).toList());
        Map<String, Long> perId = out.stream().collect(Collectors.groupingBy(Article::id, Collectors.counting()));
        Map<String, Long> twice = new HashMap<>(perId);
        twice.values().removeIf(n -> n == 1);
        assertTrue(twice.isEmpty(), "article ids written twice: " + twice);
        Set<String> pagesOut = out.stream().map(Article::pageId).collect(Collectors.toSet());
        assertEquals(expected, out.size(), "articles out");
        assertEquals(expected, pagesOut.size(), "pages with an article out");
        assertTrue(out.stream().allMatch(a -> a.duplicateOf() == null), "no random page is a reprint of another");
        try (TopicReader<byte[]> dlq = TopicReader.bytes(broker.bootstrapServers(), Topics.PAGES_DLQ)) {
            assertTrue(dlq.read(0, Duration.ZERO).isEmpty(), "no dead letters");
        }
    }

    private static void awaitSome(TopicReader<Article> reader, int atLeast, List<Article> seen) {
        Instant deadline = Instant.now().plus(WAIT);
        while (seen.size() < atLeast && Instant.now().isBefore(deadline)) {
            reader.poll().forEach(r -> seen.add(r.value()));
        }
    }

    @Test
    void givenPagesInFlight_whenTheProcessorIsKilledAndRestarted_thenEveryPageComesOutExactlyOnce() throws Exception {
        broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
        TopicSetup.ensureTopics(settings("setup"));
        try (TopicReader<Article> enriched = TopicReader.articles(broker.bootstrapServers(), Topics.ARTICLES_ENRICHED);
             TopicReader<Article> duplicates = TopicReader.articles(broker.bootstrapServers(), Topics.ARTICLES_DUPLICATES)) {
            // Published before the processor's JVM starts, so its HanLP warm-up does not starve the producer on a
            // two-core machine; the pages are still in flight when the kill comes.
            publish(pages(PAGES, 1));
            forked = forkProcessor("forked-state");
            List<Article> seen = new ArrayList<>();
            awaitSome(enriched, 200, seen);
            assertTrue(seen.size() >= 200 && seen.size() < PAGES, "killed mid-stream, after " + seen.size() + " articles");

            forked.destroyForcibly().waitFor();
            forked = null;
            startProcessor("after-kill-state");

            assertEveryPageOutExactlyOnce(seen, PAGES, enriched, duplicates);
        }
    }

    @Test
    void givenPagesInFlight_whenTheBrokerRestarts_thenEveryPageComesOutExactlyOnce() throws Exception {
        broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
        TopicSetup.ensureTopics(settings("setup"));
        try (TopicReader<Article> enriched = TopicReader.articles(broker.bootstrapServers(), Topics.ARTICLES_ENRICHED);
             TopicReader<Article> duplicates = TopicReader.articles(broker.bootstrapServers(), Topics.ARTICLES_DUPLICATES)) {
            startProcessor("state");
            publish(pages(PAGES, 2));
            List<Article> seen = new ArrayList<>();
            awaitSome(enriched, 200, seen);

            broker.restart();

            assertEveryPageOutExactlyOnce(seen, PAGES, enriched, duplicates);
        }
    }

    @Test
    void givenPagesInFlight_whenASecondProcessorJoinsAndTheFirstLeaves_thenEveryPageComesOutExactlyOnce() throws Exception {
        broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
        TopicSetup.ensureTopics(settings("setup"));
        try (TopicReader<Article> enriched = TopicReader.articles(broker.bootstrapServers(), Topics.ARTICLES_ENRICHED);
             TopicReader<Article> duplicates = TopicReader.articles(broker.bootstrapServers(), Topics.ARTICLES_DUPLICATES)) {
            ProcessorService first = startProcessor("first");
            publish(pages(PAGES / 2, 3));
            List<Article> seen = new ArrayList<>();
            awaitSome(enriched, 100, seen);

            startProcessor("second");
            publish(pages(PAGES / 2, 4));
            awaitSome(enriched, seen.size() + 100, seen);
            first.stop();
            processors.remove(first);

            assertEveryPageOutExactlyOnce(seen, PAGES, enriched, duplicates);
        }
    }

    /** The processor in its own JVM, so it can be killed without a clean shutdown. */
    private Process forkProcessor(String stateDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "newsflow.processor.ProcessorApp")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("forked-processor.log").toFile());
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        pb.environment().put("NEWSFLOW_STATE_DIR", dir.resolve(stateDir).toString());
        pb.environment().put("NEWSFLOW_TOPIC_PARTITIONS", "4");
        pb.environment().put("NEWSFLOW_HTTP_PORT", "0");
        return pb.start();
    }
}
