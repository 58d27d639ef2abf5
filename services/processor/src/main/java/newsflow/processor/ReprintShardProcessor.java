package newsflow.processor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import newsflow.model.StateStores;
import newsflow.processor.dedup.IndexedArticle;
import newsflow.processor.dedup.ReprintMessage;
import newsflow.processor.dedup.ReprintShard;
import newsflow.processor.dedup.ShardProbe;
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
 * {@link ShardPartitioner}): looks each probe up in its bands, indexes it, and sends the report and any earlier-twin
 * word to the gathers. Every ten minutes it forgets arrivals printed more than the window before the newest
 * page date seen.
 * <p>
 * The members live in a store with a changelog; the bands, about 64 writes per article, in a local store without one,
 * because they follow from the members. What keeps them in step is a count of writes per shard: kept with a changelog
 * (so it is restored with the members, in the same transactions) and copied into the bands store after each change.
 * When a task starts and the two differ — a new state directory, a wiped one, one left by an earlier assignment
 * while another instance moved on, or another shard count — the bands are rebuilt from the members before the first
 * probe.
 */
final class ReprintShardProcessor implements Processor<String, ShardProbe, String, ReprintMessage> {
    private static final Logger LOG = LoggerFactory.getLogger(ReprintShardProcessor.class);
    static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(10);

    /** The bands store's copy of the write counts it reflects; band keys start with a band number, never with '#'. */
    static final String WRITES_MARK = "#writes";
    static final int CLEAR_CHUNK = 10_000;

    private final ReprintShard shard;
    private final int windowDays;
    private ProcessorContext<String, ReprintMessage> context;
    private KeyValueStore<String, String> bands;
    private KeyValueStore<Integer, Long> writes;
    private ReprintShard.Storage storage;
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
            rebuildBands();
        }
        context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> expire());
    }

    @Override
    public void process(Record<String, ShardProbe> record) {
        ShardProbe probe = record.value();
        newestDay = Math.max(newestDay, probe.arrival().day());
        if (!writeCounts.containsKey(probe.shard())) {
            // a shard new to this store: its bands must hold the members already here too (none, unless upgraded)
            addShard(probe.shard());
        }
        List<ReprintMessage.Addressed> out = shard.probe(probe, storage);
        counted(List.of(probe.shard()));
        for (ReprintMessage.Addressed a : out) {
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

    /** A shard's bands and members on two key-value stores. */
    record StoreStorage(KeyValueStore<String, String> bands, KeyValueStore<String, IndexedArticle> members)
            implements ReprintShard.Storage {

        @Override
        public List<String> bandMembers(String bandKey) {
            String ids = bands.get(bandKey);
            return ids == null ? List.of() : Arrays.asList(ids.split(","));
        }

        @Override
        public void putBandMembers(String bandKey, List<String> arrivalIds) {
            if (arrivalIds.isEmpty()) {
                bands.delete(bandKey);
            } else {
                bands.put(bandKey, String.join(",", arrivalIds));
            }
        }

        @Override
        public IndexedArticle member(String arrivalId) {
            return members.get(arrivalId);
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
            members.delete(arrivalId);
        }

        /** In chunks, each read on from where the last ended: a large index's keys never all sit in memory at once. */
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
                    return;
                }
                keys.forEach(bands::delete);
                from = keys.get(keys.size() - 1);
            }
        }
    }
}
