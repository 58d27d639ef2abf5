package newsflow.model;

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
}
