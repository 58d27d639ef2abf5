package newsflow.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import newsflow.core.page.HtmlToText;
import newsflow.core.page.Page;
import newsflow.core.page.PageReader;
import org.junit.jupiter.api.Test;

/**
 * Deeply nested HTML blocks cost HtmlToText quadratic time when it looks at every block's subtree (2,000 nested
 * {@code <blockquote>} took 1.7 s, 8,000 took 15 s), and a recursive walk of a 100,000-deep page overflows the stack.
 * HtmlToText unwraps elements below {@link HtmlToText#MAX_DEPTH}, so the work per element is bounded. The time bound
 * here only catches a blow-up (minutes), not a busy machine. The reader unwraps the page the same way before
 * Readability reads it.
 */
class HtmlNestingTest {
    static final int DEPTH = 100_000;
    static final Duration BLOW_UP = Duration.ofSeconds(60);

    @Test
    void deeplyNestedBlocksKeepTheirText() {
        PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
        for (String open : new String[] {"<blockquote>", "<ul><li>", "<table><tr><td>", "<div><span>"}) {
            String page = "<html><body>" + open + "<h1>深层嵌套的标题</h1>" + open.repeat(DEPTH - 1)
                    + "最深处的正文，比标题长的一段文字。</body></html>";
            Page read = assertTimeoutPreemptively(BLOW_UP, () -> reader.read(null, HostilePages.utf8(page), Map.of()),
                    open + " × " + DEPTH);
            // read as one article: its headline apart, its text the body
            String all = (read.article() == null ? "" : read.article().headline() + "\n") + read.text();
            assertTrue(all.contains("深层嵌套的标题"), open + ", headline: " + head(all));
            assertTrue(all.contains("最深处的正文，比标题长的一段文字。"), open + ", text: " + head(all));
        }
    }

    @Test
    void contentBelowTheDepthBoundIsKeptInOrder() {
        String deep = "<html><body>" + "<div>".repeat(10_000) + "第一句在很深的地方，" + "<p>第二句也在那里。</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        // below the bound the blocks are unwrapped: their text runs on as one paragraph, in document order
        assertEquals("第一句在很深的地方，第二句也在那里。", new HtmlToText().convert(deep));
        // a page within the bound keeps its blocks
        assertEquals("# 标题\n\n正文一段。", new HtmlToText().convert(
                "<html><body>" + "<div>".repeat(HtmlToText.MAX_DEPTH - 5) + "<h1>标题</h1><p>正文一段。</p></body></html>"));
    }

    private static String head(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
