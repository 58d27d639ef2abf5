package newsflow.processor;

import java.util.ArrayList;
import java.util.List;
import newsflow.core.dedup.GatherState;
import newsflow.core.dedup.ReprintGather;
import newsflow.core.dedup.ReprintMessage;
import newsflow.model.Article;
import newsflow.model.DuplicateKind;
import newsflow.runtime.StateStores;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gathers of one partition of arrivals (the arrivals of a page share one, see {@link ReprintMail}): each message
 * moves one arrival's gather on, a page batch each of its messages in turn; what they send goes back to the
 * reprint-messages topic, and a decided article goes on, keyed by its id, marked unique or a duplicate of its story's
 * canonical. Decided gathers older than the window are forgotten every ten minutes. The article waits in a store of
 * its own until its verdict: the gather state is written again on every message that changes it, and a whole article
 * was serialised with it each time.
 */
final class ReprintGatherProcessor implements Processor<String, ReprintMessage, String, Object> {
    private static final Logger LOG = LoggerFactory.getLogger(ReprintGatherProcessor.class);

    private final ReprintGather gather;
    private final int windowDays;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, GatherState> gathers;
    private KeyValueStore<String, Article> articles;
    private long newestDay = Long.MIN_VALUE;

    ReprintGatherProcessor(ReprintGather gather, int windowDays) {
        this.gather = gather;
        this.windowDays = windowDays;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.gathers = context.getStateStore(StateStores.REPRINT_GATHERS);
        this.articles = context.getStateStore(StateStores.REPRINT_GATHER_ARTICLES);
        context.schedule(ReprintShardProcessor.EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> expire());
    }

    @Override
    public void process(Record<String, ReprintMessage> record) {
        List<ReprintMessage.Addressed> out = new ArrayList<>();
        for (ReprintMessage.Addressed m : ReprintMail.unpacked(record.key(), record.value())) {
            receive(m.to(), m.message(), record, out);
        }
        for (ReprintMessage.Addressed a : ReprintMail.byPage(out)) {
            context.forward(record.withKey(a.to()).withValue(a.message()));
        }
    }

    /** Moves one arrival's gather on; its messages to other gathers go into {@code out}, its verdict on at once. */
    private void receive(String arrivalId, ReprintMessage message, Record<String, ReprintMessage> record,
                         List<ReprintMessage.Addressed> out) {
        ReprintGather.Step step = gather.receive(arrivalId, gathers.get(arrivalId), message);
        ReprintGather.Verdict v = step.verdict();
        GatherState state = step.state();
        if (state != null) {
            if (state.article != null && v == null) {
                articles.put(arrivalId, state.article);
            }
            state.article = null;
            gathers.put(arrivalId, state);
            if (state.arrival != null) {
                newestDay = Math.max(newestDay, state.arrival.day());
            }
        }
        out.addAll(step.messages());
        if (v != null) {
            Article article = v.article() != null ? v.article() : articles.get(arrivalId);
            articles.delete(arrivalId);
            // stamped with the page's own record time, so latency counts from the page, whatever message decided it
            context.forward(new Record<>(v.arrival().articleId(), marked(v, article), v.arrival().timestamp(), record.headers()));
        }
    }

    private static Article marked(ReprintGather.Verdict v, Article a) {
        DuplicateKind kind = v.unique() ? null : v.kind();
        Double similarity = v.unique() ? null : Math.round(v.similarity() * 1000) / 1000.0;
        return new Article(a.id(), v.storyId(), a.pageId(), a.source(), a.ordinal(), a.headline(), a.kicker(),
                a.subheadline(), a.byline(), a.dateline(), a.wire(), a.body(), a.captions(), a.language(),
                a.keywords(), a.people(), a.places(), a.organizations(), a.topics(), null, v.duplicateOf(), similarity, kind,
                v.sameStories());
    }

    private void expire() {
        if (newestDay == Long.MIN_VALUE) {
            return;
        }
        long oldestDayKept = newestDay - windowDays;
        List<String> gone = new ArrayList<>();
        try (KeyValueIterator<String, GatherState> it = gathers.all()) {
            it.forEachRemaining((KeyValue<String, GatherState> kv) -> {
                if (ReprintGather.expired(kv.value, oldestDayKept)) {
                    gone.add(kv.key);
                }
            });
        }
        gone.forEach(gathers::delete);
        if (!gone.isEmpty()) {
            LOG.info("reprint gathers: {} decided arrivals older than {} days forgotten", gone.size(), windowDays);
        }
    }
}
