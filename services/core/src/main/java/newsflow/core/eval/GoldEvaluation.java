package newsflow.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsflow.core.page.PageReader;
import newsflow.core.page.RejectedPageException;
import newsflow.core.split.PageSplitter;
import newsflow.core.split.SplitArticle;
import newsflow.core.split.SplitPage;
import newsflow.core.tag.ArticleTagger;
import newsflow.core.tag.Tags;
import newsflow.model.Dateline;
import newsflow.model.Topic;

/**
 * Scores the splitter (and, when given one, the tagger) on hand-made gold: the pages of a gold file in the format of
 * {@code seeds-gold.json}, each split as the pipeline would (an HTML page through {@link PageReader} first), each gold
 * article checked as the team's {@code score_gold.py} checks it: the one article holding its body start, where the
 * body starts and ends, headline, kicker, subheadline, byline and the names it must hold, dateline place, wire,
 * column-break joins, text printed twice held once, no other article's text, page noise left out, the page's
 * publication and date; with a tagger also its main topic, entity recall over all articles (goal 0.90) and junk
 * entities. Dedup is not scored here. Where the gold is exhaustive (the default), each page's article count is
 * checked too. Articles are matched on their own page.
 *
 * <p>A page's publication and date are what the page prints; where it prints none, those a {@code catalog.json} in
 * the pages folder gives for the file (what a feed sends with the page), as the pipeline does.
 */
public final class GoldEvaluation {

    /** One check: its name (what was checked, for a line of output), whether it passed, and what was found. */
    public record Check(String name, boolean passed, String detail) {
        /** The check as a line: {@code ok   name (detail)} or {@code FAIL name (detail)}. */
        public String line() {
            return (passed ? "ok   " : "FAIL ") + name + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    /** The checks of one gold article, by its gold id and page file. */
    public record ArticleResult(String id, String file, List<Check> checks) {
        public boolean passed() {
            return checks.stream().allMatch(Check::passed);
        }
    }

    /**
     * All results: per page (article counts), per article, and over the whole gold (entities); {@code entityRecall}
     * is null when no tagger ran, {@code entityPrecision} also when the gold does not list every entity.
     */
    public record Result(List<Check> pageChecks, List<ArticleResult> articles, List<Check> overallChecks,
            Double entityRecall, Double entityPrecision) {
        public List<Check> checks() {
            List<Check> all = new ArrayList<>(pageChecks);
            articles.forEach(a -> all.addAll(a.checks()));
            all.addAll(overallChecks);
            return all;
        }

        public int passed() {
            return (int) checks().stream().filter(Check::passed).count();
        }

        public int total() {
            return checks().size();
        }

        public boolean allPassed() {
            return passed() == total();
        }

        /** {@code SCORE n/m checks passed[, entity recall r[, entity precision p]]}. */
        public String scoreLine() {
            return "SCORE " + passed() + "/" + total() + " checks passed"
                    + (entityRecall == null ? "" : String.format(Locale.ROOT, ", entity recall %.2f", entityRecall))
                    + (entityPrecision == null ? "" : String.format(Locale.ROOT, ", entity precision %.2f", entityPrecision));
        }
    }

    /** Names the tagger must not emit (kept as in score_gold.py). */
    static final Set<String> JUNK = Set.of("万楼", "区和", "区建设", "保共治", "保联治", "孙谋", "大原", "一市", "和城市", "千城",
            "如城市", "同城", "全国发展", "市场潜力大", "优质产品", "企业创新发展", "健康发展", "区域发展", "牛顿", "全同", "波探测天文台");
    private static final double RECALL_GOAL = 0.9;
    private static final Pattern WHITE = Pattern.compile("\\s+");
    private static final Pattern CUT_MARK = Pattern.compile("(?:\\.{3,}|[…⋯]+)$");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[■●◆□▲★▶►◎○◇△▼※•▌§·・‧]|\\d{1,2}[.、．])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u3000]+");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern DATELINE_CUT = Pattern.compile("[,.(\\n]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageSplitter splitter;
    private final BiFunction<String, String, Tags> tagger;
    private final PageReader pageReader = new PageReader(PageReader.DEFAULT_MAX_BYTES);

    /** Splitter checks only. */
    public GoldEvaluation(PageSplitter splitter) {
        this(splitter, null);
    }

    /** With a tagger ({@code ArticleTagger::tag}, or null for splitter checks only). */
    public GoldEvaluation(PageSplitter splitter, BiFunction<String, String, Tags> tagger) {
        this.splitter = splitter;
        this.tagger = tagger;
    }

    public static GoldEvaluation withTagger(PageSplitter splitter, ArticleTagger tagger) {
        return new GoldEvaluation(splitter, tagger::tag);
    }

    /** Reads the gold file and the pages it names (relative to {@code pagesDir}) and scores them. */
    public Result evaluate(Path goldFile, Path pagesDir) throws IOException {
        JsonNode gold = JSON.readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
        if (gold == null || !gold.path("pages").isArray()) {
            throw new IOException(goldFile + ": not a gold file (no \"pages\" array)");
        }
        Map<String, JsonNode> catalog = catalog(pagesDir);
        Map<String, SplitPage> split = new HashMap<>();
        for (JsonNode page : gold.get("pages")) {
            String file = page.path("file").asText();
            split.put(file, splitPage(pageReader, splitter, pagesDir.resolve(file)));
        }
        return evaluate(gold, split, catalog);
    }

    /** Scores pages already split, by file name, against a parsed gold file (catalog by file name, may be empty). */
    public Result evaluate(JsonNode gold, Map<String, SplitPage> pages, Map<String, JsonNode> catalog) {
        boolean exhaustive = gold.path("exhaustive").asBoolean(true);
        // precision means something only where the gold names every entity of its articles
        boolean entitiesComplete = gold.path("entities_complete").asBoolean(false);
        int tagged = 0;
        int taggedRight = 0;
        List<Check> pageChecks = new ArrayList<>();
        List<ArticleResult> articles = new ArrayList<>();
        int found = 0;
        int total = 0;
        Map<String, int[]> byKind = new LinkedHashMap<>();   // kind → found, total, tagged, tagged right
        Set<String> junk = new TreeSet<>();
        for (JsonNode page : gold.path("pages")) {
            String file = page.path("file").asText();
            SplitPage sp = pages.get(file);
            if (sp == null) {
                sp = new SplitPage(null, null, List.of());
            }
            List<JsonNode> golds = new ArrayList<>();
            page.path("articles").forEach(golds::add);
            if (exhaustive) {
                pageChecks.add(new Check(file + ": articles " + sp.articles().size() + " (expected " + golds.size() + ")",
                        sp.articles().size() == golds.size(), summary(sp)));
            }
            JsonNode meta = catalog.getOrDefault(file, JSON.createObjectNode());
            for (JsonNode g : golds) {
                List<Check> checks = new ArrayList<>();
                SplitArticle a = checkArticle(page, g, golds, sp, meta, checks);
                articles.add(new ArticleResult(g.path("id").asText(), file, checks));
                if (a != null && tagger != null) {
                    Tags tags = tagger.apply(ArticleTagger.headWithDecks(a.headline(), a.subheadline()), a.body());
                    if (g.path("topics").size() > 0) {   // the first gold topic is the article's main one
                        String want = g.path("topics").get(0).asText();
                        String topics = topics(tags.topics());
                        checks.add(new Check(g.path("id").asText() + ": topic " + want,
                                topics.toLowerCase(Locale.ROOT).contains(want.toLowerCase(Locale.ROOT)), "'" + topics + "'"));
                    }
                    Map<String, List<String>> got = Map.of("people", tags.people(), "places", tags.places(),
                            "orgs", tags.organizations());
                    for (String kind : List.of("people", "places", "orgs")) {
                        int[] counts = byKind.computeIfAbsent(kind, k -> new int[4]);
                        List<String> want = new ArrayList<>();
                        for (JsonNode e : g.path(kind)) {
                            want.add(e.asText());
                            total++;
                            counts[1]++;
                            if (holdsName(got.get(kind), e.asText())) {
                                found++;
                                counts[0]++;
                            }
                        }
                        for (String x : got.get(kind)) {
                            tagged++;
                            counts[2]++;
                            if (namedIn(want, x)) {
                                taggedRight++;
                                counts[3]++;
                            }
                        }
                        got.get(kind).stream().filter(JUNK::contains).forEach(junk::add);
                    }
                }
            }
        }
        List<Check> overall = new ArrayList<>();
        Double recall = null;
        if (tagger != null) {
            recall = total == 0 ? 0.0 : (double) found / total;
            overall.add(new Check(String.format(Locale.ROOT, "entity recall %d/%d = %.2f (goal >= 0.90)", found, total,
                    recall), recall >= RECALL_GOAL, byKind(byKind, entitiesComplete)));
            overall.add(new Check("no junk entities", junk.isEmpty(), junk.isEmpty() ? "" : "found: " + junk));
        }
        Double precision = tagger != null && entitiesComplete ? (tagged == 0 ? 1.0 : (double) taggedRight / tagged) : null;
        return new Result(pageChecks, articles, overall, recall, precision);
    }

    /** Found / listed per kind, and where the gold lists every entity, right / tagged per kind. */
    private static String byKind(Map<String, int[]> counts, boolean withPrecision) {
        StringBuilder out = new StringBuilder();
        counts.forEach((kind, c) -> out.append(out.isEmpty() ? "" : ", ").append(kind).append(' ').append(c[0])
                .append('/').append(c[1]));
        if (withPrecision) {
            out.append("; right of tagged:");
            counts.forEach((kind, c) -> out.append(' ').append(kind).append(' ').append(c[3]).append('/').append(c[2]));
        }
        return out.toString();
    }

    private SplitArticle checkArticle(JsonNode page, JsonNode g, List<JsonNode> pageGold, SplitPage sp, JsonNode meta,
            List<Check> checks) {
        String id = g.path("id").asText();
        String start = squash(g.path("body_starts").asText());
        List<SplitArticle> hits = sp.articles().stream().filter(a -> squash(a.body()).contains(start)).toList();
        checks.add(new Check(id + ": one article holds the body start (" + hits.size() + " found)", hits.size() == 1,
                hits.isEmpty() ? summary(sp) : ""));
        if (hits.isEmpty()) {
            return null;
        }
        SplitArticle a = hits.get(0);
        String body = squash(a.body());
        // the gold's writers differ on a list item's mark or number ("■4月18日…" or "4月18日…", "1.近日…" or "近日…"):
        // one before the start is neither
        Matcher mark = LIST_MARK.matcher(body);
        boolean starts = body.startsWith(start) || mark.lookingAt() && body.startsWith(start, mark.end());
        checks.add(new Check(id + ": body starts where the article starts", starts, head(a.body())));
        // and on a teaser's cut mark ("…彰顯查良鏞武俠小說的創作..."), which ends the text the site gives but is none of it
        String end = squash(g.path("body_ends").asText());
        boolean ends = body.endsWith(end) || CUT_MARK.matcher(body).replaceFirst("").endsWith(CUT_MARK.matcher(end).replaceFirst(""));
        checks.add(new Check(id + ": body ends where the article ends", ends, tail(a.body())));
        boolean headline = squash(a.headline()).equals(squash(g.path("title").asText()));
        checks.add(new Check(id + ": headline", headline,
                "'" + text(a.headline()) + "'" + (headline ? "" : ", gold '" + g.path("title").asText() + "'")));
        compare(checks, g, id, "kicker", "kicker", a.kicker());
        compare(checks, g, id, "subtitle", "subheadline", a.subheadline());
        if (g.path("decks").size() > 0) {   // several decks under a headline: the subheadline holds them in order
            List<String> decks = new ArrayList<>();
            g.get("decks").forEach(d -> decks.add(d.asText()));
            String want = String.join(" ", decks);
            boolean same = squash(a.subheadline()).equals(squash(want));
            checks.add(new Check(id + ": subheadline (decks)", same,
                    "'" + text(a.subheadline()) + "'" + (same ? "" : ", gold '" + want + "'")));
        }
        compare(checks, g, id, "byline", "byline", a.byline());
        for (JsonNode name : g.path("byline_contains")) {
            checks.add(new Check(id + ": byline names " + name.asText(), text(a.byline()).contains(name.asText()),
                    "'" + text(a.byline()) + "'"));
        }
        if (g.hasNonNull("dateline") && !g.get("dateline").asText().isBlank()) {
            String place = DATELINE_CUT.split(g.get("dateline").asText(), 2)[0].strip();
            String got = dateline(a.dateline());
            checks.add(new Check(id + ": dateline " + place, got.toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT)),
                    "'" + got + "'"));
        }
        if (page.hasNonNull("date") && !page.get("date").asText().isBlank()) {
            String want = page.get("date").asText();
            String got = sp.date() != null ? sp.date() : meta.path("date").asText("");
            checks.add(new Check(id + ": page date " + want, got.startsWith(want),
                    "'" + got + "'" + (sp.date() == null && !got.isEmpty() ? " from catalog.json" : "")));
        }
        if (page.hasNonNull("publication") && !page.get("publication").asText().isBlank()) {
            String want = page.get("publication").asText();
            String got = sp.publication() != null ? sp.publication() : meta.path("publication").asText("");
            String w = loose(want);
            String h = loose(got);
            checks.add(new Check(id + ": publication " + want, !h.isEmpty() && (w.contains(h) || h.contains(w)),
                    "'" + got + "'" + (sp.publication() == null && !got.isEmpty() ? " from catalog.json" : "")));
        }
        for (String field : List.of("joins", "hard_joins")) {
            for (JsonNode j : g.path(field)) {
                checks.add(new Check(id + ": column break joined: " + j.asText(), joined(j.asText(), a.body()), ""));
            }
        }
        for (JsonNode o : g.path("once")) {
            int n = count(body, squash(o.asText()));
            String shown = o.asText().length() > 12 ? o.asText().substring(0, 12) : o.asText();
            checks.add(new Check(id + ": printed-twice paragraph held once: " + shown, n == 1, n + "x"));
        }
        List<String> others = pageGold.stream()
                .filter(o -> !o.path("id").asText().equals(id) && body.contains(squash(o.path("body_starts").asText())))
                .map(o -> o.path("id").asText()).toList();
        checks.add(new Check(id + ": holds no other article's text", others.isEmpty(), others.isEmpty() ? "" : "holds " + others));
        for (JsonNode n : page.path("noise")) {
            checks.add(new Check(id + ": page noise '" + n.asText() + "' left out", !body.contains(squash(n.asText())), ""));
        }
        if (g.has("wire")) {
            checks.add(new Check(id + ": wire " + g.get("wire").asText(), text(a.wire()).contains(g.get("wire").asText()),
                    "'" + text(a.wire()) + "'"));
        }
        return a;
    }

    private static void compare(List<Check> checks, JsonNode g, String id, String goldKey, String field, String got) {
        if (g.has(goldKey)) {
            String want = g.get(goldKey).isNull() ? "" : g.get(goldKey).asText();
            checks.add(new Check(id + ": " + field, squash(got).equals(squash(want)),
                    "'" + text(got) + "'" + (squash(got).equals(squash(want)) ? "" : ", gold '" + want + "'")));
        }
    }

    /**
     * A page file read by {@link PageReader} and split as the pipeline does it: HTML as HTML (a site's article page is
     * one article, any other page's text goes to the splitter), anything else as the producer sends a text file.
     */
    static SplitPage splitPage(PageReader pageReader, PageSplitter splitter, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm")
                || head.contains("<html") || head.contains("<!doctype html") || head.contains("<body");
        return read(pageReader, splitter, text, html ? "text/html" : "text/plain");
    }

    /** A page of HTML read and split as the pipeline does it; a page the reader refuses holds no article. */
    static SplitPage splitHtml(PageReader reader, PageSplitter splitter, String html) {
        return read(reader, splitter, html, "text/html");
    }

    private static SplitPage read(PageReader reader, PageSplitter splitter, String text, String contentType) {
        try {
            return splitter.split(reader.read(null, text.getBytes(StandardCharsets.UTF_8), Map.of("content-type", contentType)));
        } catch (RejectedPageException e) {
            return new SplitPage(null, null, List.of());
        }
    }

    /** {@code catalog.json} beside the pages: per-file metadata a feed sends ({@code pages[].file/publication/date}). */
    static Map<String, JsonNode> catalog(Path pagesDir) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        Path catalog = pagesDir.resolve("catalog.json");
        if (!Files.isRegularFile(catalog)) {
            return out;
        }
        JsonNode node = JSON.readTree(Files.readString(catalog, StandardCharsets.UTF_8));
        for (JsonNode p : node.path("pages")) {
            if (p.hasNonNull("file")) {
                out.put(p.get("file").asText(), p);
            }
        }
        return out;
    }

    /** As score_gold.py: a gold name is found when a tagged name equals it or holds it with at most 3 more characters. */
    static boolean holdsName(List<String> got, String e) {
        for (String x : got == null ? List.<String>of() : got) {
            if (e.equals(x) || e.length() >= 2 && x.contains(e) && x.length() <= e.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * A tagged name is right when the gold names it in its article: the same name, a gold name it holds with at most
     * 3 more characters (as {@link #holdsName}), or a part of a gold name (a surname where the gold has the full name).
     */
    static boolean namedIn(List<String> gold, String x) {
        for (String e : gold) {
            if (holdsName(List.of(x), e) || x.length() >= 2 && e.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** As score_gold.py: Latin joins must keep their word spaces; Chinese joins must not straddle a paragraph break. */
    static boolean joined(String j, String body) {
        String b = body == null ? "" : body;
        if (LATIN.matcher(j).find()) {
            String words = String.join(" ", WHITE.split(j.strip()));
            return Pattern.compile("(?<![A-Za-z])" + Pattern.quote(words) + "(?![A-Za-z])")
                    .matcher(String.join(" ", WHITE.split(b.strip()))).find();
        }
        return SPACES.matcher(b).replaceAll("").contains(j);
    }

    static String squash(String s) {
        return s == null ? "" : WHITE.matcher(s).replaceAll("");
    }

    /** Publication names compared without case, spaces, punctuation or a leading "the". */
    static String loose(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("(?U)[\\W_]+", "").replaceFirst("^the", "");
    }

    private static int count(String haystack, String needle) {
        if (needle.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String dateline(Dateline d) {
        return d == null ? "" : Stream.of(d.place(), d.date()).filter(x -> x != null).reduce((x, y) -> x + " " + y).orElse("");
    }

    private static String topics(List<Topic> topics) {
        List<String> parts = new ArrayList<>();
        for (Topic t : topics == null ? List.<Topic>of() : topics) {
            parts.add(t.code() + " " + t.label());
        }
        return String.join(" ", parts);
    }

    private static String head(String s) {
        String t = text(s).replace('\n', ' ');
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private static String tail(String s) {
        String t = text(s).replace('\n', ' ');
        return t.length() > 40 ? "…" + t.substring(t.length() - 40) : t;
    }

    private static String summary(SplitPage page) {
        List<String> parts = new ArrayList<>();
        for (SplitArticle a : page.articles()) {
            parts.add(a.ordinal() + ": " + (a.headline() == null ? "(no headline)" : head(a.headline())));
        }
        return parts.isEmpty() ? "no articles" : String.join("; ", parts);
    }

}
