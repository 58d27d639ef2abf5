package newsflow.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import newsflow.kafka.BrokerSecurity;
import newsflow.kafka.EmbeddedKafkaBroker;
import newsflow.model.Article;
import newsflow.processor.ProcessorService;
import newsflow.producer.PageMetadata;
import newsflow.producer.PagePublisher;
import newsflow.runtime.KafkaSettings;
import newsflow.runtime.TopicSetup;
import newsflow.runtime.Topics;
import newsflow.sink.SinkService;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * newsflow on secured brokers, configured as a user would: a properties file of standard Kafka client settings
 * named by {@code NEWSFLOW_CONFIG_FILE}, nothing else. One broker takes SASL_SSL with SCRAM-SHA-512, the other TLS
 * with a client certificate required; the certificates are made here by a throw-away authority. The processor and
 * the sink run on the SASL_SSL broker throughout.
 */
class SecurityIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String USER = "newsflow";

    @TempDir
    static Path dir;
    private static String storePassword;
    private static String userPassword;
    private static Path trustStore;
    private static Path clientKeyStore;
    private static EmbeddedKafkaBroker saslBroker;
    private static EmbeddedKafkaBroker tlsBroker;
    private static Properties pipelineSettings;
    private static ProcessorService processor;
    private static SinkService sink;

    @BeforeAll
    static void startSecuredBrokersAndThePipeline() throws Exception {
        storePassword = secret();
        userPassword = secret();
        CertificateAuthority authority = CertificateAuthority.create("newsflow test CA");
        trustStore = authority.writeTrustStore(dir.resolve("truststore.p12"), storePassword);
        Path brokerKeyStore = authority.issueKeyStore(dir.resolve("broker.p12"), storePassword, "broker",
                new String[] {"127.0.0.1"}, new String[] {"localhost"});
        clientKeyStore = authority.issueKeyStore(dir.resolve("client.p12"), storePassword, USER, new String[0], new String[0]);
        saslBroker = EmbeddedKafkaBroker.start(dir.resolve("sasl-broker"), 0,
                BrokerSecurity.saslSslScram(brokerKeyStore, trustStore, storePassword, Map.of(USER, userPassword)));
        tlsBroker = EmbeddedKafkaBroker.start(dir.resolve("tls-broker"), 0,
                BrokerSecurity.mutualTls(brokerKeyStore, trustStore, storePassword));
        pipelineSettings = settingsFromFile("sasl-pipeline.properties", saslClientConfig(userPassword) + """
                newsflow.state.dir=%s
                newsflow.sink.state.dir=%s
                newsflow.http.port=0
                """.formatted(dir.resolve("processor-state"), dir.resolve("sink-state")));
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        processor = new ProcessorService(pipelineSettings, registry);
        processor.start();
        sink = new SinkService(pipelineSettings, registry);
        sink.start();
    }

    @AfterAll
    static void stopPipelineAndBrokers() {
        if (sink != null) {
            sink.stop();
        }
        if (processor != null) {
            processor.stop();
        }
        if (saslBroker != null) {
            saslBroker.close();
        }
        if (tlsBroker != null) {
            tlsBroker.close();
        }
    }

    @Test
    void givenSaslSslBroker_whenSeedPagesArePublished_thenTheyAreEnrichedAndCounted() throws Exception {
        try (TopicReader<Article> enriched = TopicReader.articles(KafkaSettings.clientProperties(pipelineSettings), Topics.ARTICLES_ENRICHED)) {
            PipelineIT.publishSeedPages(pipelineSettings);

            List<Article> unique = enriched.read(7, WAIT).stream().map(ConsumerRecord::value).toList();
            JsonNode counts = awaitCounts(c -> c.get("articles").asLong() == 8);

            assertEquals(7, unique.size(), "enriched: " + unique.stream().map(Article::headline).toList());
            assertTrue(unique.stream().allMatch(a -> "zh".equals(a.language()) && !a.topics().isEmpty()), "every article is tagged");
            assertEquals(2, counts.get("pages").asLong());
            assertEquals(7, counts.get("unique").asLong());
            assertEquals(1, counts.get("duplicates").asLong());
        }
    }

    @Test
    void givenNoHttpHostSetting_whenTheSinkRuns_thenItAnswersOnTheLoopbackAddressOnly() throws Exception {
        // 127.0.0.2 is this machine too (all of 127/8 on Linux): a sink bound to every address would answer there
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("127.0.0.2", 0));
        } catch (IOException e) {
            Assumptions.abort("SKIPPED: 127.0.0.2 is no local address here: " + e.getMessage());
        }

        assertEquals(200, get("127.0.0.1", "/health").statusCode());
        assertThrows(ConnectException.class, () -> get("127.0.0.2", "/health"));
    }

    @Test
    void givenSaslSslBroker_whenAClientGivesAWrongPassword_thenItIsRefusedWhileTheRightOneIsLetIn() throws Exception {
        Properties right = settingsFromFile("sasl-right.properties", saslClientConfig(userPassword));
        Properties wrong = settingsFromFile("sasl-wrong.properties", saslClientConfig("not-" + userPassword));

        assertDoesNotThrow(() -> topicNames(right), "the right password lists the topics");
        ExecutionException refused = assertThrows(ExecutionException.class, () -> topicNames(wrong));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
    }

    @Test
    void givenMutualTlsBroker_whenAClientPresentsACertificateFromTheAuthority_thenAPageGoesThroughTheTopic() throws Exception {
        Properties settings = settingsFromFile("mtls.properties", tlsClientConfig() + """
                ssl.keystore.type=PKCS12
                ssl.keystore.location=%s
                ssl.keystore.password=%s
                """.formatted(clientKeyStore, storePassword));
        byte[] page = "## 海港大桥今日重新通车\n\n本报讯 海港大桥今天上午重新通车。".getBytes(StandardCharsets.UTF_8);
        TopicSetup.ensureTopics(settings);

        try (PagePublisher publisher = new PagePublisher(settings);
             TopicReader<byte[]> pages = TopicReader.bytes(KafkaSettings.clientProperties(settings), Topics.PAGES_RAW)) {
            publisher.send(page, new PageMetadata("某报", "2024-05-01", null, null, "text/markdown")).get();

            List<ConsumerRecord<String, byte[]>> read = pages.read(1, WAIT);

            assertEquals(1, read.size());
            assertArrayEquals(page, read.get(0).value());
        }
    }

    @Test
    void givenMutualTlsBroker_whenAClientPresentsNoCertificate_thenItIsRefused() throws Exception {
        Properties withoutCertificate = settingsFromFile("tls-only.properties", tlsClientConfig());

        ExecutionException refused = assertThrows(ExecutionException.class, () -> topicNames(withoutCertificate));
        assertInstanceOf(SslAuthenticationException.class, refused.getCause());
    }

    private static String saslClientConfig(String password) {
        return """
                bootstrap.servers=%s
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="%s" password="%s";
                ssl.truststore.type=PKCS12
                ssl.truststore.location=%s
                ssl.truststore.password=%s
                """.formatted(saslBroker.bootstrapServers(), USER, password, trustStore, storePassword);
    }

    private static String tlsClientConfig() {
        return """
                bootstrap.servers=%s
                security.protocol=SSL
                ssl.truststore.type=PKCS12
                ssl.truststore.location=%s
                ssl.truststore.password=%s
                """.formatted(tlsBroker.bootstrapServers(), trustStore, storePassword);
    }

    /** The settings a service reads when {@code NEWSFLOW_CONFIG_FILE} names a file holding {@code content}. */
    private static Properties settingsFromFile(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return KafkaSettings.load(Map.of("NEWSFLOW_CONFIG_FILE", file.toString()), null, new Properties());
    }

    private static Set<String> topicNames(Properties settings) throws Exception {
        try (Admin admin = Admin.create(KafkaSettings.clientProperties(settings))) {
            return admin.listTopics().names().get(60, TimeUnit.SECONDS);
        }
    }

    private static JsonNode awaitCounts(Predicate<JsonNode> done) throws Exception {
        return ServiceHttp.awaitCounts(sink.httpPort(), done, WAIT);
    }

    private static HttpResponse<String> get(String host, String path) throws Exception {
        return ServiceHttp.get(host, sink.httpPort(), path);
    }

    private static String secret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
