package newsflow.sink;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@code GET /api/entities?type=people|places|organizations&days=7&limit=20&to=YYYY-MM-DD}: the entities of one type
 * named by the most unique articles over the {@code days} days ending at {@code to} (default: the newest day with
 * unique articles, as the timeline has it, so a replayed archive shows its own last week), most named first, ties by
 * name. {@code distinct} is the number of entities of that type named in the period.
 */
record TopEntities(String type, LocalDate from, LocalDate to, int days, int limit, long distinct, List<Entity> entities) {
    static final int MAX_LIMIT = 100;

    record Entity(String name, long articles) {
    }

    /** {@code to} null: the newest day with unique articles in {@code counts} (where the entities come from). */
    static TopEntities of(ReadOnlyKeyValueStore<String, Long> store, ReadOnlyKeyValueStore<String, Long> counts,
                          String type, int days, int limit, LocalDate to) {
        if (!EntityCounter.TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + String.join(", ", EntityCounter.TYPES));
        }
        if (days < 1 || days > EntityCounter.RETENTION_DAYS || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("days must be from 1 to " + EntityCounter.RETENTION_DAYS
                    + " and limit from 1 to " + MAX_LIMIT);
        }
        LocalDate end = to != null ? to : Timeline.newestDay(counts);
        LocalDate start = end.minusDays(days - 1L);
        Map<String, Long> totals = new HashMap<>();
        String typePart = "|" + type + "|";
        // "<day+1>|" sorts after every key of <day> and is itself never a key, so the range ends at <day>.
        try (KeyValueIterator<String, Long> it = store.range(start + "|", end.plusDays(1) + "|")) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                if (kv.key.startsWith(typePart, 10)) {
                    totals.merge(kv.key.substring(10 + typePart.length()), kv.value, Long::sum);
                }
            }
        }
        List<Entity> top = totals.entrySet().stream()
                .map(e -> new Entity(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Entity::articles).reversed().thenComparing(Entity::name))
                .limit(limit)
                .toList();
        return new TopEntities(type, start, end, days, limit, totals.size(), top);
    }
}
