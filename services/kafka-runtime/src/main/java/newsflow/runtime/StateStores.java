package newsflow.runtime;

/** The names of the Kafka Streams state stores, in one place (their changelog topics derive from them). */
public final class StateStores {
    /**
     * Processor, reprint shards: LSH band key → arrival ids in that band. Kept without a changelog: the bands follow from
     * the members, and are rebuilt from them when {@link #REPRINT_SHARD_WRITES} says they may be stale.
     */
    public static final String REPRINT_BANDS = "reprint-shard-bands";
    /** Processor, reprint shards: arrival id → its article, order and MinHash signature. */
    public static final String REPRINT_MEMBERS = "reprint-shard-members";
    /** Processor, reprint shards: shard number → how many probes (and expiries) have changed its entries. */
    public static final String REPRINT_SHARD_WRITES = "reprint-shard-writes";
    /** Processor, reprint gathers: arrival id → what its gather knows (collecting, or the verdict). */
    public static final String REPRINT_GATHERS = "reprint-gathers";
    /** Processor, reprint gathers: arrival id → its article, from its arrival until its verdict. */
    public static final String REPRINT_GATHER_ARTICLES = "reprint-gather-articles";
    /** Processor: canonical article id → its tags, which its duplicates carry too. */
    public static final String CANONICAL_TAGS = "canonical-tags";
    /** Processor: story id → the story and its carriers. */
    public static final String STORIES = "stories";
    /** Processor: story id → the canonical body, to diff carriers against. */
    public static final String STORY_BODIES = "story-bodies";
    /** Sink: story id → the story, as the compacted topic holds it. */
    public static final String STORIES_VIEW = "stories-view";
    /** Sink: counter name → count. */
    public static final String COUNTS = "counts";

    private StateStores() {
    }
}
