package newsflow.processor;

import java.util.Arrays;
import java.util.List;
import newsflow.model.Article;
import newsflow.model.DuplicateKind;
import newsflow.model.StateStores;
import newsflow.processor.dedup.ReprintIndex;
import newsflow.processor.dedup.ReprintIndex.IndexedArticle;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Looks each article up in the reprint index kept in state stores (with changelogs, so the index survives restarts
 * and moves with its task) and marks it unique or a duplicate of the canonical of its story.
 */
final class DedupProcessor implements FixedKeyProcessor<String, Article, Article> {
    private final ReprintIndex index;
    private FixedKeyProcessorContext<String, Article> context;
    private ReprintIndex.Storage storage;

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
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article a = record.value();
        ReprintIndex.Verdict verdict = index.admit(a.id(), fingerprintText(a), storage);
        Article marked = verdict.unique()
                ? withVerdict(a, verdict.storyId(), null, null, null)
                : withVerdict(a, verdict.storyId(), verdict.duplicateOf(), verdict.similarity(),
                        verdict.exact() ? DuplicateKind.EXACT : DuplicateKind.NEAR);
        context.forward(record.withValue(marked));
    }

    private static String fingerprintText(Article a) {
        return (a.headline() == null ? "" : a.headline()) + "\n" + (a.body() == null ? "" : a.body());
    }

    private static Article withVerdict(Article a, String storyId, String duplicateOf, Double similarity, DuplicateKind kind) {
        return new Article(a.id(), storyId, a.pageId(), a.source(), a.ordinal(), a.headline(), a.kicker(),
                a.subheadline(), a.byline(), a.dateline(), a.wire(), a.body(), a.captions(), a.language(),
                a.keywords(), a.people(), a.places(), a.organizations(), a.topics(),
                null, duplicateOf,
                similarity == null ? null : Math.round(similarity * 1000) / 1000.0, kind);
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
            bands.put(bandKey, String.join(",", articleIds));
        }

        @Override
        public IndexedArticle article(String articleId) {
            return articles.get(articleId);
        }

        @Override
        public void putArticle(IndexedArticle article) {
            articles.put(article.id(), article);
        }
    }
}
