package newsflow.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsWorkOutOfTheBox() {
        assertEquals("localhost:9092", KafkaSettings.load(Map.of(), null, new Properties()).getProperty("bootstrap.servers"));
    }

    @Test
    void environmentVariablesFollowTheKafkaImageConvention() {
        Properties p = KafkaSettings.load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:19092", "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "NEWSFLOW_HTTP_PORT", "9000", "KAFKA_HEAP_OPTS", "-Xmx1g", "PATH", "/usr/bin"), null, new Properties());

        assertEquals("kafka:19092", p.getProperty("bootstrap.servers"));
        assertEquals("SASL_SSL", p.getProperty("security.protocol"));
        assertEquals("9000", p.getProperty("newsflow.http.port"));
        assertFalse(p.containsKey("heap.opts"), "launcher variables are not client settings");
        assertEquals(2, KafkaSettings.clientProperties(p).size(), "newsflow.* settings are not passed to clients");
    }

    @Test
    void aFileIsReadAndEnvironmentAndOverridesWinOverIt() throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nsasl.mechanism=SCRAM-SHA-512\nclient.id=from-file\n");
        Properties overrides = new Properties();
        overrides.put("client.id", "from-flag");

        Properties p = KafkaSettings.load(Map.of("NEWSFLOW_CONFIG_FILE", file.toString(), "KAFKA_BOOTSTRAP_SERVERS", "env:9092"), null, overrides);

        assertEquals("env:9092", p.getProperty("bootstrap.servers"));
        assertEquals("SCRAM-SHA-512", p.getProperty("sasl.mechanism"));
        assertEquals("from-flag", p.getProperty("client.id"));
    }

    @Test
    void securitySettingsFromTheEnvironmentReachPlainClientsAndStreams() {
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"newsflow\" password=\"s3cret\";";
        Properties p = KafkaSettings.load(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", jaas,
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/newsflow/truststore.p12",
                "KAFKA_SSL_KEYSTORE_PASSWORD", "store-secret"), null, new Properties());

        Properties client = KafkaSettings.clientProperties(p);
        Properties streams = StreamsSettings.forApplication(p, "app", "newsflow.state.dir");

        for (Properties config : new Properties[] {client, streams}) {
            assertEquals("SASL_SSL", config.getProperty("security.protocol"));
            assertEquals("SCRAM-SHA-512", config.getProperty("sasl.mechanism"));
            assertEquals(jaas, config.getProperty("sasl.jaas.config"));
            assertEquals("/etc/newsflow/truststore.p12", config.getProperty("ssl.truststore.location"));
            assertEquals("store-secret", config.getProperty("ssl.keystore.password"));
        }
    }
}
