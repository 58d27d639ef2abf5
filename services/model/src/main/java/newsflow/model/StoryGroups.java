package newsflow.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stories known to be one: each story id joined to the ones an article showed to be the same story
 * ({@link Story#sameStories}, {@link Article#sameStories}). A story may be tied to several, and they to others: the
 * groups are the connected sets of those ties.
 */
public final class StoryGroups {
    private final Map<String, String> parent = new HashMap<>();

    /** Records that two stories are one. */
    public void join(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            // the lesser id leads, so the same ties give the same groups in any order
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    /** The id that stands for the story's group (the story's own when it is tied to none). */
    public String find(String id) {
        String root = id;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        for (String at = id; !at.equals(root); ) {      // shorten the path for the next look-up
            String next = parent.get(at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }

    /**
     * The stories with each group folded into one: the first seen of the group leads (its id, headline and canonical),
     * the carriers of all follow, each once, and {@code sameStories} names the others of the group.
     */
    public static List<Story> fold(Collection<Story> stories) {
        StoryGroups groups = new StoryGroups();
        for (Story s : stories) {
            s.sameStories().forEach(other -> groups.join(s.storyId(), other));
        }
        Map<String, List<Story>> byGroup = new LinkedHashMap<>();
        for (Story s : stories) {
            byGroup.computeIfAbsent(groups.find(s.storyId()), k -> new ArrayList<>()).add(s);
        }
        List<Story> out = new ArrayList<>(byGroup.size());
        Comparator<Story> firstSeenFirst = Comparator.comparing((Story s) -> s.firstSeen() == null ? Instant.MAX : s.firstSeen())
                .thenComparing(Story::storyId);
        for (List<Story> group : byGroup.values()) {
            if (group.size() == 1) {
                out.add(group.get(0));
                continue;
            }
            group.sort(firstSeenFirst);
            Story lead = group.get(0);
            Map<String, Story.Carrier> carriers = new LinkedHashMap<>();
            Set<String> others = new LinkedHashSet<>();
            for (Story s : group) {
                s.carriers().forEach(c -> carriers.putIfAbsent(c.articleId(), c));
                if (s != lead) {
                    others.add(s.storyId());
                }
            }
            out.add(new Story(lead.storyId(), lead.headline(), lead.canonicalId(), lead.firstSeen(),
                    List.copyOf(carriers.values()), List.copyOf(others)));
        }
        return out;
    }
}
