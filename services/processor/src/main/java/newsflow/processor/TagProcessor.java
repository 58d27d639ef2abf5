package newsflow.processor;

import java.time.Clock;
import newsflow.core.tag.ArticleTagger;
import newsflow.core.tag.Tags;
import newsflow.model.Article;
import newsflow.runtime.StateStores;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Tags each unique article and remembers its tags; a duplicate gets the tags of its canonical instead of being
 * tagged again. Records arrive keyed by the canonical's id, so a canonical and its duplicates share a partition and
 * the canonical, decided first, always comes first.
 */
final class TagProcessor implements FixedKeyProcessor<String, Article, Article> {
    private final ArticleTagger tagger;
    private final Clock clock;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, Article> context;
    private KeyValueStore<String, Tags> canonicalTags;

    TagProcessor(ArticleTagger tagger, Clock clock, PipelineMetrics metrics) {
        this.tagger = tagger;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.canonicalTags = context.getStateStore(StateStores.CANONICAL_TAGS);
    }

    /** The language the text shows; where it shows none the tagger knows, the one its web page declares. */
    private static String language(Tags tags, Article a) {
        return "und".equals(tags.language()) && a.language() != null ? a.language() : tags.language();
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article a = record.value();
        Tags tags;
        if (a.duplicateOf() == null) {
            tags = tagger.tag(ArticleTagger.headWithDecks(a.headline(), a.subheadline()), a.body());
            canonicalTags.put(a.id(), tags);
        } else {
            Tags known = canonicalTags.get(a.duplicateOf());
            // a canonical whose tags are gone (expired index) still gives its duplicates tags
            tags = known != null ? known : tagger.tag(ArticleTagger.headWithDecks(a.headline(), a.subheadline()), a.body());
        }
        metrics.articleOut(a.kind() == null ? null : a.kind().wireName(), record.timestamp(), clock.millis());
        context.forward(record.withValue(new Article(a.id(), a.storyId(), a.pageId(), a.source(), a.ordinal(),
                a.headline(), a.kicker(), a.subheadline(), a.byline(), a.dateline(), a.wire(), a.body(), a.captions(),
                language(tags, a), tags.keywords(), tags.people(), tags.places(), tags.organizations(), tags.topics(),
                clock.instant(), a.duplicateOf(), a.similarity(), a.kind(), a.sameStories())));
    }
}
