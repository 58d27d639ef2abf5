package newsflow.compose;

import newsflow.model.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import newsflow.core.page.LargeNewsPages;
import newsflow.model.Article;
import newsflow.producer.PageMetadata;
import newsflow.producer.PagePublisher;
import newsflow.runtime.JsonSerde;
import newsflow.runtime.KafkaSettings;
import newsflow.runtime.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.DockerComposeContainer;

/**
 * Starts docker-compose.yml as users do (images built from the services' jars), feeds one page from the test with a
 * Kafka client and sees it enriched and counted by the sink; then scales the processor to two replicas, as
 * {@code docker compose up --scale processor=2} does, and sees them share the partitions and a new page still
 * enriched; then sends a 3 MB web page (an article) and a 6 MB one (a dead letter) through the compose broker's
 * settings. Skipped, saying why, where no Docker engine or no docker-compose is available. The steps build on each
 * other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerComposeIT {
    private static final Duration WAIT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PROJECT_PREFIX = "newsflowit";
    private static final String PROCESSOR_GROUP = "newsflow-processor";
    private static DockerComposeContainer<?> compose;
    private static Map<String, String> composeEnv;
    private static int kafkaPort;
    private static int httpPort;

    @BeforeAll
    static void composeUp() throws Exception {
        Assumptions.assumeTrue(dockerUsable(),
                "SKIPPED: no Docker engine here that Testcontainers can use; docker-compose.yml is not started "
                        + "(run ../shared/docker-offline/prepare.sh)");
        Assumptions.assumeTrue(onPath("docker-compose"), "SKIPPED: docker-compose is not installed; docker-compose.yml is not started");
        for (String image : BASE_IMAGES) {
            Assumptions.assumeTrue(imageAvailable(image), "SKIPPED: image " + image + " is neither here nor pullable from a "
                    + "registry; docker-compose.yml is not started (run ../shared/docker-offline/prepare.sh)");
        }
        kafkaPort = freePort();
        httpPort = freePort();
        composeEnv = Map.of("NEWSFLOW_KAFKA_PORT", String.valueOf(kafkaPort), "NEWSFLOW_HTTP_PORT", String.valueOf(httpPort));
        compose = new DockerComposeContainer<>(PROJECT_PREFIX, composeFile().toFile())
                .withLocalCompose(true)
                .withBuild(true)
                // Without this Testcontainers pre-pulls every image in the file, the monitoring profile's too, and
                // waits minutes for a registry that is not there; compose itself builds or finds what it starts.
                .withPull(false)
                .withEnv(composeEnv);
        compose.start();
    }

    /**
     * Whether a Docker engine answers and Testcontainers can start on it: its resource reaper is an image too, and an
     * engine with no registry and without that image fails the check with an error, not a no.
     */
    private static boolean dockerUsable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            System.err.println("Docker engine unusable: " + e);
            return false;
        }
    }

    /** The images docker-compose.yml starts or builds on (the monitoring profile's are not started here). */
    private static final List<String> BASE_IMAGES = List.of("apache/kafka:4.3.1", "eclipse-temurin:17-jre");

    /** Whether an image is here, or can be pulled within a minute (a machine with no registry fails or times out). */
    private static boolean imageAvailable(String image) {
        var docker = DockerClientFactory.instance().client();
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (RuntimeException notHere) {
            try {
                return docker.pullImageCmd(image).start().awaitCompletion(1, TimeUnit.MINUTES);
            } catch (RuntimeException | InterruptedException notPullable) {
                return false;
            }
        }
    }

    @AfterAll
    static void composeDown() {
        if (compose != null) {
            compose.stop();
        }
    }

    @Test
    @Order(1)
    void givenTheComposedSystem_whenAPageIsFedToTheInputTopic_thenItIsEnrichedAndCounted() throws Exception {
        JsonNode before = awaitCounts(c -> true);
        String headline = "港口新航线今日开通 " + UUID.randomUUID().toString().substring(0, 8);

        publishPage(headline, "本报讯(记者 李明) 连接两座港口的新航线今天开通，首班货轮上午九点离港，预计每周往返三次。");

        Article enriched = awaitEnriched(headline);
        assertEquals("测试报", enriched.source().publication());
        assertEquals("zh", enriched.language());
        JsonNode after = awaitCounts(c -> c.get("unique").asLong() > before.get("unique").asLong() && c.get("bySource").has("测试报"));
        assertEquals(1, after.get("bySource").get("测试报").asLong());
        assertTrue(get("/metrics").body().contains("kafka_stream"), "the sink exports metrics");
    }

    @Test
    @Order(2)
    void givenOneProcessor_whenScaledToTwoReplicas_thenBothHoldPartitionsAndPagesAreStillEnriched() throws Exception {
        scaleProcessors(2);

        List<MemberDescription> members = awaitProcessorGroup(2);
        Set<TopicPartition> seen = new HashSet<>();
        for (MemberDescription m : members) {
            Collection<TopicPartition> held = m.assignment().topicPartitions();
            assertFalse(held.isEmpty(), m.host() + " holds no partition: " + members);
            for (TopicPartition tp : held) {
                assertTrue(seen.add(tp), tp + " is held by two replicas: " + members);
            }
        }
        assertEquals(2, members.stream().map(MemberDescription::host).distinct().count(), "two containers: " + members);

        String headline = "跨江大桥合龙 " + UUID.randomUUID().toString().substring(0, 8);
        publishPage(headline, "本报讯(记者 张华) 跨江大桥今天上午成功合龙，预计明年五月通车，届时两岸通行时间缩短至十分钟。");
        assertEquals("zh", awaitEnriched(headline).language());
    }

    @Test
    @Order(3)
    void givenTheComposeBroker_whenA3MbAndA6MbWebPageAreSent_thenTheFirstIsAnArticleAndTheSecondADeadLetter() throws Exception {
        // Given pages over Kafka's 1 MB defaults, sent by a plain producer that raised its own request size
        String headline = "Harbour bridge reopens " + UUID.randomUUID().toString().substring(0, 8);
        byte[] large = LargeNewsPages.newsPage(headline,
                "The harbour bridge reopened to traffic on Monday, two years after it was closed for repairs.", 3 * LargeNewsPages.MB, 1);
        byte[] tooLarge = LargeNewsPages.newsPage("Too large " + headline,
                "A page this large is refused whole and kept in the dead-letter topic with its size.", 6 * LargeNewsPages.MB, 2);
        Properties p = props(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafkaPort);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(20 * LargeNewsPages.MB));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            ProducerRecord<byte[], byte[]> page = new ProducerRecord<>(Topics.PAGES_RAW, null, large);
            page.headers().add("content-type", "text/html".getBytes(StandardCharsets.UTF_8));
            producer.send(page).get();
            producer.send(new ProducerRecord<>(Topics.PAGES_RAW, "too-large".getBytes(StandardCharsets.UTF_8), tooLarge)).get();
        }

        // Then the 3 MB page is an article and the 6 MB page a dead letter that says why, kept whole
        assertEquals(headline, awaitEnriched(headline).headline());
        Properties c = props(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafkaPort);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "compose-test-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> dlq = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            dlq.subscribe(List.of(Topics.PAGES_DLQ));
            Instant deadline = Instant.now().plus(WAIT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> r : dlq.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && new String(r.key(), StandardCharsets.UTF_8).equals("too-large")) {
                        String reason = new String(r.headers().lastHeader(Topics.HEADER_DLQ_REASON).value(), StandardCharsets.UTF_8);
                        assertTrue(reason.contains("exceeds the limit"), reason);
                        assertEquals(tooLarge.length, r.value().length);
                        return;
                    }
                }
            }
        }
        throw new AssertionError("the 6 MB page did not come out on " + Topics.PAGES_DLQ + " within " + WAIT);
    }

    private static void publishPage(String headline, String body) throws Exception {
        String page = "## " + headline + "\n\n" + body;
        Properties settings = KafkaSettings.load(Map.of(), null, props("bootstrap.servers", "localhost:" + kafkaPort));
        try (PagePublisher publisher = new PagePublisher(settings)) {
            publisher.send(page.getBytes(StandardCharsets.UTF_8), new PageMetadata("测试报", "2024-06-01", null, null, "text/markdown")).get();
        }
    }

    /** What {@code docker compose up -d --scale processor=N} does, on the project Testcontainers started. */
    private static void scaleProcessors(int replicas) throws Exception {
        List<String> command = new ArrayList<>(List.of("docker-compose", "-p", composeProject(), "-f", composeFile().toString(),
                "up", "-d", "--no-deps", "--no-recreate", "--scale", "processor=" + replicas, "processor"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(composeEnv);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ":\n" + out);
    }

    /** Testcontainers names the project after our prefix plus a random suffix; the processor container carries it. */
    private static String composeProject() {
        return DockerClientFactory.instance().client().listContainersCmd()
                .withLabelFilter(Map.of("com.docker.compose.service", "processor")).exec().stream()
                .map(c -> c.getLabels().get("com.docker.compose.project"))
                .filter(p -> p != null && p.startsWith(PROJECT_PREFIX))
                .findFirst().orElseThrow(() -> new AssertionError("no processor container of a " + PROJECT_PREFIX + "* project"));
    }

    /**
     * The processor's consumer group once it is stable with {@code size} members that all hold partitions. Cooperative
     * rebalancing first revokes partitions and hands them over in a follow-up rebalance, so a stable group may still
     * show the new member empty for a moment.
     */
    private static List<MemberDescription> awaitProcessorGroup(int size) throws Exception {
        try (Admin admin = Admin.create(props(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafkaPort))) {
            Instant deadline = Instant.now().plus(WAIT);
            ConsumerGroupDescription group = null;
            while (Instant.now().isBefore(deadline)) {
                group = admin.describeConsumerGroups(List.of(PROCESSOR_GROUP)).describedGroups().get(PROCESSOR_GROUP).get();
                List<MemberDescription> members = List.copyOf(group.members());
                if (group.groupState() == GroupState.STABLE && members.size() == size
                        && members.stream().noneMatch(m -> m.assignment().topicPartitions().isEmpty())) {
                    return members;
                }
                Thread.sleep(1000);
            }
            throw new AssertionError("the processor group did not settle with " + size + " members: " + group);
        }
    }

    private static Article awaitEnriched(String headline) {
        Properties p = props(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafkaPort);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "compose-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, Article> consumer = new KafkaConsumer<>(p, new StringDeserializer(), JsonSerde.articles().deserializer())) {
            consumer.subscribe(List.of(Topics.ARTICLES_ENRICHED));
            Instant deadline = Instant.now().plus(WAIT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, Article> r : consumer.poll(Duration.ofMillis(500))) {
                    if (headline.equals(r.value().headline())) {
                        return r.value();
                    }
                }
            }
        }
        throw new AssertionError("the page did not come out on " + Topics.ARTICLES_ENRICHED + " within " + WAIT);
    }

    private static JsonNode awaitCounts(Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = get("/api/counts");
                if (r.statusCode() == 200) {
                    last = Json.MAPPER.readTree(r.body());
                    if (done.test(last)) {
                        return last;
                    }
                }
            } catch (IOException e) {
                // the sink is still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("sink counts did not arrive: " + last);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Properties props(String key, String value) {
        Properties p = new Properties();
        p.put(key, value);
        return p;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Path composeFile() {
        return repoRoot().resolve("docker-compose.yml");
    }

    private static Path repoRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("docker-compose.yml"))) {
                return d;
            }
        }
        throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
    }
}
