package newsflow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import newsflow.core.SeedPages;
import newsflow.core.dedup.Arrival;
import newsflow.core.dedup.IndexedArticle;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.dedup.ReprintMessage;
import newsflow.core.dedup.ReprintShard;
import newsflow.core.dedup.ShardProbe;
import newsflow.runtime.StateStores;
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
    void givenShardZeroOfEight_whenTheStoreIsOpenedWithFourShards_thenItsBandsAreThoseOfShardZeroOfFour() {
        Set<String> expected = indexWithEightShardsThenOpenWithFour(0);

        assertEquals(expected, bandKeysHeld(), "bands 0, 4, 8, ... now, not 0, 8, 16, ... as under eight shards");
    }

    @Test
    void givenShardsZeroAndFiveOfEight_whenTheStoreIsOpenedWithFourShards_thenNothingIsKeptForShardFive() {
        Set<String> expected = indexWithEightShardsThenOpenWithFour(0, 5);

        assertEquals(expected, bandKeysHeld(), "no bands rebuilt for a shard that no longer exists");
        assertNull(writes.get(5), "nor a count kept for it");
    }

    @Test
    void givenShardZeroIndexed_whenShardOneFirstArrives_thenShardZerosBandsAreLeftAsTheyAre() {
        ReprintShardProcessor processor = new ReprintShardProcessor(new ReprintShard(index, 4), 30);
        processor.init(context);
        ReprintIndex.Fingerprint story = index.fingerprint(SeedPages.rawArticleText("000-1"));
        processor.process(probe("0-1-1", story, 0));
        // a band entry no member explains: a rebuild of shard 0 would drop it, so it shows whether shard 0 was touched
        String shardZeroBand = index.bandKeys(story.signature(), 0, 4).get(0);
        bands.put(shardZeroBand, "0-1-1,0-9-9");

        processor.process(probe("0-2-1", index.fingerprint(SeedPages.rawArticleText("000-3")), 1));

        assertEquals("0-1-1,0-9-9", bands.get(shardZeroBand), "shard 0's bands are neither cleared nor rewritten");
        for (String key : index.bandKeys(story.signature(), 1, 4)) {
            assertTrue(bands.get(key).startsWith("0-1-1"), "the member already held joins shard 1's band " + key);
        }
    }

    /** Two arrivals probed into the given shards of eight, then the store opened with four; the band keys expected. */
    private Set<String> indexWithEightShardsThenOpenWithFour(int... shardsOfEight) {
        ReprintShardProcessor eight = new ReprintShardProcessor(new ReprintShard(index, 8), 30);
        eight.init(context);
        ReprintIndex.Fingerprint story = index.fingerprint(SeedPages.rawArticleText("000-1"));
        ReprintIndex.Fingerprint other = index.fingerprint(SeedPages.rawArticleText("000-3"));
        for (int shard : shardsOfEight) {
            eight.process(probe("0-1-1", story, shard));
            eight.process(probe("0-2-1", other, shard));
        }

        new ReprintShardProcessor(new ReprintShard(index, 4), 30).init(context);

        Set<String> expected = new TreeSet<>(index.bandKeys(story.signature(), 0, 4));
        expected.addAll(index.bandKeys(other.signature(), 0, 4));
        expected.add(ReprintShardProcessor.WRITES_MARK);
        return expected;
    }

    private Set<String> bandKeysHeld() {
        Set<String> held = new TreeSet<>();
        try (KeyValueIterator<String, String> it = bands.all()) {
            it.forEachRemaining(kv -> held.add(kv.key));
        }
        return held;
    }

    private static Record<String, PageProbe> probe(String arrivalId, ReprintIndex.Fingerprint f, int shard) {
        ShardProbe p = new ShardProbe(new Arrival(arrivalId, "a-" + arrivalId, 1L, 20_000L), shard, f);
        return new Record<>(ReprintFanOutProcessor.shardKey(shard), new PageProbe(shard, List.of(p)), 1L);
    }

    @Test
    void givenMoreBandsThanOneChunk_whenTheBandsAreCleared_thenNoBandIsLeftAndTheMembersStay() {
        int count = ReprintShardProcessor.CLEAR_CHUNK * 2 + 7;
        for (int i = 0; i < count; i++) {
            bands.put(i % 64 + ":" + Integer.toHexString(i * 7919), "0-" + i + "-1");
        }
        bands.put(ReprintShardProcessor.WRITES_MARK, "0=" + count);
        members.put("0-1-1", new IndexedArticle(new Arrival("0-1-1", "a-1", 1L, 20_000L), "hash", new long[128], 300, new int[0], new long[0], false));
        ReprintShardProcessor.StoreStorage storage = new ReprintShardProcessor.StoreStorage(bands, members);

        storage.clearBands();

        try (KeyValueIterator<String, String> left = bands.all()) {
            assertEquals(0, countOf(left), "every band and the write mark are gone");
        }
        assertNotNull(storage.member("0-1-1"), "the members are kept");
    }

    @Test
    void givenBandsKeptFromBefore_whenTheKeysAreScannedInChunks_thenEveryKeyIsFoundBeforeDuringAndAfter() {
        int count = 3 * 1_000 + 11;
        for (int i = 0; i < count; i++) {
            bands.put(bandKey(i), "0-" + i + "-1");
        }
        ReprintShardProcessor.StoreStorage storage = new ReprintShardProcessor.StoreStorage(bands, members);
        assertFalse(storage.filtered(), "a store kept from before: its keys are not known yet");
        assertEquals(List.of("0-5-1"), storage.bandMembers(bandKey(5)));

        storage.startScan();
        storage.scanStep(1_000);
        // written during the scan, behind where it has read ("0:" keys sort first) and ahead of it ("9:" keys last)
        storage.putBandMembers("0:behind", List.of("0-behind-1"));
        storage.putBandMembers("9:ahead", List.of("0-ahead-1"));
        while (!storage.filtered()) {
            storage.scanStep(1_000);
        }

        for (int i = 0; i < count; i++) {
            assertEquals(List.of("0-" + i + "-1"), storage.bandMembers(bandKey(i)), "band " + i);
        }
        assertEquals(List.of("0-behind-1"), storage.bandMembers("0:behind"));
        assertEquals(List.of("0-ahead-1"), storage.bandMembers("9:ahead"));
        assertEquals(List.of(), storage.bandMembers(bandKey(count + 1)));
    }

    @Test
    void givenClearedBands_whenMoreKeysArriveThanTheFilterHoldsRoomFor_thenALargerOneIsFilledAndNoKeyIsLost() {
        ReprintShardProcessor.StoreStorage storage = new ReprintShardProcessor.StoreStorage(bands, members);
        storage.clearBands();
        assertTrue(storage.filtered(), "after a clear every key comes through the storage");
        int count = (int) ReprintShardProcessor.StoreStorage.MIN_FILTER_KEYS + 5_000;
        for (int i = 0; i < count; i++) {
            storage.putBandMembers(bandKey(i), List.of("0-" + i + "-1"));
            if (i % 50_000 == 0) {
                storage.scanStep(ReprintShardProcessor.SCAN_CHUNK);
            }
        }
        while (storage.scanStep(ReprintShardProcessor.SCAN_CHUNK)) {
            // the larger filter fills in chunks while the first, overfilled, still answers
        }

        for (int i = 0; i < count; i += 97) {
            assertEquals(List.of("0-" + i + "-1"), storage.bandMembers(bandKey(i)), "band " + i);
        }
    }

    @Test
    void givenAStoreKeptFromBefore_whenTheShardsStartAgain_thenAReprintFindsItsStoryBeforeAndAfterTheKeyScan() {
        ReprintIndex.Fingerprint story = index.fingerprint(SeedPages.rawArticleText("000-1"));
        ReprintShardProcessor before = new ReprintShardProcessor(new ReprintShard(index, 4), 30);
        before.init(context);
        before.process(probe("0-1-1", story, 0));
        context.resetForwards();

        ReprintShardProcessor again = new ReprintShardProcessor(new ReprintShard(index, 4), 30);
        again.init(context);
        again.process(probe("0-2-1", story, 0));
        context.scheduledPunctuators().forEach(p -> p.getPunctuator().punctuate(0L));
        again.process(probe("0-3-1", story, 0));

        List<String> found = context.forwarded().stream()
                .map(f -> f.record().value())
                .filter(m -> m instanceof ReprintMessage.ShardReport)
                .map(m -> ((ReprintMessage.ShardReport) m).earlier().stream().map(e -> e.arrival().arrivalId()).toList().toString())
                .toList();
        assertEquals(List.of("[0-1-1]", "[0-1-1, 0-2-1]"), found, "before the scan the store is read; after it, the filter knows the keys");
    }

    @Test
    void givenABoilerplateMemberKeptAtHand_whenItExpires_thenItIsReadNoMore() {
        ReprintShardProcessor.StoreStorage storage = new ReprintShardProcessor.StoreStorage(bands, members);
        storage.putMember(member("0-1-1"));
        assertNotNull(storage.boilerplateMember("0-1-1"));

        storage.removeMember("0-1-1");

        assertNull(storage.boilerplateMember("0-1-1"), "an expired story must not match a later article");
        assertNull(storage.member("0-1-1"));
    }

    @Test
    void givenMoreBoilerplateMembersReadThanKeptAtHand_whenTheFirstIsReadAgain_thenItComesFromTheStore() {
        ReprintShardProcessor.StoreStorage storage = new ReprintShardProcessor.StoreStorage(bands, members);
        int count = ReprintShardProcessor.StoreStorage.BOILERPLATE_MEMBERS + 1;
        for (int i = 0; i < count; i++) {
            storage.putMember(member("0-" + i + "-1"));
            storage.boilerplateMember("0-" + i + "-1");
        }
        // gone from the store behind the storage's back: only a copy kept at hand could still answer
        members.delete("0-0-1");
        members.delete("0-" + (count - 1) + "-1");

        assertNull(storage.boilerplateMember("0-0-1"), "the least recently read is no longer kept");
        assertNotNull(storage.boilerplateMember("0-" + (count - 1) + "-1"), "the most recently read is kept");
    }

    private static IndexedArticle member(String arrivalId) {
        return new IndexedArticle(new Arrival(arrivalId, "a-" + arrivalId, 1L, 20_000L), "hash", new long[128], 300, new int[0], new long[0], false);
    }

    private static String bandKey(int i) {
        return i % 64 + ":" + Integer.toHexString(i * 7919);
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
