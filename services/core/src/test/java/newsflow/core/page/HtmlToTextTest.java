package newsflow.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlToTextTest {

    private final HtmlToText html = new HtmlToText();

    @Test
    void aSiteArticlePageKeepsOnlyTheArticleWithItsFigureCaption() {
        String text = html.convert("""
                <html><body><nav><a>Home</a><a>Sports</a></nav><div class="ad-banner">Advertisement</div>
                <main><article><header><p class="kicker">City</p><h1>New Park Opens</h1>
                <p class="dek">The first green space downtown in decades.</p><div class="byline">By Ann Lee</div></header>
                <div class="share-tools"><a>Share</a></div>
                <figure><img src="p.jpg" alt="x"><figcaption>Children at the new park.</figcaption></figure>
                <div class="story-body"><p>The park opened on Sunday.</p><div class="inline-ad"><p>Advertisement</p></div>
                <p>It covers four acres.</p></div></article>
                <section class="related-stories"><h2>More news</h2><p>Other story teaser text here.</p></section></main>
                <footer><p>Copyright 2024</p></footer></body></html>
                """);
        assertEquals("""
                ### City

                # New Park Opens

                ### The first green space downtown in decades.

                By Ann Lee

                ![Children at the new park.](p.jpg)

                The park opened on Sunday.

                It covers four acres.""", text);
    }

    @Test
    void anEpaperPageWritesEachArticleBlockInTurn() {
        String text = html.convert("""
                <html><body><div class="paper-nav"><a>上一版</a></div><p>2023年11月6日 星期一</p>
                <div class="article"><h2>标题一</h2><p>本报讯 第一篇稿件的正文在这里写得足够长。</p></div>
                <div class="article"><h2>标题二</h2><p>第二篇稿件的正文也写得足够长一些。</p></div>
                </body></html>
                """);
        assertEquals("2023年11月6日 星期一\n\n## 标题一\n\n本报讯 第一篇稿件的正文在这里写得足够长。\n\n## 标题二\n\n第二篇稿件的正文也写得足够长一些。",
                text);
    }

    @Test
    void classWordsAreMatchedWhole() {
        String text = html.convert("<html><body><article><h1 class=\"headline\">Head</h1>"
                + "<div class=\"shadow-box\"><p>Text that stays in the story.</p></div></article></body></html>");
        assertTrue(text.contains("Text that stays"), text);
        assertFalse(html.convert("<p>only</p><div class=\"comments\"><p>a comment</p></div>").contains("a comment"));
    }

    @Test
    void emptyAndOddInputGiveText() {
        assertEquals("", html.convert(""));
        assertEquals("", html.convert(null));
        assertEquals("plain words", html.convert("plain words"));
    }
}
