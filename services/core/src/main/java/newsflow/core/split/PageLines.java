package newsflow.core.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.core.text.HanScript;

/**
 * A page cut into its non-blank lines, cleaned of control characters and odd spaces. Each line keeps its markdown
 * heading level (0 for plain text) and the number of the blank-line separated block it stands in, since a line
 * wrapped inside a block reads differently from one standing alone.
 */
final class PageLines {

    /** One non-blank line of the page; {@code image} marks a markdown image line, whose text is its caption. */
    record Line(int block, int level, String text, boolean image, String mark) {
        Line(int block, int level, String text) {
            this(block, level, text, false, "");
        }
    }

    private static final int MAX_HEADING_LEVEL = 6;
    /** Bullets set before a byline or head ("■本报记者 X") and markdown bold around a whole line only decorate it. */
    private static final Pattern BULLET = Pattern.compile("^[■●◆□▲★▶►◎○◇△▼※•▌§·・‧]+\\s*");
    private static final Pattern BOLD = Pattern.compile("^\\*\\*(.+)\\*\\*$");
    /** A markdown image standing alone, {@code ![caption](src)}: HtmlToText writes figures so. */
    private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)\\]\\([^()\\s]*(?:\\s+\"[^\"]*\")?\\)$");

    private PageLines() {
    }

    static List<Line> read(String pageText) {
        List<Line> lines = new ArrayList<>();
        if (pageText == null) {
            return lines;
        }
        int block = 0;
        boolean blankSince = false;
        int indent = 0; // the width of the white space that opens the current line
        boolean started = false;
        StringBuilder current = new StringBuilder();
        int n = pageText.length();
        int gap = 0;    // spaces in a row inside the line
        for (int i = 0; i <= n; i++) {
            char c = i < n ? pageText.charAt(i) : '\n';
            if (started && (c == ' ' || c == '\u00A0' || c == '\u3000')) {
                gap++;
            } else if (started && gap >= 2 && endsParagraph(current, c, gap)) {
                // an archive sets a page's paragraphs on one line, apart by a wide gap: each is a line of its own
                String raw = current.toString().trim();
                if (!raw.isEmpty()) {
                    lines.add(line(block, raw));
                }
                current.setLength(0);
                gap = 0;
            } else {
                gap = 0;
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                boolean indented = indent >= 2;
                indent = 0;
                started = false;
                String raw = current.toString().trim();
                current.setLength(0);
                if (raw.isEmpty()) {
                    blankSince = true;
                } else {
                    // an indented line starts a paragraph, as a blank line does
                    if ((blankSince || indented) && !lines.isEmpty()) {
                        block++;
                    }
                    blankSince = false;
                    lines.add(line(block, raw));
                }
                if (c == '\r' && i + 1 < n && pageText.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            if (!started) {
                if (c == ' ' || c == '\u00A0') {
                    indent++;
                } else if (c == '\t' || c == '\u3000') {
                    indent += 2;
                } else {
                    started = true;
                }
            }
            appendClean(current, c);
        }
        return lines;
    }

    /** Spaces in a row inside a line that part two paragraphs where a sentence ends or a credit opens. */
    private static final int PARAGRAPH_GAP = 3;
    private static final int MIN_PARAGRAPH_BEFORE_GAP = 20;

    /**
     * Whether a gap of {@code gap} spaces after {@code text} and before {@code next} parts paragraphs of Chinese text:
     * a wide one where a sentence ends or a credit opens, or between Han characters; two spaces after a stop.
     */
    private static boolean endsParagraph(StringBuilder text, char next, int gap) {
        int end = text.length() - 1;
        while (end >= 0 && text.charAt(end) == ' ') {
            end--;
        }
        if (end < 0 || !HanScript.isHan(next) && next != '【') {
            return false;
        }
        char last = text.charAt(end);
        boolean stop = "。！？”」』".indexOf(last) >= 0;
        // between two Han characters only after a paragraph's worth of text: "本报记者   张三" is one credit
        return gap >= PARAGRAPH_GAP ? stop || next == '【' || HanScript.isHan(last) && end >= MIN_PARAGRAPH_BEFORE_GAP : stop;
    }

    /** Odd spaces become plain ones (collapsed), control and zero-width characters go. */
    private static void appendClean(StringBuilder b, char c) {
        boolean space = c == '\t' || c == ' ' || c == '\u00A0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F' || c == '\u205F';
        if (space) {
            if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
            return;
        }
        if (Character.isISOControl(c) || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
            return;
        }
        b.append(c);
    }

    private static Line line(int block, String printed) {
        Matcher image = IMAGE.matcher(printed);
        if (image.matches()) {
            return new Line(block, 0, image.group(1).strip(), true, "");
        }
        String raw = undecorated(printed);
        if (raw.isEmpty()) {
            raw = printed;
        }
        int level = 0;
        while (level < raw.length() && raw.charAt(level) == '#') {
            level++;
        }
        if (level == 0 || level > MAX_HEADING_LEVEL || level == raw.length() || raw.charAt(level) != ' ') {
            Matcher mark = BULLET.matcher(printed);
            return new Line(block, 0, raw, false, mark.lookingAt() && raw != printed ? mark.group().strip() : "");
        }
        String text = raw.substring(level).trim();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        text = undecorated(text.substring(0, end));
        return text.isEmpty() ? new Line(block, 0, raw) : new Line(block, level, text);
    }

    /** Whether a text opens with a list mark ("■", "△"). */
    static boolean startsWithMark(String text) {
        return BULLET.matcher(text).lookingAt();
    }

    private static String undecorated(String text) {
        String t = BULLET.matcher(text).replaceFirst("");
        return BOLD.matcher(t).replaceFirst("$1").strip();
    }
}
