package newsflow.core.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsflow.model.Article;
import newsflow.model.Story;
import newsflow.model.Story.Carrier;
import newsflow.model.Story.Edits;

/**
 * Keeps a story's record up to date as its printings arrive: the canonical opens the story, each duplicate adds a
 * carrier with its edits against the canonical body and the other stories it shows to be this one.
 */
public final class StoryBook {
    private final ArticleDiff diff = new ArticleDiff();

    /** The story opened by a canonical article. */
    public Story open(Article canonical, Instant seen) {
        return new Story(canonical.storyId(), canonical.headline(), canonical.id(), seen,
                List.of(carrier(canonical, 1.0, "canonical", Edits.NONE)), List.of());
    }

    /**
     * The story with one more carrier; {@code story} and {@code canonicalBody} may be null when the canonical is no
     * longer indexed, and then the story is reopened from the duplicate.
     */
    public Story add(Story story, String canonicalBody, Article duplicate, Instant seen) {
        Story base = story != null ? story
                : new Story(duplicate.storyId(), duplicate.headline(), duplicate.duplicateOf(), seen, List.of(), List.of());
        if (base.carriers().stream().anyMatch(c -> c.articleId().equals(duplicate.id()))) {
            return base; // the same record processed again: nothing new
        }
        Edits edits = canonicalBody == null ? Edits.NONE : diff.between(canonicalBody, duplicate.body());
        double similarity = duplicate.similarity() == null ? 0 : duplicate.similarity();
        List<Carrier> carriers = new ArrayList<>(base.carriers());
        carriers.add(carrier(duplicate, similarity, duplicate.kind() == null ? "near" : duplicate.kind().wireName(), edits));
        // the stories this copy shows to be this one stay named on it
        List<String> same = Stream.concat(base.sameStories().stream(), duplicate.sameStories().stream())
                .distinct().toList();
        return new Story(base.storyId(), base.headline(), base.canonicalId(), base.firstSeen(), List.copyOf(carriers), same);
    }

    private static Carrier carrier(Article a, double similarity, String kind, Edits edits) {
        String publication = a.source() == null ? null : a.source().publication();
        String date = a.source() == null ? null : a.source().date();
        return new Carrier(publication, date, a.id(), similarity, kind, edits);
    }
}
