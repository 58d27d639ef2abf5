package newsflow.sink;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import newsflow.model.Article;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Counts, per day ({@link ArticleDay}), the unique articles naming each person, place and organisation, in
 * {@link SinkStores#ENTITY_DAYS} under {@code <day>|<type>|<entity>}. An entity named twice in one article counts
 * once. Duplicates are not counted: they carry their canonical's tags, so a reprinted wire story counts once.
 *
 * <p>Bounded: every {@link #TRIM_EVERY} (wall clock) the days more than {@link #RETENTION_DAYS} before the newest day
 * in the store are deleted. The reference is the newest day counted, not today, so an archive replayed years later
 * still shows its entities.
 */
final class EntityCounter implements Processor<String, Article, Void, Void> {
    static final int RETENTION_DAYS = 60;
    static final Duration TRIM_EVERY = Duration.ofMinutes(5);
    static final List<String> TYPES = List.of("people", "places", "organizations");

    private KeyValueStore<String, Long> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(SinkStores.ENTITY_DAYS);
        context.schedule(TRIM_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> trim());
    }

    @Override
    public void process(Record<String, Article> record) {
        Article a = record.value();
        if (a == null) {
            return;
        }
        LocalDate day = ArticleDay.of(a, record.timestamp());
        count(day, "people", a.people());
        count(day, "places", a.places());
        count(day, "organizations", a.organizations());
    }

    private void count(LocalDate day, String type, List<String> names) {
        if (names == null) {
            return;
        }
        for (String name : new LinkedHashSet<>(names)) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String key = key(day, type, name.strip());
            Long n = store.get(key);
            store.put(key, n == null ? 1L : n + 1);
        }
    }

    static String key(LocalDate day, String type, String entity) {
        return day + "|" + type + "|" + entity;
    }

    /** Deletes every day more than {@link #RETENTION_DAYS} before the newest day in the store. */
    void trim() {
        LocalDate newest;
        try (KeyValueIterator<String, Long> last = store.reverseAll()) {
            if (!last.hasNext()) {
                return;
            }
            newest = LocalDate.parse(last.next().key.substring(0, 10));
        }
        LocalDate keepFrom = newest.minusDays(RETENTION_DAYS - 1);
        List<String> drop = new ArrayList<>();
        try (KeyValueIterator<String, Long> old = store.range(null, keepFrom + "|")) {
            while (old.hasNext()) {
                drop.add(old.next().key);
            }
        }
        drop.forEach(store::delete);
    }
}
