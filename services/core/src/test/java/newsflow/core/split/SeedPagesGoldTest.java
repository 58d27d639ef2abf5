package newsflow.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsflow.core.SeedPages;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Splits the seed pages in {@code sources/} and checks each article against {@code seeds-gold.json} the way the
 * team's scorer does: body start and end, head fields, joins, text held once, no neighbour's text, page noise left
 * out, wire, dateline place, credited names, and the page's publication and date.
 */
class SeedPagesGoldTest {

    private static final PageSplitter SPLITTER = new PageSplitter();

    @TestFactory
    Stream<DynamicNode> seedPagesMatchTheGold() throws IOException {
        JsonNode gold = SeedPages.gold();
        Path sources = SeedPages.repoRoot().resolve("sources");
        List<DynamicNode> pages = new ArrayList<>();
        for (JsonNode goldPage : gold.get("pages")) {
            String text = Files.readString(sources.resolve(goldPage.get("file").asText()));
            SplitPage page = SPLITTER.split(text);
            List<JsonNode> allGold = new ArrayList<>();
            gold.get("pages").forEach(p -> p.get("articles").forEach(allGold::add));
            List<DynamicNode> checks = new ArrayList<>();
            checks.add(dynamicTest("article count", () ->
                    assertEquals(goldPage.get("articles").size(), page.articles().size(), () -> summary(page))));
            checks.add(dynamicTest("publication", () -> checkPublication(goldPage, page)));
            checks.add(dynamicTest("date", () -> checkDate(goldPage, text, page)));
            for (JsonNode article : goldPage.get("articles")) {
                checks.add(dynamicTest(article.get("id").asText(), () -> checkArticle(goldPage, article, allGold, page)));
            }
            pages.add(dynamicContainer(goldPage.get("file").asText(), checks));
        }
        return pages.stream();
    }

    private static void checkPublication(JsonNode goldPage, SplitPage page) {
        String want = loose(goldPage.path("publication").asText(""));
        String got = loose(page.publication());
        assertTrue(!got.isEmpty() && (want.contains(got) || got.contains(want)),
                () -> "publication " + page.publication() + ", gold " + goldPage.get("publication"));
    }

    /** The gold knows every page's date; only a page that prints it can be held to it. */
    private static void checkDate(JsonNode goldPage, String text, SplitPage page) {
        String want = goldPage.path("date").asText(null);
        if (want == null) {
            return;
        }
        LocalDate d = LocalDate.parse(want);
        boolean printed = squash(text).contains(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日")
                || text.contains(want);
        if (printed) {
            assertEquals(want, page.date());
        } else {
            assertTrue(page.date() == null || page.date().equals(want), () -> "date not printed, got " + page.date());
        }
    }

    private static void checkArticle(JsonNode goldPage, JsonNode g, List<JsonNode> allGold, SplitPage page) {
        String start = squash(g.get("body_starts").asText());
        List<SplitArticle> hits = page.articles().stream().filter(a -> squash(a.body()).contains(start)).toList();
        assertEquals(1, hits.size(), () -> "articles holding the body start: " + hits.size() + "\n" + summary(page));
        SplitArticle a = hits.get(0);
        String body = squash(a.body());
        List<String> failures = new ArrayList<>();
        expect(failures, body.startsWith(start), "body starts at the article start: " + head(a.body()));
        expect(failures, body.endsWith(squash(g.get("body_ends").asText())), "body ends: " + tail(a.body()));
        expect(failures, squash(g.get("title").asText()).equals(squash(a.headline())), "headline " + a.headline());
        compareIfGiven(failures, g, "kicker", a.kicker());
        compareIfGiven(failures, g, "subtitle", a.subheadline());
        compareIfGiven(failures, g, "byline", a.byline());
        for (JsonNode name : g.path("byline_contains")) {
            expect(failures, a.byline() != null && a.byline().contains(name.asText()),
                    "byline names " + name.asText() + ": " + a.byline());
        }
        if (g.hasNonNull("dateline")) {
            String place = g.get("dateline").asText().split("[,.(\\n]")[0].strip().toLowerCase(Locale.ROOT);
            String got = a.dateline() == null ? "" : (a.dateline().place() + " " + a.dateline().date());
            expect(failures, got.toLowerCase(Locale.ROOT).contains(place), "dateline " + place + ": " + a.dateline());
        }
        if (g.has("wire")) {
            expect(failures, a.wire() != null && a.wire().contains(g.get("wire").asText()), "wire " + a.wire());
        }
        List<JsonNode> joins = new ArrayList<>();
        g.path("joins").forEach(joins::add);
        g.path("hard_joins").forEach(joins::add);
        for (JsonNode j : joins) {
            expect(failures, joined(j.asText(), a.body()), "column break joined: " + j.asText());
        }
        for (JsonNode once : g.path("once")) {
            String o = squash(once.asText());
            expect(failures, count(body, o) == 1, "held once (" + count(body, o) + "x): " + once.asText());
        }
        for (JsonNode other : allGold) {
            if (!other.get("id").asText().equals(g.get("id").asText())) {
                expect(failures, !body.contains(squash(other.get("body_starts").asText())),
                        "holds text of " + other.get("id").asText());
            }
        }
        for (JsonNode noise : goldPage.path("noise")) {
            expect(failures, !body.contains(squash(noise.asText())), "page noise left in: " + noise.asText());
        }
        assertTrue(failures.isEmpty(), () -> g.get("id").asText() + ":\n  " + String.join("\n  ", failures));
    }

    private static void compareIfGiven(List<String> failures, JsonNode g, String goldKey, String got) {
        if (g.has(goldKey)) {
            expect(failures, squash(g.get(goldKey).asText()).equals(squash(got)), goldKey + " " + got);
        }
    }

    private static void expect(List<String> failures, boolean ok, String what) {
        if (!ok) {
            failures.add(what);
        }
    }

    /** As the scorer: Latin joins must keep word spaces, Chinese joins must not straddle a paragraph break. */
    private static boolean joined(String j, String body) {
        if (j.matches(".*[A-Za-z].*")) {
            String words = String.join(" ", j.split("\\s+"));
            return Pattern.compile("(?<![A-Za-z])" + Pattern.quote(words) + "(?![A-Za-z])")
                    .matcher(String.join(" ", body.strip().split("\\s+"))).find();
        }
        return body.replaceAll("[ \\t\\u3000]+", "").contains(j);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    private static String loose(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("(?U)[\\W_]+", "").replaceFirst("^the", "");
    }

    private static String head(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    private static String tail(String s) {
        return s.length() > 40 ? s.substring(s.length() - 40) : s;
    }

    private static String summary(SplitPage page) {
        StringBuilder b = new StringBuilder();
        page.articles().forEach(a -> b.append(a.ordinal()).append(": ").append(a.headline()).append(" | ")
                .append(head(a.body())).append('\n'));
        return b.toString();
    }
}
