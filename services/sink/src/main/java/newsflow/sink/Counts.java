package newsflow.sink;

import java.util.Map;
import java.util.TreeMap;

/**
 * The sink's answer to {@code GET /api/counts}. Every page in is either processed or a dead letter
 * ({@code pages == pagesProcessed + deadLetters} once drained), and every article cut is either unique or a
 * duplicate ({@code articles == unique + duplicates}).
 */
public record Counts(
        long pages,
        long pagesProcessed,
        long pagesWithoutArticles,
        long articles,
        long unique,
        long duplicates,
        long deadLetters,
        Map<String, Long> duplicatesByKind,
        Map<String, Long> deadLettersByReason,
        Map<String, Long> bySource,
        Map<String, Long> byLanguage,
        Map<String, Long> byTopic) {

    static Counts from(Map<String, Long> counters) {
        return new Counts(
                counters.getOrDefault(Counter.PAGES, 0L),
                counters.getOrDefault(Counter.PAGES_PROCESSED, 0L),
                counters.getOrDefault(Counter.PAGES_WITHOUT_ARTICLES, 0L),
                counters.getOrDefault(Counter.ARTICLES, 0L),
                counters.getOrDefault(Counter.UNIQUE, 0L),
                counters.getOrDefault(Counter.DUPLICATES, 0L),
                counters.getOrDefault(Counter.DEAD_LETTERS, 0L),
                breakdown(counters, Counter.DUPLICATE_KIND),
                breakdown(counters, Counter.DEAD_LETTER_REASON),
                breakdown(counters, Counter.SOURCE),
                breakdown(counters, Counter.LANGUAGE),
                breakdown(counters, Counter.TOPIC));
    }

    private static Map<String, Long> breakdown(Map<String, Long> counters, String prefix) {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((name, n) -> {
            if (name.startsWith(prefix)) {
                out.put(name.substring(prefix.length()), n);
            }
        });
        return out;
    }

    /** True when everything that came in has come out: no page or article still in flight. */
    public boolean drained() {
        return pages == pagesProcessed + deadLetters && articles == unique + duplicates;
    }
}
