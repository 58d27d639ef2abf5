package newsflow.processor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * A partition of reprint shards: looks each probe up in its bands, indexes it, and sends the report and any
 * earlier-twin word to the gathers. The bands live in state stores with changelogs, so they survive restarts and move
 * with their task. Every ten minutes it forgets arrivals printed more than the window before the newest page date seen.
 */
final class ReprintShardProcessor implements Processor<String, ShardProbe, String, ReprintMessage> {
    private static final Logger LOG = LoggerFactory.getLogger(ReprintShardProcessor.class);
    static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(10);

    private final ReprintShard shard;
    private final int windowDays;
    private ProcessorContext<String, ReprintMessage> context;
    private ReprintShard.Storage storage;
    private long newestDay = Long.MIN_VALUE;

    ReprintShardProcessor(ReprintShard shard, int windowDays) {
        this.shard = shard;
        this.windowDays = windowDays;
    }

    @Override
    public void init(ProcessorContext<String, ReprintMessage> context) {
        this.context = context;
        this.storage = new StoreStorage(context.getStateStore(StateStores.REPRINT_BANDS), context.getStateStore(StateStores.REPRINT_MEMBERS));
        context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> expire());
    }

    @Override
    public void process(Record<String, ShardProbe> record) {
        newestDay = Math.max(newestDay, record.value().arrival().day());
        for (ReprintMessage.Addressed a : shard.probe(record.value(), storage)) {
            context.forward(record.withKey(a.to()).withValue(a.message()));
        }
    }

    private void expire() {
        if (newestDay != Long.MIN_VALUE) {
            int n = shard.expire(newestDay - windowDays, storage);
            if (n > 0) {
                LOG.info("reprint shards: {} arrivals older than {} days expired", n, windowDays);
            }
        }
    }

    /** A shard's bands and members on two key-value stores. */
    private record StoreStorage(KeyValueStore<String, String> bands, KeyValueStore<String, IndexedArticle> members)
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
        public List<IndexedArticle> membersBefore(long day) {
            List<IndexedArticle> out = new ArrayList<>();
            try (KeyValueIterator<String, IndexedArticle> it = members.all()) {
                it.forEachRemaining(kv -> {
                    if (kv.value.arrival().day() < day) {
                        out.add(kv.value);
                    }
                });
            }
            return out;
        }

        @Override
        public void removeMember(String arrivalId) {
            members.delete(arrivalId);
        }
    }
}
