package newsflow.core.hostile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsflow.core.split.SplitArticle;
import newsflow.core.split.SplitPage;

/**
 * Checks that the splitter invents no text: every line of an article's text fields comes from the page.
 *
 * <p>What the splitter may do to the page's text, and so what the check allows: change and collapse white space
 * (spaces, odd spaces, line breaks), drop control and zero-width characters, strip decorations at the edges of a
 * line ({@code #} heading marks, bullets, {@code **bold**} around a whole line, a hyphen at a line end), and join
 * lines in reading order: a paragraph cut by a column break with the next, a lead-in headline with the main head, a
 * caption with its photo credit on the next line. It never reorders text, never repeats it, never makes it up.
 *
 * <p>The check: squash the page into its lines with white space, control and zero-width characters removed
 * ({@code L1 … Ln}, empty lines left out), and squash each paragraph of a field (the body split at {@code \n}; each
 * other field whole) the same way into {@code q}. The paragraph passes when {@code q = p1 p2 … pk} where each piece
 * {@code pj} is a substring of one line {@code L(ij)} with {@code i1 < i2 < … < ik}: pieces of distinct lines, in
 * page order. This is sound for what the splitter is allowed to do (every operation above keeps each line's
 * contribution a contiguous substring of that line, one piece per line, in order) and catches what it must not:
 * text that is in no line ("null", a made-up word), text repeated (a second copy needs a later line holding it),
 * text reordered across lines, and text moved or spliced within a line (a piece is a contiguous substring of its
 * line, and one line gives at most one piece). Its blind spots: white space (squashed away: a space added or lost
 * is not seen), a later line that happens to hold the same characters (a repeat of a line printed twice on the page
 * passes), and drops: text left out is not invented, and losing text is the gold tests' business. Depth of the
 * search is bounded by the number of lines, since each piece takes a later line.
 *
 * <p>Cost: a search over (position in q, last line used) with memo of the least line that failed from a position,
 * so at most |q| × n states, each a longest-match by binary search over substrings (factor-closed, so the longest
 * match decides all shorter ones). Meant for fuzz-sized pages (a few thousand characters) and the seed pages.
 */
public final class TextProvenance {
    private final List<String> lines;

    private TextProvenance(List<String> lines) {
        this.lines = lines;
    }

    /** The page text as the splitter received it. */
    public static TextProvenance of(String pageText) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= pageText.length(); i++) {
            char c = i < pageText.length() ? pageText.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
            } else if (kept(c)) {
                current.append(c);
            }
        }
        return new TextProvenance(lines);
    }

    /** The text with everything gone that the splitter may drop or change anywhere: white space, controls, zero widths. */
    public static String squash(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (kept(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean kept(char c) {
        return !(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF');
    }

    /** The first paragraph of any text field of the page's articles that is not made of the page's lines, or null. */
    public String invented(SplitPage split) {
        for (SplitArticle a : split.articles()) {
            List<String> fields = new ArrayList<>();
            fields.add(a.headline());
            fields.add(a.kicker());
            fields.add(a.subheadline());
            fields.add(a.byline());
            if (a.body() != null) {
                fields.addAll(Arrays.asList(a.body().split("\n")));
            }
            fields.addAll(a.captions());
            for (String f : fields) {
                if (f != null && !isMadeOfLines(f)) {
                    return "article " + a.ordinal() + ": " + f;
                }
            }
        }
        return null;
    }

    /** Whether the squashed fragment is pieces of distinct lines of the page, in page order. */
    public boolean isMadeOfLines(String fragment) {
        String q = squash(fragment);
        if (q.isEmpty()) {
            return true;
        }
        int[] failedFrom = new int[q.length()];
        Arrays.fill(failedFrom, Integer.MAX_VALUE);
        return search(q, 0, -1, failedFrom);
    }

    private boolean search(String q, int pos, int lastLine, int[] failedFrom) {
        if (pos == q.length()) {
            return true;
        }
        if (lastLine >= failedFrom[pos]) {
            return false; // from here with an earlier line it failed already; a later one can only do worse
        }
        for (int m = lastLine + 1; m < lines.size(); m++) {
            int longest = longestMatch(q, pos, lines.get(m));
            for (int len = longest; len >= 1; len--) {
                if (search(q, pos + len, m, failedFrom)) {
                    return true;
                }
            }
        }
        failedFrom[pos] = Math.min(failedFrom[pos], lastLine);
        return false;
    }

    /** The length of the longest prefix of q[pos..] that occurs in line. */
    private static int longestMatch(String q, int pos, String line) {
        int lo = 0;
        int hi = Math.min(q.length() - pos, line.length());
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (line.contains(q.substring(pos, pos + mid))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
