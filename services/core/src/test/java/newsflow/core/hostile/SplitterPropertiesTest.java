package newsflow.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import newsflow.core.SeedPages;
import newsflow.core.split.PageSplitter;
import newsflow.core.split.SplitArticle;
import newsflow.core.split.SplitPage;

/**
 * Property tests of the splitter on arbitrary page texts (pooled characters, lines shaped like page parts, edited seed
 * pages): it never throws, not even inside where {@link PageSplitter#split} would hide it (an exception there costs
 * the page all its articles, silently), its articles are numbered in order with a body each, and it invents no text
 * (see {@link TextProvenance} for the check and why it is sound).
 */
class SplitterPropertiesTest {
    private static final PageSplitter SPLITTER = new PageSplitter();
    /**
     * A time bound that a quadratic blow-up breaks (minutes) and a busy shared machine does not: these splits take
     * 0.1 to 1.6 s on an idle one, and up to 5 s with other builds on its two cores.
     */
    private static final long SLOW_MILLIS = 30_000;
    private static final Method READ;

    static {
        try {
            READ = PageSplitter.class.getDeclaredMethod("read", String.class);
            READ.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Provide
    Arbitrary<String> pageText() {
        return HostileGenerators.pageText();
    }

    /** The splitter's inner read, which {@link PageSplitter#split} wraps in a catch-all. */
    static SplitPage readUnguarded(String text) {
        try {
            return (SplitPage) READ.invoke(SPLITTER, text);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the splitter threw " + e.getCause() + " (split() would have dropped the page) on:\n"
                    + visible(text), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 600)
    void neverThrowsAndInventsNoText(@ForAll("pageText") String text) {
        SplitPage inner = readUnguarded(text);
        SplitPage split = SPLITTER.split(text);
        assertEquals(inner, split, "split is read when read does not throw");
        assertWellFormed(split);
        net.jqwik.api.statistics.Statistics.label("articles").collect(Math.min(split.articles().size(), 5));
        net.jqwik.api.statistics.Statistics.label("joins").collect(split.articles().stream().anyMatch(a -> a.body().contains("\n")) ? "multi-paragraph" : "single");
        String invented = TextProvenance.of(text).invented(split);
        assertNull(invented, () -> "invented text: " + invented + "\nfrom page:\n" + visible(text));
    }

    @Provide
    Arbitrary<String> repetitivePage() {
        return HostileGenerators.repetitivePage();
    }

    @Property(tries = 40)
    void longRepetitiveLinesSplitInTime(@ForAll("repetitivePage") String text) {
        long start = System.nanoTime();
        SplitPage split = readUnguarded(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertWellFormed(split);
        assertTrue(millis < SLOW_MILLIS, () -> "split took " + millis + " ms on a page of " + text.length() + " characters: "
                + visible(text.substring(0, Math.min(200, text.length()))));
    }

    @Example
    void theCheckPassesOnTheSeedPagesAndTheirGoldCuts() {
        for (String file : List.of(HostilePages.SEED_000, HostilePages.SEED_002)) {
            String page = SeedPages.page(file);
            SplitPage split = SPLITTER.split(page);
            assertFalse(split.articles().isEmpty());
            assertNull(TextProvenance.of(page).invented(split), file);
        }
    }

    @Example
    void theCheckCatchesInventedRepeatedAndReorderedText() {
        TextProvenance page = TextProvenance.of("## 标题一\n\n第一段文字，\n\n接着第二段。\n\nFirst line of the\nsecond one.");
        assertTrue(page.isMadeOfLines("第一段文字，接着第二段。"), "a column-break join");
        assertTrue(page.isMadeOfLines("First line of the second one."), "a wrapped line join");
        assertTrue(page.isMadeOfLines("标题一"), "a heading without its marks");
        assertFalse(page.isMadeOfLines("接着第二段。第一段文字，"), "reordered");
        assertFalse(page.isMadeOfLines("第一段文字，第一段文字，"), "repeated");
        assertFalse(page.isMadeOfLines("第一段文字null"), "invented");
        assertFalse(page.isMadeOfLines("第一文字"), "spliced within a line");
    }

    @Example
    void hostileShapesSplitInTimeAndInventNothing() {
        String longLine = HostilePages.longLineWithoutPunctuation(1024 * 1024);
        long start = System.nanoTime();
        SplitPage split = readUnguarded(longLine);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, split.articles().size());
        assertEquals(longLine.replace(" ", ""), split.articles().get(0).body().replace(" ", ""),
                "a 1 MB line without punctuation is one body, whole");
        assertTrue(millis < SLOW_MILLIS, "1 MB line split in " + millis + " ms");

        String many = HostilePages.manyArticles(10_000);
        start = System.nanoTime();
        split = readUnguarded(many);
        millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(10_000, split.articles().size());
        assertTrue(millis < SLOW_MILLIS, "10,000 articles split in " + millis + " ms");
        SplitArticle last = split.articles().get(9_999);
        assertTrue(last.headline().startsWith("Item 10000 "), last.headline());
        assertTrue(last.body().endsWith("on day 10000."), last.body());

        String oneLineParagraphs = "One short sentence here.\n\n".repeat(10_000);
        assertWellFormed(readUnguarded(oneLineParagraphs));
        assertWellFormed(readUnguarded("\n".repeat(100_000)));
        assertWellFormed(readUnguarded("#".repeat(100_000)));
        assertWellFormed(readUnguarded("## \n".repeat(10_000)));
        assertWellFormed(readUnguarded("**".repeat(50_000)));
        assertWellFormed(readUnguarded("，".repeat(100_000)));
    }

    private static void assertWellFormed(SplitPage split) {
        assertNotNull(split.articles());
        for (int i = 0; i < split.articles().size(); i++) {
            SplitArticle a = split.articles().get(i);
            assertEquals(i + 1, a.ordinal(), "articles are numbered in order");
            assertNotNull(a.body(), "an article has a body");
            assertFalse(a.body().isBlank(), "an article's body has text");
            assertNotNull(a.captions());
        }
    }

    /** The text with control and odd characters shown as escapes, for a failure message. */
    static String visible(String text) {
        StringBuilder b = new StringBuilder();
        String t = text.length() > 4000 ? text.substring(0, 4000) + "…(" + text.length() + " chars)" : text;
        for (char c : t.toCharArray()) {
            if (c == '\n') {
                b.append("\\n\n");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFEFF' || c == '\u200B'
                    || c == '\u2028' || c == '\u2029' || c == '\u00A0' || c == '\u3000') {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
