package newsflow.processor;

import java.time.Clock;
import java.util.Properties;
import newsflow.model.Article;
import newsflow.model.JsonSerde;
import newsflow.model.PageReport;
import newsflow.model.StateStores;
import newsflow.model.Topics;
import newsflow.processor.dedup.ReprintIndex;
import newsflow.processor.page.PageReader;
import newsflow.processor.split.PageSplitter;
import newsflow.processor.tag.ArticleTagger;
import newsflow.processor.tag.Tags;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The processor's topology, top to bottom as the data flows: read raw pages → parse and split (bad input to the
 * dead-letter topic, a report per page) → deduplicate on one partition → tag unique articles (duplicates take their
 * canonical's tags), spread over all partitions again → enriched and duplicates topics, and each story with the
 * papers that carried it → stories topic.
 */
public final class ProcessorTopology {
    private static final Serde<Article> ARTICLES = JsonSerde.articles();
    private static final Serde<PageReport> REPORTS = JsonSerde.pageReports();

    private ProcessorTopology() {
    }

    public static Topology build(Properties streamsConfig, PageReader reader, PageSplitter splitter, ReprintIndex index,
                                 ArticleTagger tagger, Clock clock, PipelineMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsConfig)));
        addStores(builder);

        KStream<String, PageOutcome> outcomes = builder
                .stream(Topics.PAGES_RAW, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-pages"))
                .process(() -> new PageIngestProcessor(reader, splitter, clock, metrics), Named.as("parse-and-split-page"));

        outcomes.split(Named.as("page-"))
                .branch((pageId, outcome) -> outcome instanceof PageOutcome.Rejected, Branched.withConsumer(rejected -> rejected
                        .process(DeadLetterProcessor::new, Named.as("mark-dead-letter"))
                        .to(Topics.PAGES_DLQ, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("write-dead-letters")),
                        "rejected"))
                .defaultBranch(Branched.withConsumer(accepted -> {
                    accepted.mapValues(outcome -> ((PageOutcome.Accepted) outcome).report(), Named.as("page-report"))
                            .to(Topics.PAGES_PROCESSED, Produced.with(Serdes.String(), REPORTS).withName("write-page-reports"));
                    deduplicateAndTag(accepted, index, tagger, clock, metrics);
                }, "accepted"));
        return builder.build();
    }

    private static void deduplicateAndTag(KStream<String, PageOutcome> accepted, ReprintIndex index, ArticleTagger tagger,
                                          Clock clock, PipelineMetrics metrics) {
        KStream<String, Article> judged = accepted
                .flatMap((pageId, outcome) -> ((PageOutcome.Accepted) outcome).articles().stream()
                        .map(article -> KeyValue.pair(article.id(), article)).toList(), Named.as("articles-of-page"))
                // normalising and MinHash cost most of dedup: done here, on all partitions
                .mapValues(article -> FingerprintedArticle.of(article, index), Named.as("fingerprint"))
                // one partition sees every article, so reprints meet whatever partitions their pages came in on
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(FingerprintedArticle.class))
                        .withName("articles-to-dedup").withNumberOfPartitions(1))
                .processValues(() -> new DedupProcessor(index), Named.as("deduplicate"),
                        StateStores.REPRINT_EXACT, StateStores.REPRINT_BANDS, StateStores.REPRINT_ARTICLES);

        KStream<String, Article> tagged = judged
                // a canonical and its duplicates meet on one partition, the canonical first (see TagProcessor)
                .selectKey((id, article) -> article.duplicateOf() == null ? article.id() : article.duplicateOf(),
                        Named.as("key-by-canonical"))
                // tagging is the costly step: spread it over all partitions again
                .repartition(Repartitioned.with(Serdes.String(), ARTICLES).withName("articles-to-tag"))
                .processValues(() -> new TagProcessor(tagger, clock, metrics), Named.as("tag"), StateStores.CANONICAL_TAGS);

        tagged.processValues(() -> new StoryProcessor(clock), Named.as("update-story"), StateStores.STORIES, StateStores.STORY_BODIES)
                .selectKey((canonicalId, story) -> story.storyId(), Named.as("key-by-story"))
                .to(Topics.STORIES, Produced.with(Serdes.String(), JsonSerde.stories()).withName("write-stories"));

        tagged.selectKey((canonicalId, article) -> article.id(), Named.as("key-by-article"))
                .split(Named.as("article-"))
                .branch((id, article) -> article.duplicateOf() != null, Branched.withConsumer(duplicates -> duplicates
                        .to(Topics.ARTICLES_DUPLICATES, Produced.with(Serdes.String(), ARTICLES).withName("write-duplicates")),
                        "duplicate"))
                .defaultBranch(Branched.withConsumer(unique -> unique
                        .to(Topics.ARTICLES_ENRICHED, Produced.with(Serdes.String(), ARTICLES).withName("write-enriched")),
                        "unique"));
    }

    private static void addStores(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.STORIES),
                Serdes.String(), JsonSerde.stories()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.STORY_BODIES),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.CANONICAL_TAGS),
                Serdes.String(), JsonSerde.of(Tags.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.REPRINT_EXACT),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.REPRINT_BANDS),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.REPRINT_ARTICLES),
                Serdes.String(), new IndexedArticleSerde()));
    }
}
