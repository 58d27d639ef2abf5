package newsflow.core.eval;

import java.util.Arrays;
import java.util.List;

/**
 * A page's lines or items run together with white space removed, as the scorer compares text, knowing which line or
 * item each character came from: where the gold's strings are found on the page.
 */
final class SquashedText {
    private final String text;
    private final int[] partAt;

    private SquashedText(String text, int[] partAt) {
        this.text = text;
        this.partAt = partAt;
    }

    static SquashedText of(List<String> parts) {
        StringBuilder squashed = new StringBuilder();
        for (String part : parts) {
            squashed.append(GoldEvaluation.squash(part));
        }
        int[] partAt = new int[squashed.length()];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            int length = GoldEvaluation.squash(parts.get(i)).length();
            Arrays.fill(partAt, at, at + length, i);
            at += length;
        }
        return new SquashedText(squashed.toString(), partAt);
    }

    String text() {
        return text;
    }

    /** The line or item the character at {@code position} came from. */
    int partAt(int position) {
        return partAt[position];
    }

    /** Where the last printing of {@code s} that ends before {@code before} starts, or -1. */
    int lastBefore(String s, int before) {
        if (s.isEmpty()) {
            return -1;
        }
        int found = -1;
        for (int p = text.indexOf(s); p >= 0 && p + s.length() <= before; p = text.indexOf(s, p + 1)) {
            found = p;
        }
        return found;
    }
}
