package newsflow.sink;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@code GET /api/timeline?days=30&to=YYYY-MM-DD}: articles per day ({@link ArticleDay}) for the {@code days} days
 * ending at {@code to} (default: the newest day with articles, or today (UTC) when nothing is), oldest first, every day
 * present (zeros where nothing was counted). {@code duplicates = exact + near}.
 */
record Timeline(LocalDate from, LocalDate to, int days, List<Day> byDay, Totals total) {
    static final int MAX_DAYS = 366;

    record Day(LocalDate date, long unique, long duplicates, long exact, long near) {
    }

    record Totals(long unique, long duplicates, long exact, long near) {
    }

    static Timeline of(ReadOnlyKeyValueStore<String, Long> counts, int days, LocalDate to) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be from 1 to " + MAX_DAYS);
        }
        Map<LocalDate, Map<String, Long>> byDay = dayCounters(counts);
        LocalDate end = to != null ? to : newest(byDay, "");
        LocalDate start = end.minusDays(days - 1L);
        List<Day> out = new ArrayList<>(days);
        long u = 0, e = 0, n = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            Map<String, Long> c = byDay.getOrDefault(d, Map.of());
            long unique = c.getOrDefault("unique", 0L), exact = c.getOrDefault("exact", 0L);
            // a reprint with edits, whatever evidence told it: most of the text, a cut copy, passages in common
            long near = c.getOrDefault("near", 0L) + c.getOrDefault("contained", 0L) + c.getOrDefault("passages", 0L);
            long dups = exact + near + c.getOrDefault("unknown", 0L);
            out.add(new Day(d, unique, dups, exact, near));
            u += unique;
            e += exact;
            n += near;
        }
        return new Timeline(start, end, days, out, new Totals(u, out.stream().mapToLong(Day::duplicates).sum(), e, n));
    }

    /** The newest day with unique articles, or today (UTC) when none is counted. */
    static LocalDate newestDay(ReadOnlyKeyValueStore<String, Long> counts) {
        return newest(dayCounters(counts), "unique");
    }

    /** The newest day with a count of {@code what} (any count when empty), or today (UTC). */
    private static LocalDate newest(Map<LocalDate, Map<String, Long>> byDay, String what) {
        return byDay.entrySet().stream()
                .filter(e -> e.getValue().entrySet().stream().anyMatch(c -> (what.isEmpty() || c.getKey().equals(what)) && c.getValue() > 0))
                .map(Map.Entry::getKey)
                .max(LocalDate::compareTo).orElse(LocalDate.now(ZoneOffset.UTC));
    }

    /** day → (unique|exact|near → count), from the {@code day:} counters. */
    private static Map<LocalDate, Map<String, Long>> dayCounters(ReadOnlyKeyValueStore<String, Long> counts) {
        Map<LocalDate, Map<String, Long>> byDay = new HashMap<>();
        // The counters are spread over partitions; the store answers each partition's range in turn, so merge.
        try (KeyValueIterator<String, Long> it = counts.range(Counter.DAY, Counter.DAY + "\u007f")) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                String rest = kv.key.substring(Counter.DAY.length());
                if (rest.length() > 11 && rest.charAt(10) == ':') {
                    byDay.computeIfAbsent(LocalDate.parse(rest.substring(0, 10)), d -> new HashMap<>())
                            .merge(rest.substring(11), kv.value, Long::sum);
                }
            }
        }
        return byDay;
    }
}
