package newsflow.core.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Readability's choice of the article block, with the rules Readability.js holds today. */
class ReaderViewTest {

    /** Paragraphs of a given text, as a block of the page. */
    private static String block(String className, String paragraph, int times) {
        return ("<div class=\"" + className + "\">" + ("<p>" + paragraph + "</p>").repeat(times) + "</div>");
    }

    @Test
    void aChineseArticlesCommasCountAsAnEnglishOnesDo() {
        // Given a page of two blocks: first eight notices without a comma, then a Chinese article of seven paragraphs
        // whose clauses are cut by full-width commas. Counting only "," (as the port does) the notices score 21 and
        // the article 19; counting its commas, the article scores 124 and the notices fall under a fifth of it.
        String notice = "本站公告：系统维护时间为每周二凌晨两点至四点，请各位用户提前保存资料以免丢失".replace("，", "");
        String paragraph = "今年夏粮收购开局良好，各地粮库运转正常，农民售粮积极性高，收购价格保持稳定，"
                + "仓容准备充足，烘干设备到位，运输车辆调度有序，资金供应及时，质检人员在岗，"
                + "服务窗口延时，预约售粮推广，排队时间缩短，农户满意度提升，监管检查同步，市场秩序良好。";
        Document page = Jsoup.parse("<html><body>" + block("a", notice, 8) + block("b", paragraph, 7) + "</body></html>");

        // When Readability finds the article
        String text = ReaderView.parse("http://localhost/", page).getTextContent();

        // Then it is the Chinese article, not the notices
        assertTrue(text.contains("夏粮收购"), text);
        assertFalse(text.contains("系统维护"), text);
    }

    @Test
    void aBlockNamedAnAdSlotIsNoCandidate() {
        // Given an article and, beside it, a longer block whose class names an ad slot the way today's Readability.js
        // knows it ("-ad-"), not as a word of its own
        String story = "The council voted on Tuesday to extend the harbor tunnel's night closures, citing repairs, noise, and cost.";
        String promo = "Buy one, get one free, today only, at every store in the county, while stocks last, no rain checks.";
        Document page = Jsoup.parse("<html><body>" + block("story-body", story, 6) + block("top-ad-box", promo, 8)
                + "</body></html>");

        // When Readability finds the article; then the ad slot is not it
        String text = ReaderView.parse("http://localhost/", page).getTextContent();
        assertTrue(text.contains("harbor tunnel"), text);
        assertFalse(text.contains("Buy one"), text);
    }
}
