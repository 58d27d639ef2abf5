package newsflow.processor;

import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import newsflow.core.dedup.GatherState;
import newsflow.core.dedup.ReprintGather;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.dedup.ReprintMessage;
import newsflow.core.dedup.ReprintShard;
import newsflow.core.page.PageReader;
import newsflow.core.split.PageSplitter;
import newsflow.core.tag.ArticleTagger;
import newsflow.core.tag.Tags;
import newsflow.model.Article;
import newsflow.model.PageReport;
import newsflow.runtime.JsonSerde;
import newsflow.runtime.StateStores;
import newsflow.runtime.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The processor's topology, top to bottom as the data flows: read raw pages → parse and split (bad input to the
 * dead-letter topic, a report per page) → fingerprint each article and fan the page out to the reprint shards, by LSH
 * band → each article's gather decides, from the shards' reports, whether it opens a story or repeats one → tag unique
 * articles (duplicates take their canonical's tags), spread over all partitions → enriched and duplicates topics,
 * and each story with the papers that carried it → stories topic. No step routes all articles through one partition.
 */
public final class ProcessorTopology {
    private static final Serde<Article> ARTICLES = JsonSerde.articles();
    private static final Serde<PageReport> REPORTS = JsonSerde.pageReports();
    private static final Serde<ReprintMessage> MESSAGES = JsonSerde.of(ReprintMessage.class);
    /** Every message to an arrival goes to the partition of its page, where its gather is (see {@link ReprintMail}). */
    private static final ReprintMail.ByPage BY_PAGE = new ReprintMail.ByPage();

    private ProcessorTopology() {
    }

    /** The topic the reprint index's fan-out, shards and gathers talk through: the application's own, named after it. */
    public static String reprintMessagesTopic(Properties streamsConfig) {
        return streamsConfig.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + "-reprint-messages";
    }

    public static Topology build(Properties streamsConfig, PageReader reader, PageSplitter splitter, ReprintIndex index,
                                 int shards, ArticleTagger tagger, Clock clock, PipelineMetrics metrics) {
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
                    deduplicateAndTag(builder, accepted, reprintMessagesTopic(streamsConfig), index, shards, tagger, clock, metrics);
                }, "accepted"));
        return builder.build();
    }

    private static void deduplicateAndTag(StreamsBuilder builder, KStream<String, PageOutcome> accepted, String reprintMessages, ReprintIndex index,
                                          int shards, ArticleTagger tagger, Clock clock, PipelineMetrics metrics) {
        Map<String, KStream<String, Object>> fannedOut = accepted
                .mapValues(outcome -> ((PageOutcome.Accepted) outcome).articles(), Named.as("articles-of-page"))
                .process(() -> new ReprintFanOutProcessor(index, shards), Named.as("fan-out-to-reprint-shards"))
                .split(Named.as("fan-out-"))
                .branch((key, value) -> value instanceof PageProbe, Branched.as("probe"))
                .defaultBranch(Branched.as("arrival"));

        // each shard holds some of the LSH bands of every article: reprints meet there, whatever partitions they came in on
        fannedOut.get("fan-out-probe")
                .mapValues(value -> (PageProbe) value, Named.as("as-probe"))
                .repartition(Repartitioned.with(Serdes.String(), ShardSerdes.pageProbes()).withName("probes-to-shards")
                        .withStreamPartitioner(new ShardPartitioner()))
                .process(() -> new ReprintShardProcessor(new ReprintShard(index, shards), index.windowDays()),
                        Named.as("look-up-and-index-bands"), StateStores.REPRINT_BANDS, StateStores.REPRINT_MEMBERS,
                        StateStores.REPRINT_SHARD_WRITES)
                .to(reprintMessages, Produced.with(Serdes.String(), MESSAGES).withName("write-shard-reports").withStreamPartitioner(BY_PAGE));
        fannedOut.get("fan-out-arrival")
                .mapValues(value -> (ReprintMessage) value, Named.as("as-arrival"))
                .to(reprintMessages, Produced.with(Serdes.String(), MESSAGES).withName("write-arrivals").withStreamPartitioner(BY_PAGE));

        // each arrival's gather decides once every shard has reported; gathers ask each other through the same topic
        Map<String, KStream<String, Object>> gathered = builder
                .stream(reprintMessages, Consumed.with(Serdes.String(), MESSAGES).withName("read-reprint-messages"))
                .process(() -> new ReprintGatherProcessor(new ReprintGather(shards), index.windowDays()),
                        Named.as("gather-and-decide"), StateStores.REPRINT_GATHERS, StateStores.REPRINT_GATHER_ARTICLES)
                .split(Named.as("gathered-"))
                .branch((key, value) -> value instanceof ReprintMessage, Branched.as("message"))
                .defaultBranch(Branched.as("article"));
        gathered.get("gathered-message")
                .mapValues(value -> (ReprintMessage) value, Named.as("as-message"))
                .to(reprintMessages, Produced.with(Serdes.String(), MESSAGES).withName("write-gather-messages").withStreamPartitioner(BY_PAGE));
        KStream<String, Article> judged = gathered.get("gathered-article")
                .mapValues(value -> (Article) value, Named.as("as-judged-article"));

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
        // the bands follow from the members (see ReprintShardProcessor): no changelog, and no cache, so that the write
        // count copied into the store after each change never reaches the disk before the changes it counts
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.REPRINT_BANDS),
                Serdes.String(), Serdes.String()).withCachingDisabled().withLoggingDisabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.REPRINT_MEMBERS),
                Serdes.String(), ShardSerdes.indexedArticles()));
        // cached: counted on every probe, and only each commit's last count needs to reach the changelog
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.REPRINT_SHARD_WRITES),
                Serdes.Integer(), Serdes.Long()).withCachingEnabled());
        // cached: a gather receiving its shards' reports is written many times between commits, and only its last
        // value needs to reach the changelog
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.REPRINT_GATHERS),
                Serdes.String(), JsonSerde.of(GatherState.class)).withCachingEnabled());
        // cached: an article decided within one commit interval of its arrival never reaches the changelog
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateStores.REPRINT_GATHER_ARTICLES),
                Serdes.String(), ARTICLES).withCachingEnabled());
    }
}
