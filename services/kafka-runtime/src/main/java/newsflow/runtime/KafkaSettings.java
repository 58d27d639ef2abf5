package newsflow.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Client configuration the Kafka way: standard property names, read (lowest precedence first) from built-in
 * defaults, a properties file, environment variables and explicit overrides. Environment variables follow the
 * convention of the Kafka container images: {@code KAFKA_BOOTSTRAP_SERVERS} → {@code bootstrap.servers},
 * {@code KAFKA_SECURITY_PROTOCOL} → {@code security.protocol}; {@code NEWSFLOW_HTTP_PORT} → {@code newsflow.http.port}.
 * {@code NEWSFLOW_CONFIG_FILE} names a properties file.
 */
public final class KafkaSettings {
    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
    /** Variables of Kafka's own launch scripts that are no client settings. */
    private static final java.util.Set<String> NOT_CLIENT_SETTINGS = java.util.Set.of(
            "KAFKA_HOME", "KAFKA_OPTS", "KAFKA_HEAP_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_GC_LOG_OPTS", "KAFKA_VERSION", "KAFKA_DEBUG");

    private KafkaSettings() {
    }

    public static Properties load(Map<String, String> env, Path file, Properties overrides) {
        Properties props = new Properties();
        props.put("bootstrap.servers", DEFAULT_BOOTSTRAP_SERVERS);
        Path configFile = file != null ? file
                : env.containsKey("NEWSFLOW_CONFIG_FILE") ? Path.of(env.get("NEWSFLOW_CONFIG_FILE")) : null;
        if (configFile != null) {
            try (InputStream in = Files.newInputStream(configFile)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read configuration file " + configFile, e);
            }
        }
        env.forEach((name, value) -> {
            String key = propertyName(name);
            if (key != null) {
                props.put(key, value);
            }
        });
        props.putAll(overrides);
        return props;
    }

    /** The property an environment variable sets, or null when it sets none. */
    static String propertyName(String envName) {
        if (envName.equals("NEWSFLOW_CONFIG_FILE") || NOT_CLIENT_SETTINGS.contains(envName)
                || envName.startsWith("KAFKA_JMX_") || envName.startsWith("KAFKA_LOG4J_")) {
            return null;
        }
        if (envName.startsWith("KAFKA_") && envName.length() > 6) {
            return envName.substring(6).toLowerCase(Locale.ROOT).replace('_', '.');
        }
        if (envName.startsWith("NEWSFLOW_") && envName.length() > 9) {
            return "newsflow." + envName.substring(9).toLowerCase(Locale.ROOT).replace('_', '.');
        }
        return null;
    }

    /** The client properties only: the {@code newsflow.*} application settings removed. */
    public static Properties clientProperties(Properties all) {
        Properties client = new Properties();
        all.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("newsflow."))
                .forEach(k -> client.put(k, all.getProperty(k)));
        return client;
    }
}
