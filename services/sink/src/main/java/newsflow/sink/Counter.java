package newsflow.sink;

/** Names of the counters the sink keeps; those ending in ':' are prefixes of a breakdown (by source, language…). */
final class Counter {
    static final String PAGES = "pages";
    static final String PAGES_PROCESSED = "pagesProcessed";
    static final String PAGES_WITHOUT_ARTICLES = "pagesWithoutArticles";
    static final String ARTICLES = "articles";
    static final String UNIQUE = "unique";
    static final String DUPLICATES = "duplicates";
    static final String DEAD_LETTERS = "deadLetters";
    static final String SOURCE = "source:";
    static final String LANGUAGE = "language:";
    static final String TOPIC = "topic:";
    static final String WIRE = "wire:";
    static final String DUPLICATE_KIND = "duplicateKind:";
    static final String DEAD_LETTER_REASON = "deadLetterReason:";
    /**
     * Articles per day: {@code day:2020-08-23:unique}, {@code day:2020-08-23:exact}, {@code day:2020-08-23:near}.
     * ISO dates sort as text, so a day range is a key range of the counts store.
     */
    static final String DAY = "day:";
    /** The wire breakdown's bucket for articles that credit no agency. */
    static final String NO_WIRE = "none";

    private Counter() {
    }

    static String day(java.time.LocalDate day, String what) {
        return DAY + day + ":" + what;
    }
}
