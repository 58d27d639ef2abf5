package newsflow.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.core.page.PageReader;
import newsflow.core.split.PageSplitter;
import newsflow.core.split.SplitArticle;
import newsflow.model.Json;
import org.jsoup.Jsoup;

/**
 * Scores body extraction from web pages as the public article-extraction benchmark scores it (scrapinghub's
 * {@code evaluate.py}): the words of the body a page gives (every article's body, joined) and of the body the
 * benchmark keeps, as 4-word shingles counted with their repeats (tokens {@code \w+}; a text of fewer than four
 * words is one shingle); per page, precision is the share of the given shingles that the kept body holds and recall
 * the share of the kept shingles that are given; precision is averaged over the pages that give something, recall
 * over the pages that keep something, and F1 is taken of the two averages. A page that gives nothing counts in
 * recall only (0); two empty bodies score 1.
 *
 * <p>The set is a folder of pages, each a folder with {@code source.html} (the page as saved) and
 * {@code expected.html} (the body to keep), and {@code split.json} naming the pages of each half.
 */
public final class WebExtractionEvaluation {

    /** One page's score (NaN where the page gives, or keeps, nothing to score), and the CPU time reading it took. */
    public record PageScore(String page, double precision, double recall, long cpuNanos) {
    }

    /** A half's pages, their mean precision and recall, and the F1 of the two. */
    public record Result(List<PageScore> pages, double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        public String scoreLine() {
            double cpu = pages.stream().mapToLong(PageScore::cpuNanos).sum() / 1e6 / Math.max(1, pages.size());
            return String.format(Locale.ROOT, "WEB SCORE F1 %.3f (precision %.3f, recall %.3f) over %d pages, %.1f ms CPU a page",
                    f1(), precision, recall, pages.size(), cpu);
        }
    }

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private final PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
    private final PageSplitter splitter;

    public WebExtractionEvaluation(PageSplitter splitter) {
        this.splitter = splitter;
    }

    /** Scores the pages of one half ({@code train} or {@code heldout}) of the set in {@code dir}. */
    public Result evaluate(Path dir, String half) throws IOException {
        JsonNode split = Json.MAPPER.readTree(Files.readString(dir.resolve("split.json"), StandardCharsets.UTF_8));
        if (!split.path(half).isArray()) {
            throw new IOException(dir.resolve("split.json") + ": no half \"" + half + "\"");
        }
        List<PageScore> pages = new ArrayList<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (JsonNode name : split.get(half)) {
            Path page = dir.resolve(name.asText());
            String html = Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8);
            String kept = Jsoup.parse(Files.readString(page.resolve("expected.html"), StandardCharsets.UTF_8)).text();
            long start = cpu.getCurrentThreadCpuTime();
            String body = body(html);
            long spent = cpu.getCurrentThreadCpuTime() - start;
            double[] pr = precisionRecall(kept, body);
            pages.add(new PageScore(name.asText(), pr[0], pr[1], spent));
        }
        double p = pages.stream().mapToDouble(PageScore::precision).filter(x -> !Double.isNaN(x)).average().orElse(0);
        double r = pages.stream().mapToDouble(PageScore::recall).filter(x -> !Double.isNaN(x)).average().orElse(0);
        return new Result(List.copyOf(pages), p, r);
    }

    /** The bodies of every article the pipeline cuts from a page of HTML, joined. */
    String body(String html) {
        StringBuilder out = new StringBuilder();
        for (SplitArticle a : GoldEvaluation.splitHtml(reader, splitter, html).articles()) {
            out.append(a.body()).append('\n');
        }
        return out.toString();
    }

    /** Precision and recall of a page's body against the kept body, by shingles with their counts. */
    static double[] precisionRecall(String kept, String given) {
        Map<String, Integer> want = shingles(kept);
        Map<String, Integer> got = shingles(given);
        int both = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            both += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        int gotAll = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantAll = want.values().stream().mapToInt(Integer::intValue).sum();
        if (gotAll == 0 && wantAll == 0) {
            return new double[] {1, 1};
        }
        double precision = gotAll == 0 ? Double.NaN : (double) both / gotAll;
        double recall = wantAll == 0 ? Double.NaN : (double) both / wantAll;
        return new double[] {precision, recall};
    }

    static Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        if (!words.isEmpty() && words.size() < SHINGLE) {
            out.put(String.join(" ", words), 1);
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.merge(String.join(" ", words.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }
}
