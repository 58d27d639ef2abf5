package newsflow.sink;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiFunction;
import newsflow.model.Article;
import newsflow.model.PageReport;
import newsflow.model.Story;
import newsflow.runtime.JsonSerde;
import newsflow.runtime.StateStores;
import newsflow.runtime.Topics;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The sink's topology: every record of the pipeline's topics becomes one or more counter increments
 * ({@link Counter} names), summed into the {@link StateStores#COUNTS} store. The store has a changelog, so counts
 * survive restarts, and the HTTP API reads it through interactive queries. The stories topic is kept as a table,
 * {@link StateStores#STORIES_VIEW}, for the story listing; the newest dead letters in {@link SinkStores#DEAD_LETTERS};
 * daily entity counts of the unique articles in {@link SinkStores#ENTITY_DAYS}.
 */
public final class CountsTopology {
    private CountsTopology() {
    }

    public static Topology build(Properties streamsConfig) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsConfig)));
        KStream<String, Long> pages = builder
                .stream(Topics.PAGES_RAW, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-pages"))
                .map((k, v) -> KeyValue.pair(Counter.PAGES, 1L), Named.as("count-page-in"));
        KStream<String, Long> reports = builder
                .stream(Topics.PAGES_PROCESSED, Consumed.with(Serdes.String(), JsonSerde.pageReports()).withName("read-page-reports"))
                .flatMap((k, report) -> reportIncrements(report), Named.as("count-page-processed"));
        KStream<String, Article> enriched = builder
                .stream(Topics.ARTICLES_ENRICHED, Consumed.with(Serdes.String(), JsonSerde.articles()).withName("read-enriched"));
        KStream<String, Long> unique = enriched
                .process(() -> new ArticleIncrements(CountsTopology::uniqueIncrements), Named.as("count-unique"));
        KStream<String, Long> duplicates = builder
                .stream(Topics.ARTICLES_DUPLICATES, Consumed.with(Serdes.String(), JsonSerde.articles()).withName("read-duplicates"))
                .process(() -> new ArticleIncrements(CountsTopology::duplicateIncrements), Named.as("count-duplicate"));
        KStream<byte[], byte[]> dlq = builder
                .stream(Topics.PAGES_DLQ, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-dead-letters"));
        KStream<String, Long> deadLetters = dlq
                .processValues(DeadLetterReason::new, Named.as("read-dead-letter-reason"))
                .flatMap((k, reason) -> List.of(KeyValue.pair(Counter.DEAD_LETTERS, 1L),
                        KeyValue.pair(Counter.DEAD_LETTER_REASON + reason, 1L)), Named.as("count-dead-letter"));

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SinkStores.DEAD_LETTERS),
                Serdes.String(), JsonSerde.of(DeadLetter.class)));
        dlq.process(DeadLetterLog::new, Named.as("log-dead-letter"), SinkStores.DEAD_LETTERS);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SinkStores.ENTITY_DAYS),
                Serdes.String(), Serdes.Long()));
        enriched.process(EntityCounter::new, Named.as("count-entities"), SinkStores.ENTITY_DAYS);

        builder.table(Topics.STORIES, Consumed.with(Serdes.String(), JsonSerde.stories()).withName("read-stories"),
                Materialized.<String, Story, KeyValueStore<Bytes, byte[]>>as(StateStores.STORIES_VIEW)
                        .withKeySerde(Serdes.String()).withValueSerde(JsonSerde.stories()));

        pages.merge(reports, Named.as("merge-reports"))
                .merge(unique, Named.as("merge-unique"))
                .merge(duplicates, Named.as("merge-duplicates"))
                .merge(deadLetters, Named.as("merge-dead-letters"))
                .groupByKey(Grouped.with("counters", Serdes.String(), Serdes.Long()))
                .reduce(Long::sum, Named.as("sum-counters"),
                        Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(StateStores.COUNTS)
                                .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()));
        return builder.build();
    }

    private static List<KeyValue<String, Long>> reportIncrements(PageReport report) {
        List<KeyValue<String, Long>> out = new ArrayList<>(3);
        out.add(KeyValue.pair(Counter.PAGES_PROCESSED, 1L));
        out.add(KeyValue.pair(Counter.ARTICLES, (long) report.articles()));
        if (report.articles() == 0) {
            out.add(KeyValue.pair(Counter.PAGES_WITHOUT_ARTICLES, 1L));
        }
        return out;
    }

    private static List<KeyValue<String, Long>> uniqueIncrements(Article a, LocalDate day) {
        List<KeyValue<String, Long>> out = new ArrayList<>(6);
        out.add(KeyValue.pair(Counter.UNIQUE, 1L));
        out.add(KeyValue.pair(Counter.SOURCE + publication(a), 1L));
        out.add(KeyValue.pair(Counter.WIRE + wire(a), 1L));
        out.add(KeyValue.pair(Counter.day(day, "unique"), 1L));
        out.add(KeyValue.pair(Counter.LANGUAGE + (a.language() == null ? "und" : a.language()), 1L));
        if (a.topics() != null && !a.topics().isEmpty()) {
            out.add(KeyValue.pair(Counter.TOPIC + a.topics().get(0).label(), 1L));
        }
        return out;
    }

    private static List<KeyValue<String, Long>> duplicateIncrements(Article a, LocalDate day) {
        String kind = a.kind() == null ? "unknown" : a.kind().wireName();
        return List.of(KeyValue.pair(Counter.DUPLICATES, 1L),
                KeyValue.pair(Counter.DUPLICATE_KIND + kind, 1L),
                KeyValue.pair(Counter.SOURCE + publication(a), 1L),
                KeyValue.pair(Counter.WIRE + wire(a), 1L),
                KeyValue.pair(Counter.day(day, kind), 1L));
    }

    private static String publication(Article a) {
        return a.source() == null || a.source().publication() == null ? "unknown" : a.source().publication();
    }

    private static String wire(Article a) {
        return a.wire() == null || a.wire().isBlank() ? Counter.NO_WIRE : a.wire().strip();
    }

    /** An article's counter increments, which need the record's timestamp for its day ({@link ArticleDay}). */
    private static final class ArticleIncrements implements Processor<String, Article, String, Long> {
        private final BiFunction<Article, LocalDate, List<KeyValue<String, Long>>> increments;
        private ProcessorContext<String, Long> context;

        ArticleIncrements(BiFunction<Article, LocalDate, List<KeyValue<String, Long>>> increments) {
            this.increments = increments;
        }

        @Override
        public void init(ProcessorContext<String, Long> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, Article> record) {
            if (record.value() == null) {
                return;
            }
            for (KeyValue<String, Long> kv : increments.apply(record.value(), ArticleDay.of(record.value(), record.timestamp()))) {
                context.forward(record.withKey(kv.key).withValue(kv.value));
            }
        }
    }

    /** The reason header of a dead letter, cut to its first clause so reasons group (sizes and offsets vary). */
    private static final class DeadLetterReason implements FixedKeyProcessor<byte[], byte[], String> {
        private FixedKeyProcessorContext<byte[], String> context;

        @Override
        public void init(FixedKeyProcessorContext<byte[], String> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<byte[], byte[]> record) {
            Header header = record.headers().lastHeader(Topics.HEADER_DLQ_REASON);
            String reason = header == null ? "unknown" : new String(header.value(), StandardCharsets.UTF_8);
            context.forward(record.withValue(reasonCategory(reason)));
        }
    }

    static String reasonCategory(String reason) {
        int cut = reason.indexOf(':');
        String category = (cut > 0 ? reason.substring(0, cut) : reason).strip();
        return category.replaceAll("\\d+", "N");
    }
}
