package newsflow.runtime;

import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams configuration every newsflow service starts from: exactly-once unless told otherwise. */
public final class StreamsSettings {
    private StreamsSettings() {
    }

    /**
     * Defaults, then the user's client and Streams properties; {@code stateDirSetting} names the newsflow setting
     * that places this service's state directory.
     */
    public static Properties forApplication(Properties settings, String defaultApplicationId, String stateDirSetting) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, defaultApplicationId);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Streams warns once per config object it builds (the consumers' too) until this flag is on everywhere
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        for (String prefix : new String[] {StreamsConfig.MAIN_CONSUMER_PREFIX, StreamsConfig.RESTORE_CONSUMER_PREFIX,
                StreamsConfig.GLOBAL_CONSUMER_PREFIX}) {
            config.put(prefix + StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        }
        config.putAll(KafkaSettings.clientProperties(settings));
        if (settings.getProperty(stateDirSetting) != null) {
            config.put(StreamsConfig.STATE_DIR_CONFIG, settings.getProperty(stateDirSetting));
        }
        return config;
    }
}
