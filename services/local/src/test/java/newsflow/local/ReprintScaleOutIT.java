package newsflow.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import newsflow.core.tag.ArticleTagger;
import newsflow.kafka.EmbeddedKafkaBroker;
import newsflow.model.Article;
import newsflow.model.DuplicateKind;
import newsflow.processor.ProcessorService;
import newsflow.producer.PageCatalog;
import newsflow.producer.PageMetadata;
import newsflow.producer.PagePublisher;
import newsflow.runtime.KafkaSettings;
import newsflow.runtime.StateStores;
import newsflow.runtime.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reprint detection as users scale it: an input topic of six partitions, two processor instances of one application,
 * reprints arriving on partitions other than their canonical's, the index's shards each on a partition of its own;
 * then both instances replaced by one on an empty state directory, which must rebuild the reprint index from its
 * changelogs; then an instance back on the state directory it left, while the index has moved on without it. The
 * steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReprintScaleOutIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int PARTITIONS = 6;
    /** A wire story written for this test, in three paragraphs. */
    private static final String STORY = String.join("\n",
            "新华社杭州5月20日电（记者 陈晓）记者从省交通运输厅获悉，连接沿海三市的城际铁路今天全线贯通，线路全长一百二十公里，设站十一座，"
                    + "设计时速一百六十公里，开通后三市之间最快四十分钟可达。",
            "据介绍，该线路于四年前开工建设，沿线穿越山岭和河网地带，建设者克服软土地基和台风天气等困难，先后完成十三座隧道和二十余座桥梁的施工。"
                    + "线路采用自主研发的列车控制系统，全线实现公交化运营。",
            "省交通运输厅有关负责人表示，城际铁路贯通将进一步完善区域综合交通网络，促进沿海城市群人员往来和产业协作，"
                    + "下一步将抓紧开展联调联试，确保年内开通运营。");

    /** Another, for the last step. */
    private static final String PORT_STORY = String.join("\n",
            "新华社宁波5月24日电（记者 周航）记者从市港口管理局获悉，今年前四个月本港集装箱吞吐量达一千二百万标准箱，同比增长百分之九，"
                    + "创历史同期新高，其中外贸航线箱量增长明显。",
            "据了解，港区今年新开通远洋航线六条，自动化码头二期投入使用，船舶平均在港时间缩短近两成。"
                    + "海铁联运业务量同比增长三成，内陆无水港增至二十余个。",
            "港口管理局负责人表示，将继续推进智慧港口建设，优化通关流程，提升航运服务水平，全力稳住外贸基本盘。");

    @TempDir
    static Path dir;
    private static EmbeddedKafkaBroker broker;
    private static ArticleTagger tagger;
    private static final List<ProcessorService> processors = new ArrayList<>();
    private static TopicReader<Article> enriched;
    private static TopicReader<Article> duplicates;
    private static Article canonical;

    @BeforeAll
    static void startTwoInstances() {
        broker = EmbeddedKafkaBroker.startTemporary();
        tagger = new ArticleTagger();
        startProcessor("instance-a");
        startProcessor("instance-b");
        enriched = TopicReader.articles(broker.bootstrapServers(), Topics.ARTICLES_ENRICHED);
        duplicates = TopicReader.articles(broker.bootstrapServers(), Topics.ARTICLES_DUPLICATES);
    }

    @AfterAll
    static void stopAll() {
        enriched.close();
        duplicates.close();
        processors.forEach(ProcessorService::stop);
        broker.close();
    }

    @Test
    @Order(1)
    void givenTwoInstancesOnSixPartitions_whenTheSeedPagesArriveOnDifferentPartitions_thenTheirReprintIsFound() throws Exception {
        awaitBothInstancesHoldTasks();
        Path sources = PipelineIT.repoRoot().resolve("sources");
        PageCatalog catalog = PageCatalog.findFor(sources);
        List<Path> seedPages = PagePublisher.pageFiles(sources);
        assertEquals(2, seedPages.size(), "the two seed pages: " + seedPages);

        for (int i = 0; i < seedPages.size(); i++) {
            Path file = seedPages.get(i);
            publish(i == 0 ? 0 : PARTITIONS - 1, Files.readAllBytes(file),
                    PagePublisher.metadataFor(file, new PageMetadata(null, null, null, null, null), catalog));
        }

        List<Article> unique = values(enriched.read(7, WAIT));
        List<Article> dups = values(duplicates.read(1, WAIT));
        assertEquals(7, unique.size());
        assertEquals(1, dups.size());
        assertEquals(DuplicateKind.NEAR, dups.get(0).kind());
        assertTrue(unique.stream().anyMatch(a -> a.id().equals(dups.get(0).duplicateOf())), "the reprint points to an enriched article");
        // every shard indexes every arrival, each on a partition of its own (shard s on partition s)
        Map<Integer, Long> members = new TreeMap<>();
        for (int p = 0; p < PARTITIONS; p++) {
            members.put(p, membersOn(p));
        }
        assertEquals(new TreeMap<>(Map.of(0, 8L, 1, 8L, 2, 8L, 3, 8L, 4, 0L, 5, 0L)), members, "reprint index entries per partition");
    }

    @Test
    @Order(2)
    void givenAStory_whenItsReprintsArriveTogetherOnThreeOtherPartitions_thenEachPointsToTheFirstSeen() throws Exception {
        canonical = publishNewStory(2, page("城际铁路全线贯通", STORY), new PageMetadata("甲日报", "2024-05-21", "A1", null, "text/markdown"));

        publish(1, page("城際鐵路全線貫通", HanLP.convertToTraditionalChinese(STORY)), new PageMetadata("乙報", "2024-05-21", "3", null, "text/markdown"));
        publish(3, page("沿海城际铁路贯通", STORY.substring(0, STORY.length() * 6 / 10)), new PageMetadata("丙晚报", "2024-05-21", "5", null, "text/markdown"));
        publish(4, page("三市四十分钟可达", "编者按：本报今日转载此文，略有删节。\n" + STORY.replace("促进", "推动")),
                new PageMetadata("丁商报", "2024-05-22", "2", null, "text/markdown"));

        List<Article> reprints = values(duplicates.read(3, WAIT));
        assertEquals(Set.of("乙報", "丙晚报", "丁商报"), reprints.stream().map(a -> a.source().publication()).collect(Collectors.toSet()));
        for (Article reprint : reprints) {
            assertEquals(canonical.id(), reprint.duplicateOf(), reprint.source().publication() + " repeats the first seen");
            assertEquals(canonical.storyId(), reprint.storyId());
        }
        // the traditional-script copy is the same text once normalised (traditional → simplified); the others are edited
        assertEquals(Map.of("乙報", DuplicateKind.EXACT, "丙晚报", DuplicateKind.NEAR, "丁商报", DuplicateKind.NEAR),
                reprints.stream().collect(Collectors.toMap(a -> a.source().publication(), Article::kind)));
        assertTrue(values(enriched.read(0, Duration.ofSeconds(2))).isEmpty(), "no reprint is enriched as a story of its own");
    }

    @Test
    @Order(3)
    void givenTheIndex_whenBothInstancesAreReplacedByOneOnAnEmptyStateDirectory_thenReprintsSentAfterwardsStillMatch() throws Exception {
        replaceAllProcessorsWith("instance-c");

        publish(0, page("城际铁路贯通 三市同城", STORY.replace("记者从", "本报记者从").replace("下一步将", "接下来将")),
                new PageMetadata("戊都市报", "2024-05-23", "6", null, "text/markdown"));
        publish(5, page("城际铁路全线贯通", STORY), new PageMetadata("甲日报", "2024-05-21", "A1", null, "text/markdown"));

        List<Article> after = values(duplicates.read(2, WAIT));
        Article reprint = after.stream().filter(a -> a.kind() == DuplicateKind.NEAR).findFirst().orElseThrow(() -> new AssertionError(after));
        Article resent = after.stream().filter(a -> a.kind() == DuplicateKind.EXACT).findFirst().orElseThrow(() -> new AssertionError(after));
        assertEquals("戊都市报", reprint.source().publication());
        assertEquals(canonical.id(), reprint.duplicateOf(), "the restored index still knows the story");
        assertEquals(canonical.id(), resent.duplicateOf(), "a re-sent page is an exact duplicate after the restart too");
        assertTrue(values(enriched.read(0, Duration.ofSeconds(2))).isEmpty(), "nothing new is enriched");
    }

    @Test
    @Order(4)
    void givenAStoryIndexedWhileAnInstanceWasAway_whenItReturnsOnItsOldStateDirectory_thenItsBandsAreRebuiltAndFindTheReprint() throws Exception {
        Article port = publishNewStory(3, page("前四月集装箱吞吐量创新高", PORT_STORY), new PageMetadata("己日报", "2024-05-24", "1", null, "text/markdown"));

        // instance-a's state directory holds the bands it wrote in the first two steps, not this story's
        replaceAllProcessorsWith("instance-a");
        publish(0, page("港口吞吐量创同期新高", PORT_STORY.replace("记者从", "本报记者从").replace("全力稳住", "努力稳住")),
                new PageMetadata("庚晚报", "2024-05-25", "3", null, "text/markdown"));

        List<Article> reprints = values(duplicates.read(1, WAIT));
        assertEquals(1, reprints.size());
        assertEquals("庚晚报", reprints.get(0).source().publication());
        assertEquals(port.id(), reprints.get(0).duplicateOf(), "the returning instance's bands know the story indexed without it");
        assertTrue(values(enriched.read(0, Duration.ofSeconds(2))).isEmpty(), "nothing new is enriched");
    }

    /** Publishes a page holding one story no earlier page carried; the enriched article it gives. */
    private static Article publishNewStory(int partition, byte[] page, PageMetadata metadata) throws Exception {
        publish(partition, page, metadata);
        List<Article> first = values(enriched.read(1, WAIT));
        assertEquals(1, first.size());
        return first.get(0);
    }

    private static void replaceAllProcessorsWith(String stateDir) {
        processors.forEach(ProcessorService::stop);
        processors.clear();
        startProcessor(stateDir);
    }

    private static void startProcessor(String stateDir) {
        Properties overrides = new Properties();
        overrides.put("bootstrap.servers", broker.bootstrapServers());
        overrides.put("newsflow.state.dir", dir.resolve(stateDir).toString());
        overrides.put("newsflow.topic.partitions", String.valueOf(PARTITIONS));
        ProcessorService p = new ProcessorService(KafkaSettings.load(Map.of(), null, overrides), tagger, new SimpleMeterRegistry());
        p.start();
        processors.add(p);
    }

    /** The second instance's join ends in a follow-up rebalance that hands it tasks; wait for it. */
    private static void awaitBothInstancesHoldTasks() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!processors.stream().allMatch(p -> activeTasks(p) > 0)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("an instance holds no task: " + processors.stream().map(ReprintScaleOutIT::activeTasks).toList());
            }
            Thread.sleep(200);
        }
    }

    private static long activeTasks(ProcessorService p) {
        return p.streams().metadataForLocalThreads().stream().map(ThreadMetadata::activeTasks).mapToLong(Set::size).sum();
    }

    /** The reprint index's members on one partition, from whichever instance holds it. */
    private static long membersOn(int partition) {
        for (ProcessorService p : processors) {
            try {
                ReadOnlyKeyValueStore<String, Object> store = p.streams().store(StoreQueryParameters
                        .fromNameAndType(StateStores.REPRINT_MEMBERS, QueryableStoreTypes.<String, Object>keyValueStore())
                        .withPartition(partition));
                long n = 0;
                try (KeyValueIterator<String, Object> it = store.all()) {
                    for (; it.hasNext(); it.next()) {
                        n++;
                    }
                }
                return n;
            } catch (InvalidStateStoreException notHere) {
                // the other instance holds this partition
            }
        }
        throw new AssertionError("no instance holds partition " + partition + " of " + StateStores.REPRINT_MEMBERS);
    }

    private static byte[] page(String headline, String body) {
        return ("## " + headline + "\n\n" + body.replace("\n", "\n\n")).getBytes(StandardCharsets.UTF_8);
    }

    /** Sends a page to one partition of the input topic, as a producer with its own partitioner might. */
    private static void publish(int partition, byte[] page, PageMetadata metadata) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.PAGES_RAW, partition, (byte[]) null, page, metadata.headers())).get();
        }
    }

    private static <V> List<V> values(List<ConsumerRecord<String, V>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }
}
