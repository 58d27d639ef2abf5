package newsflow.processor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import newsflow.model.Article;
import newsflow.model.DuplicateKind;
import newsflow.model.StateStores;
import newsflow.processor.dedup.ReprintIndex;
import newsflow.processor.dedup.ReprintIndex.IndexedArticle;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks each article up in the reprint index kept in state stores (with changelogs, so the index survives restarts
 * and moves with its task) and marks it unique or a duplicate of the canonical of its story. Every ten minutes it
 * forgets the canonicals printed more than the window before the newest page date seen.
 */
final class DedupProcessor implements FixedKeyProcessor<String, FingerprintedArticle, Article> {
    private static final Logger LOG = LoggerFactory.getLogger(DedupProcessor.class);
    private static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(10);

    private final ReprintIndex index;
    private FixedKeyProcessorContext<String, Article> context;
    private ReprintIndex.Storage storage;
    private long newestDay = Long.MIN_VALUE;

    DedupProcessor(ReprintIndex index) {
        this.index = index;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.storage = new StoreStorage(
                context.getStateStore(StateStores.REPRINT_EXACT),
                context.getStateStore(StateStores.REPRINT_BANDS),
                context.getStateStore(StateStores.REPRINT_ARTICLES));
        context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> expire());
    }

    @Override
    public void process(FixedKeyRecord<String, FingerprintedArticle> record) {
        Article a = record.value().article();
        long day = pageDay(a, record.timestamp());
        newestDay = Math.max(newestDay, day);
        ReprintIndex.Verdict verdict = index.admit(a.id(), day, record.value().fingerprint(), storage);
        Article marked = verdict.unique()
                ? withVerdict(a, verdict.storyId(), null, null, null)
                : withVerdict(a, verdict.storyId(), verdict.duplicateOf(), verdict.similarity(),
                        verdict.exact() ? DuplicateKind.EXACT : DuplicateKind.NEAR);
        context.forward(record.withValue(marked));
    }

    /** Forgets canonicals older than the window, counted back from the newest page date this task has seen. */
    void expire() {
        if (newestDay != Long.MIN_VALUE) {
            int n = index.expire(newestDay - index.windowDays(), storage);
            if (n > 0) {
                LOG.info("reprint index: {} stories older than {} days expired", n, index.windowDays());
            }
        }
    }

    /** The page's date as an epoch day; the record's time where the page has no readable date. */
    static long pageDay(Article a, long timestampMs) {
        String date = a.source() == null ? null : a.source().date();
        if (date != null && date.length() >= 10) {
            try {
                return LocalDate.parse(date.substring(0, 10)).toEpochDay();
            } catch (DateTimeParseException e) {
                // fall through to the record time
            }
        }
        return Instant.ofEpochMilli(timestampMs).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }

    private static Article withVerdict(Article a, String storyId, String duplicateOf, Double similarity, DuplicateKind kind) {
        return new Article(a.id(), storyId, a.pageId(), a.source(), a.ordinal(), a.headline(), a.kicker(),
                a.subheadline(), a.byline(), a.dateline(), a.wire(), a.body(), a.captions(), a.language(),
                a.keywords(), a.people(), a.places(), a.organizations(), a.topics(),
                null, duplicateOf, similarity == null ? null : Math.round(similarity * 1000) / 1000.0, kind);
    }

    /** The reprint index on three key-value stores. */
    private record StoreStorage(
            KeyValueStore<String, String> exact,
            KeyValueStore<String, String> bands,
            KeyValueStore<String, IndexedArticle> articles) implements ReprintIndex.Storage {

        @Override
        public String exactOwner(String textHash) {
            return exact.get(textHash);
        }

        @Override
        public void putExactOwner(String textHash, String articleId) {
            exact.put(textHash, articleId);
        }

        @Override
        public List<String> bandMembers(String bandKey) {
            String members = bands.get(bandKey);
            return members == null ? List.of() : Arrays.asList(members.split(","));
        }

        @Override
        public void putBandMembers(String bandKey, List<String> articleIds) {
            if (articleIds.isEmpty()) {
                bands.delete(bandKey);
            } else {
                bands.put(bandKey, String.join(",", articleIds));
            }
        }

        @Override
        public IndexedArticle article(String articleId) {
            return articles.get(articleId);
        }

        @Override
        public void putArticle(IndexedArticle article) {
            articles.put(article.id(), article);
        }

        @Override
        public List<IndexedArticle> articlesBefore(long day) {
            List<IndexedArticle> out = new ArrayList<>();
            try (KeyValueIterator<String, IndexedArticle> it = articles.all()) {
                it.forEachRemaining(kv -> {
                    if (kv.value.day() < day) {
                        out.add(kv.value);
                    }
                });
            }
            return out;
        }

        @Override
        public void removeArticle(String articleId) {
            articles.delete(articleId);
        }

        @Override
        public void removeExactOwners(Set<String> articleIds) {
            List<String> gone = new ArrayList<>();
            try (KeyValueIterator<String, String> it = exact.all()) {
                it.forEachRemaining((KeyValue<String, String> kv) -> {
                    if (articleIds.contains(kv.value)) {
                        gone.add(kv.key);
                    }
                });
            }
            gone.forEach(exact::delete);
        }
    }
}
