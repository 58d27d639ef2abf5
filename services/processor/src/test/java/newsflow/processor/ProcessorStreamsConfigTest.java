package newsflow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import newsflow.model.DuplicateKind;
import newsflow.runtime.KafkaSettings;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * What the processor's producers get, as Kafka Streams resolves its properties: our defaults, and the user's over them;
 * and newsflow's own settings as it reads them.
 */
class ProcessorStreamsConfigTest {
    @Test
    void theWeakestReprintEvidenceIsNamedAsTheRecordsNameIt() {
        assertEquals(DuplicateKind.PASSAGES, DuplicateKind.named("passages"));
        assertEquals(DuplicateKind.NEAR, DuplicateKind.named(" Near "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DuplicateKind.named("strong"));
        assertTrue(e.getMessage().contains("exact, near, contained or passages"), e.getMessage());
    }

    @Test
    void theProducersBatchUpToSixtyFourKilobytesByDefault() {
        assertEquals(65536, producerBatchSize(new Properties()));
    }

    @Test
    void aBatchSizeTheUserSetsForEveryClientIsKept() {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, "32768");

        assertEquals(32768, producerBatchSize(settings));
    }

    @Test
    void aBatchSizeTheUserSetsForTheProducersIsKept() {
        Properties settings = new Properties();
        settings.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), "16384");

        assertEquals(16384, producerBatchSize(settings));
    }

    @Test
    void exactlyOnceAndAThirtyMillisecondCommitByDefault() {
        StreamsConfig config = new StreamsConfig(ProcessorService.streamsConfig(settings(new Properties())));

        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals(30L, config.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
    }

    /** The batch size the stream threads' producers are made with. */
    private static int producerBatchSize(Properties overrides) {
        Map<String, Object> producer = new StreamsConfig(ProcessorService.streamsConfig(settings(overrides)))
                .getProducerConfigs("newsflow-test-producer");
        return Integer.parseInt(String.valueOf(producer.get(ProducerConfig.BATCH_SIZE_CONFIG)));
    }

    /** As the processor's command loads them: built-in defaults, then the user's properties (no environment here). */
    private static Properties settings(Properties overrides) {
        return KafkaSettings.load(Map.of(), null, overrides);
    }
}
