package newsflow.processor.split;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins text that a column break cut in two: a paragraph that stops mid-sentence goes on in the next one. Chinese
 * halves meet without a space, Latin words keep theirs, and a word hyphenated at the break is made whole again.
 */
final class ColumnBreakJoiner {

    private ColumnBreakJoiner() {
    }

    static boolean endsCut(String paragraph) {
        return !TextShape.endsSentence(paragraph);
    }

    /**
     * Glues the second half of a cut sentence onto the first, in place so that a run of many cut lines joins in
     * linear time. {@code chinese} tells whether the text so far is Chinese.
     */
    static void appendHalf(StringBuilder first, boolean chinese, String second) {
        int n = first.length();
        if (n == 0 || second.isEmpty() || chinese || TextShape.isHan(second.codePointAt(0))) {
            first.append(second);
            return;
        }
        if (first.charAt(n - 1) == '-' && n >= 2 && TextShape.isLatinLetter(first.charAt(n - 2))) {
            // "de-" + "bate" was one word split at the line end; "Anglo-" + "Saxon" keeps its hyphen
            if (Character.isLowerCase(second.charAt(0))) {
                first.setLength(n - 1);
            }
            first.append(second);
            return;
        }
        first.append(' ').append(second);
    }

    /** Joins each text paragraph that ends mid-sentence with the text paragraph after it. */
    static List<Paragraph> joinBreaks(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        StringBuilder open = null;
        boolean openChinese = false;
        for (Paragraph p : paragraphs) {
            if (open != null && p.isText()) {
                appendHalf(open, openChinese, p.text());
                openChinese |= TextShape.isChinese(p.text());
            } else {
                if (open != null) {
                    out.add(new Paragraph(open.toString(), Paragraph.Kind.TEXT));
                    open = null;
                }
                if (!p.isText()) {
                    out.add(p);
                    continue;
                }
                open = new StringBuilder(p.text());
                openChinese = TextShape.isChinese(p.text());
            }
            if (!endsCut(p.text())) {
                out.add(new Paragraph(open.toString(), Paragraph.Kind.TEXT));
                open = null;
            }
        }
        if (open != null) {
            out.add(new Paragraph(open.toString(), Paragraph.Kind.TEXT));
        }
        return out;
    }
}
