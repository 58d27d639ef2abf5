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
    static final String DUPLICATE_KIND = "duplicateKind:";
    static final String DEAD_LETTER_REASON = "deadLetterReason:";

    private Counter() {
    }
}
