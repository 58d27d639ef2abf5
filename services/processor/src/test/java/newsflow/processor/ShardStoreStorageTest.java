package newsflow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import newsflow.model.StateStores;
import newsflow.processor.dedup.Arrival;
import newsflow.processor.dedup.IndexedArticle;
import newsflow.processor.dedup.ReprintIndex;
import newsflow.processor.dedup.ReprintMessage;
import newsflow.processor.dedup.ReprintShard;
import newsflow.processor.dedup.ShardProbe;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reprint shards on real RocksDB stores, as the processor opens them. */
class ShardStoreStorageTest {
    private final ReprintIndex index = ReprintIndex.withDefaults();
    @TempDir
    Path stateDir;
    private MockProcessorContext<String, ReprintMessage> context;
    private KeyValueStore<String, String> bands;
    private KeyValueStore<String, IndexedArticle> members;
    private KeyValueStore<Integer, Long> writes;

    @BeforeEach
    void openStores() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "shard-store-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        context = new MockProcessorContext<>(config, new TaskId(1, 0), stateDir.toFile());
        bands = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.REPRINT_BANDS), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        members = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.REPRINT_MEMBERS), Serdes.String(),
                ShardSerdes.indexedArticles()).withLoggingDisabled().build();
        writes = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.REPRINT_SHARD_WRITES), Serdes.Integer(),
                Serdes.Long()).withLoggingDisabled().build();
        for (var store : List.of(bands, members, writes)) {
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
    }

    @AfterEach
    void closeStores() {
        bands.close();
        members.close();
        writes.close();
    }

    @Test
    void givenAnIndexWrittenWithEightShards_whenItIsOpenedWithFour_thenItsBandsAreThoseOfShardZeroOfFour() {
        ReprintShardProcessor eight = new ReprintShardProcessor(new ReprintShard(index, 8), 30);
        eight.init(context);
        ReprintIndex.Fingerprint story = index.fingerprint(SeedPages.rawArticleText("000-1"));
        ReprintIndex.Fingerprint other = index.fingerprint(SeedPages.rawArticleText("000-3"));
        eight.process(probe("0-1-1", story, 0));
        eight.process(probe("0-1-1", story, 5));
        eight.process(probe("0-2-1", other, 0));

        ReprintShardProcessor four = new ReprintShardProcessor(new ReprintShard(index, 4), 30);
        four.init(context);

        Set<String> expected = new TreeSet<>(index.bandKeys(story.signature(), 0, 4));
        expected.addAll(index.bandKeys(other.signature(), 0, 4));
        expected.add(ReprintShardProcessor.WRITES_MARK);
        Set<String> held = new TreeSet<>();
        try (KeyValueIterator<String, String> it = bands.all()) {
            it.forEachRemaining(kv -> held.add(kv.key));
        }
        assertEquals(expected, held, "rebuilt for the four-shard layout, nothing left of the eight-shard one");
        assertNull(writes.get(5), "no count kept for a shard that no longer exists");
    }

    private static Record<String, ShardProbe> probe(String arrivalId, ReprintIndex.Fingerprint f, int shard) {
        ShardProbe p = new ShardProbe(new Arrival(arrivalId, "a-" + arrivalId, 1L, 20_000L), shard, f.textHash(), f.signature(), f.shingles());
        return new Record<>(ReprintFanOutProcessor.shardKey(shard), p, 1L);
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
