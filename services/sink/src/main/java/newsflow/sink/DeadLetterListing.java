package newsflow.sink;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@code GET /api/dead-letters?limit=20}: the newest dead letters first. {@code kept} is how many the store holds
 * (each DLQ partition keeps its newest {@link DeadLetterLog#KEEP}); the total ever received is {@code deadLetters} in
 * {@code /api/counts}.
 */
record DeadLetterListing(int limit, long kept, List<DeadLetter> deadLetters) {
    static final int MAX_LIMIT = DeadLetterLog.KEEP;

    static DeadLetterListing of(ReadOnlyKeyValueStore<String, DeadLetter> store, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT);
        }
        // One store per DLQ partition, read in turn: gather (bounded by KEEP per partition), then take the newest.
        List<KeyValue<String, DeadLetter>> all = new ArrayList<>();
        try (KeyValueIterator<String, DeadLetter> it = store.all()) {
            it.forEachRemaining(all::add);
        }
        all.sort((a, b) -> b.key.compareTo(a.key));
        return new DeadLetterListing(limit, all.size(),
                all.stream().limit(limit).map(kv -> kv.value).toList());
    }
}
