package newsflow.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import newsflow.core.split.StoryOpeningModel;
import newsflow.core.split.StoryOpeningModel.Role;

/**
 * The role of each story item of a gold page, for training the {@link StoryOpeningModel}: an article's first item
 * (the last printing of its headline or kicker above its body start, else the item its body starts in), its items up
 * to the one its body ends in, and no story's for every other item (the gold is exhaustive). Strings are found with
 * white space removed, as the scorer compares them; a body start is found with or without its list mark or number.
 */
final class GoldStoryOpenings {
    private GoldStoryOpenings() {
    }

    /** The roles, or null when an article's body start is not among the items (the page cannot teach the model). */
    static List<Role> of(JsonNode page, StoryOpeningModel.Items items) {
        SquashedText squashed = SquashedText.of(items.texts());
        String text = squashed.text();
        Role[] roles = new Role[items.texts().size()];
        Arrays.fill(roles, Role.OUT);
        boolean[] opens = new boolean[roles.length];
        for (JsonNode article : page.path("articles")) {
            int start = bodyStart(text, GoldEvaluation.squash(article.path("body_starts").asText()));
            if (start < 0) {
                return null;
            }
            String ends = GoldEvaluation.squash(article.path("body_ends").asText());
            int end = ends.isEmpty() ? -1 : text.indexOf(ends, start);
            int last = end < 0 ? start : end + ends.length() - 1;
            int first = squashed.partAt(start);
            boolean headed = false;
            for (String field : List.of("title", "kicker")) {
                int at = squashed.lastBefore(GoldEvaluation.squash(article.path(field).asText()), start);
                if (at >= 0) {
                    headed = true;
                    first = Math.min(first, squashed.partAt(at));
                }
            }
            for (int i = first; i <= squashed.partAt(last); i++) {
                roles[i] = opens[i] ? roles[i] : Role.IN;   // a story's head may stand inside a story it interrupts
            }
            roles[first] = headed ? Role.OPENS_HEAD : Role.OPENS_TEXT;
            opens[first] = true;
        }
        return List.of(roles);
    }

    private static int bodyStart(String text, String starts) {
        int at = starts.isEmpty() ? -1 : text.indexOf(starts);
        if (at < 0 && !starts.isEmpty()) {
            String bare = starts.replaceFirst("^(?:[^\\p{L}\\p{N}]|\\d{1,2}[.、．])+", "");
            at = bare.length() >= 4 ? text.indexOf(bare) : -1;
        }
        return at;
    }
}
