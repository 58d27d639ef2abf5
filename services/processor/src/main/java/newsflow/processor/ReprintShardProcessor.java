package newsflow.processor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import newsflow.core.dedup.BandKeyFilter;
import newsflow.core.dedup.IndexedArticle;
import newsflow.core.dedup.ReprintMessage;
import newsflow.core.dedup.ReprintShard;
import newsflow.core.dedup.ShardProbe;
import newsflow.runtime.StateStores;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reprint shards of one partition (shard {@code s} lives on partition {@code s mod partitions}, see
 * {@link ShardPartitioner}): looks each probe of a page up in its bands, indexes it, and sends the reports and any
 * earlier-twin word to the gathers, the reports on one page as one record. Every ten minutes it forgets arrivals printed more than the window before the newest
 * page date seen.
 * <p>
 * The members live in a store with a changelog; the bands, about 64 writes per article, in a local store without one,
 * because they follow from the members. What keeps them in step is a count of writes per shard: kept with a changelog
 * (so it is restored with the members, in the same transactions) and copied into the bands store after each change.
 * When a task starts and the two differ — a new state directory, a wiped one, one left by an earlier assignment
 * while another instance moved on, or another shard count — the bands are rebuilt from the members before the first
 * probe. A filter of the band keys held spares the store the look-ups that would find nothing (most of them); on a
 * store kept from before, it is filled by a scan of the keys read on between records, and look-ups read the store
 * until it ends.
 */
final class ReprintShardProcessor implements Processor<String, PageProbe, String, ReprintMessage> {
    private static final Logger LOG = LoggerFactory.getLogger(ReprintShardProcessor.class);
    static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(10);

    /** The bands store's copy of the write counts it reflects; band keys start with a band number, never with '#'. */
    static final String WRITES_MARK = "#writes";
    static final int CLEAR_CHUNK = 10_000;
    /** The band-key scan that fills the key filter reads this many keys every interval: a few ms, between records. */
    static final int SCAN_CHUNK = 20_000;
    static final Duration SCAN_INTERVAL = Duration.ofMillis(100);

    private final ReprintShard shard;
    private final int windowDays;
    private ProcessorContext<String, ReprintMessage> context;
    private KeyValueStore<String, String> bands;
    private KeyValueStore<Integer, Long> writes;
    private StoreStorage storage;
    private final Map<Integer, Long> writeCounts = new TreeMap<>();
    private long newestDay = Long.MIN_VALUE;

    ReprintShardProcessor(ReprintShard shard, int windowDays) {
        this.shard = shard;
        this.windowDays = windowDays;
    }

    @Override
    public void init(ProcessorContext<String, ReprintMessage> context) {
        this.context = context;
        this.bands = context.getStateStore(StateStores.REPRINT_BANDS);
        this.writes = context.getStateStore(StateStores.REPRINT_SHARD_WRITES);
        this.storage = new StoreStorage(bands, context.getStateStore(StateStores.REPRINT_MEMBERS));
        // init runs again on the same instance when a task is revived: start from the stores, never from memory
        writeCounts.clear();
        try (KeyValueIterator<Integer, Long> it = writes.all()) {
            it.forEachRemaining(kv -> writeCounts.put(kv.key, kv.value));
        }
        // counts of shards that no longer exist (the store was written with more shards): no probe will come for them
        List.copyOf(writeCounts.keySet()).stream().filter(s -> s >= shard.shards()).forEach(s -> {
            writeCounts.remove(s);
            writes.delete(s);
        });
        if (!Objects.equals(bands.get(WRITES_MARK), writesMark())) {
            rebuildBands();     // clears the bands first: the key filter is known from there on
        } else {
            storage.startScan();
        }
        context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> expire());
        context.schedule(SCAN_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> storage.scanStep(SCAN_CHUNK));
    }

    @Override
    public void process(Record<String, PageProbe> record) {
        PageProbe page = record.value();
        if (!writeCounts.containsKey(page.shard())) {
            // a shard new to this store: its bands must hold the members already here too (none, unless upgraded)
            addShard(page.shard());
        }
        List<ReprintMessage.Addressed> out = new ArrayList<>();
        for (ShardProbe probe : page.probes()) {
            newestDay = Math.max(newestDay, probe.arrival().day());
            out.addAll(shard.probe(probe, storage));
        }
        counted(List.of(page.shard()));
        for (ReprintMessage.Addressed a : ReprintMail.byPage(out)) {
            context.forward(record.withKey(a.to()).withValue(a.message()));
        }
    }

    private void expire() {
        if (newestDay != Long.MIN_VALUE) {
            int n = shard.expire(newestDay - windowDays, writeCounts.keySet(), storage);
            if (n > 0) {
                counted(writeCounts.keySet());
                LOG.info("reprint shards: {} arrivals older than {} days expired", n, windowDays);
            }
        }
    }

    /** After the bands have changed: the counts first, then their copy in the bands store, written last. */
    private void counted(Collection<Integer> shards) {
        for (int s : List.copyOf(shards)) {
            long n = writeCounts.merge(s, 1L, Long::sum);
            writes.put(s, n);
        }
        bands.put(WRITES_MARK, writesMark());
    }

    private void rebuildBands() {
        fillBands("rebuilt", () -> shard.rebuild(writeCounts.keySet(), storage));
    }

    /** Only the new shard's bands: those of the shards already here are in step with the members. */
    private void addShard(int newShard) {
        writeCounts.put(newShard, 0L);
        fillBands("filled for new shard " + newShard, () -> shard.addShards(List.of(newShard), storage));
    }

    private void fillBands(String how, IntSupplier fill) {
        long start = System.nanoTime();
        int members = fill.getAsInt();
        bands.put(WRITES_MARK, writesMark());
        if (members > 0) {
            LOG.info("reprint shards {} of task {}: bands {} from {} members in {} ms", writeCounts.keySet(), context.taskId(),
                    how, members, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The shard count first: the same shard numbers hold other bands under another count. */
    private String writesMark() {
        return writeCounts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", shard.shards() + " shards:", ""));
    }

    /**
     * A shard's bands and members on two key-value stores, with a filter of the band keys the bands store holds (see
     * {@link BandKeyFilter}). The filter is known once the bands were cleared (every key since came through here) or
     * once a scan of the store's keys has ended, read on in chunks by {@link #scanStep} between records; until then
     * every look-up reads the store. A key written during a scan goes into the filter being filled too.
     */
    static final class StoreStorage implements ReprintShard.Storage {
        /** The smallest filter: a byte per key, 256 kB for 262,144 keys. */
        static final long MIN_FILTER_KEYS = 1 << 18;
        /** Members of full bands kept at hand per store: 2.6 MB. */
        static final int BOILERPLATE_MEMBERS = 2_048;

        private final KeyValueStore<String, String> bands;
        private final KeyValueStore<String, IndexedArticle> members;
        private BandKeyFilter known;
        private BandKeyFilter filling;
        private String scannedTo;
        private long forgotten;
        /** Members of full bands, as last read; about 1.3 kB each. */
        private final Map<String, IndexedArticle> boilerplate = new LinkedHashMap<>(BOILERPLATE_MEMBERS, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, IndexedArticle> eldest) {
                return size() > BOILERPLATE_MEMBERS;
            }
        };

        StoreStorage(KeyValueStore<String, String> bands, KeyValueStore<String, IndexedArticle> members) {
            this.bands = bands;
            this.members = members;
        }

        @Override
        public List<String> bandMembers(String bandKey) {
            if (known != null && !known.mightContain(bandKey)) {
                return List.of();
            }
            String ids = bands.get(bandKey);
            return ids == null ? List.of() : Arrays.asList(ids.split(","));
        }

        @Override
        public void putBandMembers(String bandKey, List<String> arrivalIds) {
            if (arrivalIds.isEmpty()) {
                bands.delete(bandKey);
                // a forgotten key stays in the filter and costs a read: past a quarter of the keys, filter anew
                if (known != null && filling == null && ++forgotten > known.capacity() / 4) {
                    startScan(known.capacity());
                }
            } else {
                bands.put(bandKey, String.join(",", arrivalIds));
                remember(bandKey);
            }
        }

        private void remember(String key) {
            if (known != null) {
                known.add(key);
                if (known.overfilled() && filling == null) {
                    startScan(known.capacity() * 2);
                }
            }
            if (filling != null) {
                filling.add(key);
            }
        }

        @Override
        public IndexedArticle member(String arrivalId) {
            return members.get(arrivalId);
        }

        /** Kept at hand, the most recently read first: a member never changes, and leaves only through removal. */
        @Override
        public IndexedArticle boilerplateMember(String arrivalId) {
            IndexedArticle member = boilerplate.get(arrivalId);
            if (member == null) {
                member = members.get(arrivalId);
                if (member != null) {
                    boilerplate.put(arrivalId, member);
                }
            }
            return member;
        }

        @Override
        public void putMember(IndexedArticle member) {
            members.put(member.arrival().arrivalId(), member);
        }

        @Override
        public void forEachMember(Consumer<IndexedArticle> action) {
            try (KeyValueIterator<String, IndexedArticle> it = members.all()) {
                it.forEachRemaining(kv -> action.accept(kv.value));
            }
        }

        @Override
        public void removeMember(String arrivalId) {
            boilerplate.remove(arrivalId);
            members.delete(arrivalId);
        }

        /**
         * In chunks, each read on from where the last ended: a large index's keys never all sit in memory at once. The
         * store is empty then, so the filter is known from here on: an empty one, filled by the writes that follow.
         */
        @Override
        public void clearBands() {
            String from = null;
            while (true) {
                List<String> keys = new ArrayList<>(CLEAR_CHUNK);
                try (KeyValueIterator<String, String> it = from == null ? bands.all() : bands.range(from, null)) {
                    while (it.hasNext() && keys.size() < CLEAR_CHUNK) {
                        keys.add(it.next().key);
                    }
                }
                if (keys.isEmpty()) {
                    break;
                }
                keys.forEach(bands::delete);
                from = keys.get(keys.size() - 1);
            }
            known = new BandKeyFilter(known == null ? MIN_FILTER_KEYS : known.capacity());
            filling = null;
            forgotten = 0;
        }

        /** Starts filling a filter of the given room from the store's keys; the one known so far still answers. */
        void startScan(long capacity) {
            filling = new BandKeyFilter(Math.max(MIN_FILTER_KEYS, capacity));
            scannedTo = null;
        }

        /** Starts a scan sized for the keys the store holds, as RocksDB estimates them. */
        void startScan() {
            startScan(2 * bands.approximateNumEntries());
        }

        /**
         * Reads on up to {@code limit} keys of a scan; when the store has no more, the filled filter is the known one.
         * Returns whether a scan is still under way.
         */
        boolean scanStep(int limit) {
            if (filling == null) {
                return false;
            }
            int read = 0;
            try (KeyValueIterator<String, String> it = scannedTo == null ? bands.all() : bands.range(scannedTo, null)) {
                while (it.hasNext() && read < limit) {
                    String key = it.next().key;
                    if (!key.equals(scannedTo)) {     // the range starts at the last key read, read again
                        filling.add(key);
                        scannedTo = key;
                        read++;
                    }
                }
                if (it.hasNext()) {
                    return true;
                }
            }
            known = filling;
            filling = null;
            forgotten = 0;
            return false;
        }

        /** Whether look-ups are filtered yet. */
        boolean filtered() {
            return known != null;
        }
    }
}
