package newsflow.model;

import java.time.Instant;
import java.util.List;

/**
 * One story on the compacted topic {@code news.stories}: its canonical headline and article, when it was first seen,
 * every paper that carried it, with what each changed against the canonical text, and the other stories that a later
 * copy showed to be this one ({@code sameStories}: copies cut to different parts of a story, which share too little to
 * be linked, until a copy holding both parts came; {@link StoryGroups} folds them into one).
 */
public record Story(String storyId, String headline, String canonicalId, Instant firstSeen, List<Carrier> carriers,
                    List<String> sameStories) {
    public Story {
        sameStories = sameStories == null ? List.of() : List.copyOf(sameStories);
    }

    /** One printing of the story. {@code kind} is {@code canonical}, {@code near} or {@code exact}. */
    public record Carrier(String publication, String date, String articleId, double similarity, String kind, Edits edits) {
    }

    /**
     * What a carrier changed against the canonical body, counted in sentences, with a few examples of the changed
     * wording ({@code type} is {@code change}, {@code insert} or {@code delete}).
     */
    public record Edits(int changed, int inserted, int deleted, List<Edit> examples) {
        public static final Edits NONE = new Edits(0, 0, 0, List.of());
    }

    public record Edit(String type, String from, String to) {
    }
}
