package newsflow.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsflow.core.split.LineLabel;
import newsflow.core.split.LineModel;

/**
 * The label of each line of a gold page, for training the {@link LineModel}: the lines of each article's headline
 * (its first line the article's start), its decks, and its body from the line of {@code body_starts} to the line of
 * {@code body_ends}; an article without a headline starts at its first body line; every other line is noise (the
 * gold is exhaustive). Strings are found with white space removed, as the scorer compares them; a headline or deck is
 * the last printing of it above its body.
 */
public final class GoldLineLabels {
    private GoldLineLabels() {
    }

    public static LineModel.LabelledPage of(JsonNode page, List<String> lines) {
        SquashedText squashed = SquashedText.of(lines);
        String text = squashed.text();
        LineLabel[] labels = new LineLabel[lines.size()];
        Arrays.fill(labels, LineLabel.NOISE);
        List<int[]> heads = new ArrayList<>();   // {first line, last line, body start line} of each titled article
        List<int[]> decks = new ArrayList<>();
        List<Integer> untitled = new ArrayList<>();
        for (JsonNode article : page.path("articles")) {
            String starts = GoldEvaluation.squash(article.path("body_starts").asText());
            int start = starts.isEmpty() ? -1 : text.indexOf(starts);
            if (start < 0) {
                continue;
            }
            String ends = GoldEvaluation.squash(article.path("body_ends").asText());
            int end = text.indexOf(ends, start);
            int last = end < 0 || ends.isEmpty() ? start + starts.length() - 1 : end + ends.length() - 1;
            for (int i = squashed.partAt(start); i <= squashed.partAt(last); i++) {
                labels[i] = LineLabel.BODY;
            }
            int[] title = lastBefore(squashed, GoldEvaluation.squash(article.path("title").asText()), start);
            if (title == null) {
                untitled.add(squashed.partAt(start));
            } else {
                heads.add(title);
            }
            for (JsonNode deck : article.path("decks")) {
                int[] d = lastBefore(squashed, GoldEvaluation.squash(deck.asText()), start);
                if (d != null) {
                    decks.add(d);
                }
            }
        }
        // heads over bodies: a story's head may stand inside the span of a story it interrupts
        for (int[] d : decks) {
            Arrays.fill(labels, d[0], d[1] + 1, LineLabel.DECK);
        }
        for (int[] h : heads) {
            Arrays.fill(labels, h[0], h[1] + 1, LineLabel.HEAD);
            labels[h[0]] = LineLabel.HEAD_START;
        }
        for (int u : untitled) {
            labels[u] = LineLabel.UNTITLED_START;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                labels[i] = LineLabel.NOISE;
            }
        }
        return new LineModel.LabelledPage(lines, List.of(labels));
    }

    /** The lines {first, last} of the last printing of {@code s} that ends before {@code before}, or null. */
    private static int[] lastBefore(SquashedText squashed, String s, int before) {
        int found = squashed.lastBefore(s, before);
        return found < 0 ? null : new int[] {squashed.partAt(found), squashed.partAt(found + s.length() - 1)};
    }
}
