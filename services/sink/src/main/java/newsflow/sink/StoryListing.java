package newsflow.sink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsflow.model.Story;
import newsflow.model.StoryGroups;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** One page of stories for {@code GET /api/stories}: newest first, or most carried first. */
record StoryListing(long total, int offset, int limit, String sort, List<Story> stories) {
    static final int MAX_LIMIT = 200;

    static StoryListing of(ReadOnlyKeyValueStore<String, Story> store, String sort, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit between 1 and " + MAX_LIMIT);
        }
        Comparator<Story> order = switch (sort) {
            case "latest" -> Comparator.comparing((Story s) -> s.firstSeen() == null ? Instant.EPOCH : s.firstSeen()).reversed();
            case "carriers" -> Comparator.comparing((Story s) -> s.carriers().size()).reversed()
                    .thenComparing(s -> s.firstSeen() == null ? Instant.EPOCH : s.firstSeen(), Comparator.reverseOrder());
            default -> throw new IllegalArgumentException("sort must be 'latest' or 'carriers'");
        };
        List<Story> all = new ArrayList<>();
        try (KeyValueIterator<String, Story> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, Story> kv = it.next();
                all.add(kv.value);
            }
        }
        all = new ArrayList<>(StoryGroups.fold(all));       // stories a copy showed to be one are listed as one
        all.sort(order.thenComparing(Story::storyId));
        List<Story> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        return new StoryListing(all.size(), offset, limit, sort, List.copyOf(page));
    }
}
