package newsflow.core.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * What the {@link LineModel} sees of a line: its own shape (length against the page's usual line, capitals, title
 * case, digits and stray marks, how it starts and ends, dateline and wire credit, head shape, furniture) and the
 * shape of the two lines above and below it, and where it stands on the page. Names are features, values 1.
 */
public final class LineFeatures {
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Za-z.' ]{1,30},\\s*(?:[A-Z][A-Za-z. ]{1,20},\\s*)?"
            + "(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s*\\d{1,2}");
    private static final Pattern WIRE = Pattern.compile(
            "(?i)\\(?by (?:the )?(?:associated|united) press|international news service|\\(by [a-z ]+\\)");
    private static final Pattern WHITE = Pattern.compile("\\s+");
    private static final int[] NEIGHBOURS = {-2, -1, 1, 2};
    private static final double DEFAULT_LINE = 30;

    private LineFeatures() {
    }

    /** The features of every line of a page; each line's own shape is worked out once and lent to its neighbours. */
    public static List<Map<String, Double>> of(List<String> lines) {
        double median = medianLength(lines);
        List<List<String>> shapes = new ArrayList<>(lines.size());
        for (String line : lines) {
            shapes.add(shape(line, median));
        }
        List<Map<String, Double>> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Double> f = new HashMap<>();
            f.put("bias", 1.0);
            shapes.get(i).forEach(name -> f.put(name, 1.0));
            for (int d : NEIGHBOURS) {
                int j = i + d;
                if (j < 0 || j >= lines.size()) {
                    f.put(d + ":none", 1.0);
                } else {
                    for (String name : shapes.get(j)) {
                        f.put(d + ":" + name, 1.0);
                    }
                }
            }
            f.put("pos" + bucket((double) i / lines.size(), 0.03, 0.08, 0.5), 1.0);
            out.add(f);
        }
        return out;
    }

    /** The median length of a page's non-blank lines: what a full line of its columns holds. */
    public static double medianLength(List<String> lines) {
        List<Integer> lengths = lines.stream().map(String::strip).filter(s -> !s.isEmpty()).map(String::length)
                .sorted().toList();
        return lengths.isEmpty() ? DEFAULT_LINE : lengths.get(lengths.size() / 2);
    }

    private static List<String> shape(String line, double median) {
        List<String> f = new ArrayList<>();
        String t = line.strip();
        if (t.isEmpty()) {
            f.add("blank");
            return f;
        }
        int letters = 0;
        int upper = 0;
        int digits = 0;
        int other = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (!Character.isWhitespace(c)) {
                other++;
            }
        }
        String[] words = WHITE.split(t);
        int longWords = 0;
        int capitalLong = 0;
        for (String w : words) {
            int latin = 0;
            char first = 0;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (c < 128 && Character.isLetter(c)) {
                    first = latin == 0 ? c : first;
                    latin++;
                }
            }
            if (latin >= 4) {
                longWords++;
                capitalLong += Character.isUpperCase(first) ? 1 : 0;
            }
        }
        f.add("len" + bucket(t.length(), 5, 12, 20, 28, 36, 45, 60));
        f.add("rel" + bucket(t.length() / Math.max(1, median), 0.3, 0.6, 0.85, 1.1, 1.4));
        f.add("caps" + bucket(letters == 0 ? 0 : (double) upper / letters, 0.1, 0.3, 0.6, 0.9));
        f.add("tc" + bucket(longWords == 0 ? -1 : (double) capitalLong / longWords, -0.5, 0.3, 0.7, 0.99));
        f.add("dig" + bucket((double) digits / t.length(), 0.01, 0.1, 0.3));
        f.add("oth" + bucket((double) other / t.length(), 0.03, 0.08, 0.2));
        f.add("words" + bucket(words.length, 1, 2, 4, 7));
        f.add("end" + kindOf(t.charAt(t.length() - 1)));
        f.add("start" + kindOf(t.charAt(0)));
        flag(f, "dateline", DATELINE.matcher(t).find());
        flag(f, "wire", WIRE.matcher(t).find());
        flag(f, "headlike", TextShape.isHeadLike(t));
        flag(f, "allcaps", TextShape.isAllCaps(t));
        flag(f, "furniture", PageFurniture.isNoise(t));
        return f;
    }

    private static String kindOf(char c) {
        if (c == '.' || c == ',' || c == '-') {
            return String.valueOf(c);
        }
        if (Character.isUpperCase(c)) {
            return "A";
        }
        if (Character.isLetter(c)) {
            return "a";
        }
        return Character.isDigit(c) ? "9" : "x";
    }

    static void flag(List<String> f, String name, boolean on) {
        if (on) {
            f.add(name);
        }
    }

    /** Which of the ranges the edges mark {@code v} falls in, as a feature's name ends: "0" below the first. */
    static String bucket(double v, double... edges) {
        int k = 0;
        while (k < edges.length && v > edges[k]) {
            k++;
        }
        return String.valueOf(k);
    }

    /** A line's or item's features as Tribuo's example of {@code label}. */
    static Example<Label> example(Map<String, Double> features, String label) {
        String[] names = features.keySet().toArray(new String[0]);
        double[] values = new double[names.length];
        for (int k = 0; k < names.length; k++) {
            values[k] = features.get(names[k]);
        }
        return new ArrayExample<>(new Label(label), names, values);
    }
}
