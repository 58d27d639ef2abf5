package newsflow.sink;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The sink's answer to {@code GET /api/counts}. Every page in is either processed or a dead letter
 * ({@code pages == pagesProcessed + deadLetters} once drained), and every article cut is either unique or a
 * duplicate ({@code articles == unique + duplicates}). {@code bySource} and {@code byWire} count articles (unique and
 * duplicate; {@code byWire} puts articles crediting no agency under {@code none}); {@code byLanguage} and
 * {@code byTopic} count unique articles. Articles per day are served by {@link Timeline}.
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
        Map<String, Long> byTopic,
        Map<String, Long> byWire) {

    /** The counts as {@code store} holds them now. */
    static Counts of(ReadOnlyKeyValueStore<String, Long> store) {
        Map<String, Long> counters = new HashMap<>();
        try (KeyValueIterator<String, Long> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                counters.merge(kv.key, kv.value, Long::sum);
            }
        }
        return from(counters);
    }

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
                breakdown(counters, Counter.TOPIC),
                breakdown(counters, Counter.WIRE));
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
