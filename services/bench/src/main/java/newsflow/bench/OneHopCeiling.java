package newsflow.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import newsflow.core.dedup.ReprintDesk;
import newsflow.core.dedup.ReprintGather;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.page.Page;
import newsflow.core.page.PageReader;
import newsflow.core.page.RejectedPageException;
import newsflow.core.split.PageSplitter;
import newsflow.core.split.SplitArticle;
import newsflow.core.tag.ArticleTagger;
import newsflow.core.tag.Tags;
import newsflow.model.Article;
import newsflow.processor.ProcessorService;
import newsflow.runtime.JsonSerde;
import newsflow.runtime.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The most a Kafka Streams design of the pipeline can reach on this machine: raw pages → parse, split, dedup, tag the
 * unique articles → enriched and duplicates topics, all in one hop, exactly-once, with the processor's Streams
 * configuration. What it leaves out is what a design spread over partitions and instances has to pay for: the
 * reprint index is one in-memory {@link ReprintDesk} that the stream threads share (no shards, no gathers, no
 * changelogs, nothing kept across a restart), and there are no stories. Duplicates go out with their verdict, untagged.
 * Its ratio to the NLP limit bounds the pipeline's from above.
 */
final class OneHopCeiling {
    /** What the run has done so far. */
    static final class Progress {
        final AtomicLong pages = new AtomicLong();
        final AtomicLong unique = new AtomicLong();
        final AtomicLong near = new AtomicLong();
        final AtomicLong exact = new AtomicLong();
    }

    private OneHopCeiling() {
    }

    static Topology topology(ArticleTagger tagger, Progress progress) {
        // the stored form: lookups pay the same (de)serialisation as the shards' state stores, minus RocksDB
        ReprintDesk desk = ReprintDesk.inOrder(ReprintIndex.withDefaults(), ProcessorService.DEFAULT_SHARDS, MemoryStorage.stored());
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.PAGES_RAW, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-pages"))
                .process(() -> new PageToArticles(desk, tagger, progress), Named.as("parse-split-dedup-tag"))
                .to((id, article, context) -> article.duplicateOf() == null ? Topics.ARTICLES_ENRICHED : Topics.ARTICLES_DUPLICATES,
                        Produced.with(Serdes.String(), JsonSerde.articles()).withName("write-articles"));
        return builder.build();
    }

    /** A duplicate's tags here: the pipeline copies its canonical's, which takes a store this ceiling leaves out. */
    private static final Tags UNTAGGED = new Tags(null, List.of(), List.of(), List.of(), List.of(), List.of());

    private static final class PageToArticles implements Processor<byte[], byte[], String, Article> {
        private final PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
        private final PageSplitter splitter = new PageSplitter();
        private final ReprintDesk desk;
        private final ArticleTagger tagger;
        private final Progress progress;
        private ProcessorContext<String, Article> context;

        PageToArticles(ReprintDesk desk, ArticleTagger tagger, Progress progress) {
            this.desk = desk;
            this.tagger = tagger;
            this.progress = progress;
        }

        @Override
        public void init(ProcessorContext<String, Article> context) {
            this.context = context;
        }

        @Override
        public void process(Record<byte[], byte[]> record) {
            try {
                Page page = reader.read(record.key(), record.value(), OfflinePass.headers(record.headers()));
                String pageId = context.recordMetadata().map(m -> m.partition() + "-" + m.offset()).orElseThrow();
                for (SplitArticle a : splitter.split(page.text()).articles()) {
                    String id = pageId + "-" + a.ordinal();
                    ReprintGather.Verdict verdict;
                    synchronized (desk) {
                        verdict = desk.admit(id, 0, OfflinePass.fingerprintText(a.headline(), a.body()));
                    }
                    Tags tags = verdict.unique() ? tagger.tag(a.headline(), a.body()) : UNTAGGED;
                    (verdict.unique() ? progress.unique : verdict.exact() ? progress.exact : progress.near).incrementAndGet();
                    context.forward(new Record<>(id, OfflinePass.article(id, a, page.source(), tags, verdict.duplicateOf()),
                            record.timestamp()));
                }
            } catch (RejectedPageException e) {
                // the bench's corpus has none; a page rejected is still a page done
            }
            progress.pages.incrementAndGet();
        }
    }
}
