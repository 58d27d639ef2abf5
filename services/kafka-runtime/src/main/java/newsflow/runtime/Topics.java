package newsflow.runtime;

import java.util.List;

/** The topics newsflow reads and writes, and the record headers they carry: one place for every name. */
public final class Topics {
    /** Input: one raw page per record (UTF-8 text with optional headers, or a JSON envelope). */
    public static final String PAGES_RAW = "news.pages.raw";
    /** One record per unique article, the first seen of its story. */
    public static final String ARTICLES_ENRICHED = "news.articles.enriched";
    /** One record per article that repeats an enriched one. */
    public static final String ARTICLES_DUPLICATES = "news.articles.duplicates";
    /** Rejected input: the original bytes, with the reason in {@link #HEADER_DLQ_REASON}. */
    public static final String PAGES_DLQ = "news.pages.dlq";
    /** One report per page the processor accepted, so every page in is accounted for out. */
    public static final String PAGES_PROCESSED = "news.pages.processed";

    /** Compacted: story id → the story and the papers that carried it. */
    public static final String STORIES = "news.stories";

    public static final List<String> ALL = List.of(PAGES_RAW, ARTICLES_ENRICHED, ARTICLES_DUPLICATES, PAGES_DLQ, PAGES_PROCESSED, STORIES);
    /** Topics that keep only the latest record per key. */
    public static final List<String> COMPACTED = List.of(STORIES);

    /** Headers added to a dead letter: why it was rejected and where it came from. */
    public static final String HEADER_DLQ_REASON = "dlq.reason";
    public static final String HEADER_DLQ_TOPIC = "dlq.topic";
    public static final String HEADER_DLQ_PARTITION = "dlq.partition";
    public static final String HEADER_DLQ_OFFSET = "dlq.offset";

    private Topics() {
    }
}
