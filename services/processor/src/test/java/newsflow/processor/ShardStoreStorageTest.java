package newsflow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Properties;
import newsflow.processor.dedup.Arrival;
import newsflow.processor.dedup.IndexedArticle;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shards' storage on real RocksDB stores, as the processor opens them. */
class ShardStoreStorageTest {
    @TempDir
    Path stateDir;
    private KeyValueStore<String, String> bands;
    private KeyValueStore<String, IndexedArticle> members;

    @BeforeEach
    void openStores() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "shard-store-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        MockProcessorContext<String, Object> context = new MockProcessorContext<>(config, new TaskId(1, 0), stateDir.toFile());
        bands = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("bands"), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        members = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("members"), Serdes.String(), ShardSerdes.indexedArticles())
                .withLoggingDisabled().build();
        bands.init(context.getStateStoreContext(), bands);
        members.init(context.getStateStoreContext(), members);
    }

    @AfterEach
    void closeStores() {
        bands.close();
        members.close();
    }

    @Test
    void givenMoreBandsThanOneChunk_whenTheBandsAreCleared_thenNoBandIsLeftAndTheMembersStay() {
        int count = ReprintShardProcessor.CLEAR_CHUNK * 2 + 7;
        for (int i = 0; i < count; i++) {
            bands.put(i % 64 + ":" + Integer.toHexString(i * 7919), "0-" + i + "-1");
        }
        bands.put(ReprintShardProcessor.WRITES_MARK, "0=" + count);
        members.put("0-1-1", new IndexedArticle(new Arrival("0-1-1", "a-1", 1L, 20_000L), "hash", new long[128], 300));
        ReprintShardProcessor.StoreStorage storage = new ReprintShardProcessor.StoreStorage(bands, members);

        storage.clearBands();

        try (KeyValueIterator<String, String> left = bands.all()) {
            assertEquals(0, countOf(left), "every band and the write mark are gone");
        }
        assertNotNull(storage.member("0-1-1"), "the members are kept");
    }

    private static int countOf(KeyValueIterator<String, String> it) {
        int n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
