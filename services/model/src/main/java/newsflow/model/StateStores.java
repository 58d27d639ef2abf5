package newsflow.model;

/** The names of the Kafka Streams state stores, in one place (their changelog topics derive from them). */
public final class StateStores {
    /** Processor: normalised-text digest → canonical article id. */
    public static final String REPRINT_EXACT = "reprint-exact";
    /** Processor: LSH band key → ids of canonical articles in that band. */
    public static final String REPRINT_BANDS = "reprint-bands";
    /** Processor: canonical article id → its story id and MinHash signature. */
    public static final String REPRINT_ARTICLES = "reprint-articles";
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
