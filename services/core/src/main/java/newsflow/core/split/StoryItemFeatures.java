package newsflow.core.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the {@link StoryOpeningModel} sees of a page's story item (a paragraph or line as the rules classified it):
 * the kind the rules gave it, its length against the page's usual item, how it starts and ends (an item number and
 * whether it counts on from the last, a mark, a bracket, a title in book marks, a date, a credit, a label before a
 * colon), whether a blank line stands before or after it, how many items back the last head stands, and the same of
 * the two items above and the one below. Names are features, values 1.
 */
final class StoryItemFeatures {
    private static final Pattern DATE_START = Pattern.compile("^(?:\\d{4}[-年./]|\\d{1,2}月\\d{1,2}日|\\d{1,2}[-./]\\d{1,2}\\b)");
    /** A short label before a colon that opens the item ("事件一:…", "县域新闻:"). */
    private static final Pattern COLON_LABEL = Pattern.compile("^[^。，,：:]{2,16}[：:]");
    private static final int[] NEIGHBOURS = {-2, -1, 1};

    private StoryItemFeatures() {
    }

    /** The features of each of a page's story items (noise and masthead left out, as the assembler leaves them). */
    static List<Map<String, Double>> of(List<PageItem> items) {
        double median = medianLength(items);
        List<List<String>> shapes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            shapes.add(shape(items, i, median));
        }
        List<Set<String>> bigrams = items.stream().map(item -> bigrams(item.text())).toList();
        List<Map<String, Double>> out = new ArrayList<>(items.size());
        int lastHead = -1;
        for (int i = 0; i < items.size(); i++) {
            Map<String, Double> f = new HashMap<>();
            f.put("bias", 1.0);
            shapes.get(i).forEach(name -> f.put(name, 1.0));
            for (int d : NEIGHBOURS) {
                int j = i + d;
                if (j < 0 || j >= items.size()) {
                    f.put(d + ":none", 1.0);
                } else {
                    for (String name : shapes.get(j)) {
                        f.put(d + ":" + name, 1.0);
                    }
                }
            }
            if (i > 0) {
                // a list's items are set alike, one after another
                f.put("kindAsPrev:" + (items.get(i).kind() == items.get(i - 1).kind()), 1.0);
            }
            f.put("pos" + LineFeatures.bucket((double) i / items.size(), 0.05, 0.2, 0.5, 0.8), 1.0);
            // a paragraph of the same story shares words with the text above it; the next story's shares few (TextTiling)
            f.put("cohAbove" + LineFeatures.bucket(i == 0 ? 0 : shared(bigrams.get(i), bigrams, i - 2, i - 1),
                    0.02, 0.05, 0.1, 0.2, 0.35), 1.0);
            f.put("cohBelow" + LineFeatures.bucket(i + 1 >= items.size() ? 0 : shared(bigrams.get(i + 1), bigrams, i, i),
                    0.02, 0.05, 0.1, 0.2, 0.35), 1.0);
            // a story under a head runs on for paragraphs; far from any head, items are more often stories of their own
            f.put("sinceHead" + (lastHead < 0 ? "none" : LineFeatures.bucket(i - lastHead, 1, 2, 5, 10)), 1.0);
            if (items.get(i).isHead()) {
                lastHead = i;
            }
            out.add(f);
        }
        return out;
    }

    /** The pairs of adjacent letters or digits of a text: its words' trace, in any script. */
    private static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        for (int k = 1; k < text.length(); k++) {
            char a = text.charAt(k - 1);
            char b = text.charAt(k);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
                out.add(text.substring(k - 1, k + 1));
            }
        }
        return out;
    }

    /** The share of {@code these} that items {@code from}..{@code to} hold too. */
    private static double shared(Set<String> these, List<Set<String>> bigrams, int from, int to) {
        if (these.isEmpty()) {
            return 0;
        }
        Set<String> above = new HashSet<>();
        for (int j = Math.max(0, from); j <= to; j++) {
            above.addAll(bigrams.get(j));
        }
        return these.stream().filter(above::contains).count() / (double) these.size();
    }

    private static double medianLength(List<PageItem> items) {
        List<Integer> lengths = items.stream().map(i -> i.text().strip().length()).sorted().toList();
        return lengths.isEmpty() ? 1 : Math.max(1, lengths.get(lengths.size() / 2));
    }

    private static List<String> shape(List<PageItem> items, int i, double median) {
        PageItem item = items.get(i);
        String t = item.text().strip();
        List<String> f = new ArrayList<>();
        f.add("kind" + item.kind());
        if (t.isEmpty()) {
            f.add("empty");
            return f;
        }
        f.add("len" + LineFeatures.bucket(t.length(), 6, 12, 20, 30, 50, 90, 160, 400));
        f.add("rel" + LineFeatures.bucket(t.length() / median, 0.3, 0.6, 0.9, 1.2, 2));
        f.add("end" + endKind(t));
        f.add("stops" + LineFeatures.bucket(count(t, '。') + count(t, '！') + count(t, '？'), 0, 1, 3));
        int number = ArticleAssembler.listNumber(t);
        if (number > 0) {
            f.add("num");
            f.add(number == 1 ? "num1" : "numN");
            LineFeatures.flag(f, "numNext", i > 0 && ArticleAssembler.listNumber(items.get(i - 1).text().strip()) == number - 1);
        }
        LineFeatures.flag(f, "mark", !item.mark().isEmpty());
        LineFeatures.flag(f, "sameMark", !item.mark().isEmpty() && i > 0 && item.mark().equals(items.get(i - 1).mark()));
        LineFeatures.flag(f, "bracket", t.startsWith("【") || t.startsWith("["));
        LineFeatures.flag(f, "book", t.startsWith("《"));
        LineFeatures.flag(f, "paren", t.startsWith("(") || t.startsWith("（"));
        LineFeatures.flag(f, "date", DATE_START.matcher(t).find());
        LineFeatures.flag(f, "colonLabel", COLON_LABEL.matcher(t).find());
        LineFeatures.flag(f, "credit", CreditParser.parseLead(t) != null);
        LineFeatures.flag(f, "furniture", PageFurniture.isNoise(t));
        LineFeatures.flag(f, "headlike", TextShape.isHeadLike(t));
        LineFeatures.flag(f, "cut", TextShape.endsInTeaserCut(t));
        LineFeatures.flag(f, "blankBefore", i == 0 || items.get(i - 1).block() != item.block());
        LineFeatures.flag(f, "blankAfter", i == items.size() - 1 || items.get(i + 1).block() != item.block());
        return f;
    }

    private static String endKind(String t) {
        char c = t.charAt(t.length() - 1);
        if ("。！？!?".indexOf(c) >= 0) {
            return "stop";
        }
        if ("”\"’」』".indexOf(c) >= 0) {
            return "quote";
        }
        if ("：:".indexOf(c) >= 0) {
            return "colon";
        }
        if ("…⋯.".indexOf(c) >= 0) {
            return "dots";
        }
        if (")）]】".indexOf(c) >= 0) {
            return "close";
        }
        if (Character.isDigit(c)) {
            return "9";
        }
        return Character.isLetter(c) ? "w" : "x";
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            n += s.charAt(k) == c ? 1 : 0;
        }
        return n;
    }
}
