package newsflow.core.tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Main-topic accuracy of the tagger on labelled headlines: a file of {@code headline<TAB>class id} lines in the
 * THUCNews class scheme (0 finance, 1 realty, 2 stocks, 3 education, 4 science, 5 society, 6 politics, 7 sports,
 * 8 game, 9 entertainment). The tagger sees each headline alone (empty body); a headline counts as right when its
 * first topic is the IPTC topic the team maps its class to ({@link #IPTC_LABEL}). Blank lines, lines starting with
 * {@code #} and lines without a valid class id are skipped and counted.
 *
 * <p>Command line: {@code eval --gold FILE --headlines FILE} ({@link newsflow.core.eval.EvalCommand}) prints
 * per-class and overall accuracy and the most frequent confusions. To inspect mistakes, {@link #evaluate(List, int)}
 * also keeps up to N wrong headlines per class.
 */
public final class HeadlineAccuracy {
    /** THUCNews class names by id. */
    public static final List<String> CLASS_NAME = List.of("finance", "realty", "stocks", "education", "science",
            "society", "politics", "sports", "game", "entertainment");
    /** The team's fixed mapping, class id → IPTC Media Topic label. */
    public static final List<String> IPTC_LABEL = List.of("economy, business and finance",
            "economy, business and finance", "economy, business and finance", "education", "science and technology",
            "society", "politics", "sport", "lifestyle and leisure", "arts, culture, entertainment and media");

    /** The outcome of one run: counts per class, confusions ("class → topic" → count) and skipped lines. */
    public record Result(int[] total, int[] correct, Map<String, Integer> confusions, int skipped,
                         Map<Integer, List<String>> wrongExamples) {
        public int all() {
            int s = 0;
            for (int n : total) {
                s += n;
            }
            return s;
        }

        public int right() {
            int s = 0;
            for (int n : correct) {
                s += n;
            }
            return s;
        }

        public double accuracy() {
            return all() == 0 ? 0 : right() / (double) all();
        }

        /** Accuracy of one class id; NaN when the file had none of it. */
        public double accuracy(int classId) {
            return total[classId] == 0 ? Double.NaN : correct[classId] / (double) total[classId];
        }

        /** Per class name, in class order: the classes the file holds. */
        public Map<String, Double> perClass() {
            Map<String, Double> out = new LinkedHashMap<>();
            for (int c = 0; c < total.length; c++) {
                if (total[c] > 0) {
                    out.put(CLASS_NAME.get(c), accuracy(c));
                }
            }
            return out;
        }

        /** The report: accuracy per class and overall, the commonest confusions, and any wrong examples kept. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            for (int c = 0; c < total.length; c++) {
                if (total[c] > 0) {
                    out.add(String.format(Locale.ROOT, "%-14s %.3f (%d/%d)", CLASS_NAME.get(c), accuracy(c), correct[c], total[c]));
                }
            }
            out.add(String.format(Locale.ROOT, "overall        %.3f (%d/%d)%s", accuracy(), right(), all(),
                    skipped > 0 ? "; " + skipped + " line(s) skipped" : ""));
            confusions.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(15)
                    .forEach(e -> out.add("  " + e.getKey() + ": " + e.getValue()));
            wrongExamples.forEach((c, l) -> l.forEach(x -> out.add("  [" + CLASS_NAME.get(c) + "] " + x)));
            return out;
        }
    }

    private final ArticleTagger tagger;

    public HeadlineAccuracy(ArticleTagger tagger) {
        this.tagger = tagger;
    }

    public Result evaluate(Path file) throws IOException {
        return evaluate(Files.readAllLines(file, StandardCharsets.UTF_8), 0);
    }

    /** Evaluates {@code headline<TAB>class id} lines; keeps up to {@code examples} wrong headlines per class. */
    public Result evaluate(List<String> lines, int examples) {
        int n = CLASS_NAME.size();
        int[] total = new int[n], correct = new int[n];
        Map<String, Integer> confusions = new TreeMap<>();
        Map<Integer, List<String>> wrong = new TreeMap<>();
        int skipped = 0;
        for (String line : lines) {
            int tab = line.lastIndexOf('\t');
            if (line.isBlank() || line.startsWith("#") || tab <= 0) {
                skipped += line.isBlank() ? 0 : 1;
                continue;
            }
            int c;
            try {
                c = Integer.parseInt(line.substring(tab + 1).strip());
            } catch (NumberFormatException e) {
                skipped++;
                continue;
            }
            if (c < 0 || c >= n) {
                skipped++;
                continue;
            }
            String headline = line.substring(0, tab);
            Tags t = tagger.tag(headline, "");
            String got = t.topics().isEmpty() ? "(none)" : t.topics().get(0).label();
            total[c]++;
            if (got.equals(IPTC_LABEL.get(c))) {
                correct[c]++;
            } else {
                confusions.merge(CLASS_NAME.get(c) + " → " + got, 1, Integer::sum);
                List<String> l = wrong.computeIfAbsent(c, k -> new ArrayList<>());
                if (l.size() < examples) {
                    l.add(headline + "  → " + t.topics().stream().map(x -> x.label()).toList());
                }
            }
        }
        wrong.values().removeIf(List::isEmpty);
        return new Result(total, correct, confusions, skipped, wrong);
    }
}
