package newsflow.processor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.core.page.Page;
import newsflow.core.page.PageReader;
import newsflow.core.page.RejectedPageException;
import newsflow.core.page.WebArticle;
import newsflow.core.split.PageSplitter;
import newsflow.core.split.SplitArticle;
import newsflow.core.split.SplitPage;
import newsflow.model.Article;
import newsflow.model.PageReport;
import newsflow.model.PageSource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads one raw record as a page and cuts it into articles; input it cannot read is rejected with the reason. */
final class PageIngestProcessor implements Processor<byte[], byte[], String, PageOutcome> {
    private static final Logger LOG = LoggerFactory.getLogger(PageIngestProcessor.class);

    private final PageReader reader;
    private final PageSplitter splitter;
    private final Clock clock;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, PageOutcome> context;

    PageIngestProcessor(PageReader reader, PageSplitter splitter, Clock clock, PipelineMetrics metrics) {
        this.reader = reader;
        this.splitter = splitter;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, PageOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata meta = context.recordMetadata().orElseThrow();
        metrics.pageIn();
        PageOutcome outcome;
        String key;
        try {
            Page page = reader.read(record.key(), record.value(), headers(record));
            key = page.pageId();
            outcome = accept(page, meta);
            metrics.pageProcessed();
        } catch (RejectedPageException e) {
            key = null;
            outcome = reject(record, meta, e.getMessage());
        } catch (RuntimeException e) {
            // a bug in splitting must cost one page, not the stream: it goes to the DLQ with the error
            LOG.error("page at {}-{}@{} failed to split", meta.topic(), meta.partition(), meta.offset(), e);
            key = null;
            outcome = reject(record, meta, "processing failed: " + e);
        }
        context.forward(new Record<>(key, outcome, record.timestamp(),
                outcome instanceof PageOutcome.Rejected ? record.headers() : new RecordHeaders()));
    }

    private PageOutcome accept(Page page, RecordMetadata meta) {
        SplitPage split = splitter.split(page);
        PageSource source = withInferred(page.source(), split, page.article());
        // a web page's declared language, for the tagger to keep where it cannot tell the text's own
        String language = page.article() == null ? null : page.article().metadata().language();
        List<Article> articles = new ArrayList<>(split.articles().size());
        for (SplitArticle a : split.articles()) {
            String id = ArticleIds.of(meta.topic(), meta.partition(), meta.offset(), a.ordinal());
            articles.add(new Article(id, null, page.pageId(), source, a.ordinal(), a.headline(), a.kicker(),
                    a.subheadline(), a.byline(), a.dateline(), a.wire(), a.body(), a.captions(),
                    language, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, null));
        }
        PageReport report = new PageReport(page.pageId(), source, page.contentType(),
                page.text().getBytes(StandardCharsets.UTF_8).length, articles.size(), clock.instant());
        return new PageOutcome.Accepted(report, articles);
    }

    /** Metadata from headers wins; what the page prints (a web page's canonical URL among it) fills the gaps. */
    private static PageSource withInferred(PageSource given, SplitPage split, WebArticle article) {
        return new PageSource(
                given.publication() != null ? given.publication() : split.publication(),
                given.date() != null ? given.date() : split.date(),
                given.page(),
                given.url() != null || article == null ? given.url() : article.metadata().canonicalUrl());
    }

    private PageOutcome reject(Record<byte[], byte[]> record, RecordMetadata meta, String reason) {
        metrics.deadLetter(reason);
        LOG.warn("dead letter {}-{}@{}: {}", meta.topic(), meta.partition(), meta.offset(), reason);
        return new PageOutcome.Rejected(record.key(), record.value(), reason);
    }

    private static Map<String, String> headers(Record<byte[], byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            if (h.value() != null) {
                headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }
}
