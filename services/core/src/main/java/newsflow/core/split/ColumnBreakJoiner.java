package newsflow.core.split;

import java.util.ArrayList;
import java.util.List;
import newsflow.core.text.HanScript;

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
        if (n == 0 || second.isEmpty() || chinese || HanScript.isHan(second.codePointAt(0))) {
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

    /**
     * Joins each text paragraph that ends mid-sentence with the text paragraph after it. An intertitle that a layout
     * set inside a cut sentence is moved after the rejoined paragraph.
     */
    static List<Paragraph> joinBreaks(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        List<Paragraph> held = new ArrayList<>(); // intertitles met inside a cut sentence
        StringBuilder open = null;
        boolean openChinese = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (open != null && p.kind() == Paragraph.Kind.INTERTITLE && continuesAfterIntertitles(paragraphs, i)) {
                held.add(p);
                continue;
            }
            if (open != null && p.isText()) {
                appendHalf(open, openChinese, p.text());
                openChinese |= TextShape.isChinese(p.text());
            } else {
                if (open != null) {
                    close(out, open, held);
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
                close(out, open, held);
                open = null;
            }
        }
        if (open != null) {
            close(out, open, held);
        }
        return out;
    }

    private static void close(List<Paragraph> out, StringBuilder open, List<Paragraph> held) {
        out.add(new Paragraph(open.toString(), Paragraph.Kind.TEXT));
        out.addAll(held);
        held.clear();
    }

    /**
     * Whether the text after the intertitles at {@code i} carries on a cut sentence: it opens in lower case (Latin) or
     * without a capital or quote that starts a sentence; Chinese text after a cut always carries on.
     */
    private static boolean continuesAfterIntertitles(List<Paragraph> paragraphs, int i) {
        int j = i;
        while (j < paragraphs.size() && paragraphs.get(j).kind() == Paragraph.Kind.INTERTITLE) {
            j++;
        }
        if (j >= paragraphs.size() || !paragraphs.get(j).isText()) {
            return false;
        }
        String next = paragraphs.get(j).text();
        int first = next.codePointAt(0);
        return HanScript.isHan(first) || Character.isLowerCase(first);
    }
}
