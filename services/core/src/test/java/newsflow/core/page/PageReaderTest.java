package newsflow.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageReaderTest {
    private final PageReader reader = new PageReader(1024);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainTextTakesItsMetadataFromHeaders() throws Exception {
        Page page = reader.read(utf8("p-1"), utf8("标题\n\n正文第一段。"),
                Map.of("source", "某某日报", "date", "2020-08-24", "page", "A1", "url", "https://example.org/a1", "content-type", "text/plain"));

        assertEquals("p-1", page.pageId());
        assertEquals("某某日报", page.source().publication());
        assertEquals("2020-08-24", page.source().date());
        assertEquals("A1", page.source().page());
        assertEquals("https://example.org/a1", page.source().url());
        assertEquals("text/plain", page.contentType());
        assertEquals("标题\n\n正文第一段。", page.text());
    }

    @Test
    void lineBreakTagsASiteLeftInItsTextAreLineBreaks() throws Exception {
        // Given an archive's export whose line breaks are still tags, sent as plain text
        Page page = reader.read(null, utf8("第3版()<br/>专栏:<br/><br/> 某市新桥通车<BR> 新华社讯 新桥今天通车。<br />"),
                Map.of("content-type", "text/plain"));

        // Then each tag is the line break it stood for, and no tag is left in the text
        assertEquals(List.of("第3版()", "专栏:", "", " 某市新桥通车", " 新华社讯 新桥今天通车。"), page.text().lines().toList());
    }

    @Test
    void withoutAKeyThePageIdIsDerivedFromTheContent() throws Exception {
        Page a = reader.read(null, utf8("同一页的内容。"), Map.of());
        Page b = reader.read(new byte[0], utf8("同一页的内容。"), Map.of());
        Page c = reader.read(null, utf8("另一页的内容。"), Map.of());

        assertEquals(a.pageId(), b.pageId());
        assertNotEquals(a.pageId(), c.pageId());
    }

    @Test
    void aJsonEnvelopeCarriesMetadataAndBody() throws Exception {
        Page page = reader.read(null, utf8("{\"source\":\"Daily Planet\",\"date\":\"2024-05-01\",\"page\":3,"
                + "\"url\":null,\"contentType\":\"text/markdown\",\"body\":\"# Daily Planet\\n\\n## Headline\\n\\nBody.\"}"), Map.of());

        assertEquals("Daily Planet", page.source().publication());
        assertEquals("3", page.source().page());
        assertNull(page.source().url());
        assertEquals("text/markdown", page.contentType());
        assertTrue(page.text().startsWith("# Daily Planet"));
    }

    @Test
    void aSitesArticlePageIsOneArticleWithoutSiteFurniture() throws Exception {
        String html = "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + "<article><h1>Harbour bridge reopens</h1><p>The bridge reopened on Monday.</p>"
                + "<div class='ad'>Buy now</div><p>Traffic was light.</p></article>"
                + "<aside class='related'><li>Other story</li></aside><footer>Copyright</footer></body></html>";

        Page page = reader.read(null, utf8(html), Map.of("content-type", "text/html"));

        assertEquals("Harbour bridge reopens", page.article().headline());
        assertEquals("The bridge reopened on Monday.\nTraffic was light.", page.article().body());
        assertEquals(page.article().body(), page.text());
        assertEquals("text/html", page.contentType());
    }

    @Test
    void contentTypeIsSniffedWhenNotDeclared() {
        assertEquals("text/html", PageReader.contentType(null, "<!DOCTYPE html><html><body><p>x</p></body></html>"));
        assertEquals("text/markdown", PageReader.contentType(null, "# Masthead\n\n## Headline\n\nBody."));
        assertEquals("text/plain", PageReader.contentType(null, "Headline\n\nBody."));
    }

    @Test
    void badInputIsRejectedWithAReason() {
        assertReason("empty page", null);
        assertReason("empty page", new byte[0]);
        assertReason("empty page", utf8(" \n\t\n "));
        assertReason("exceeds the limit", utf8("字".repeat(400)));
        assertReason("not UTF-8 text", utf8("中文页面"), (byte) 0xFF);
        assertReason("undecodable text", new byte[] {(byte) 0xFF, (byte) 0xFE - 1, (byte) 0x81, (byte) 0xFF, (byte) 0x80, (byte) 0xFF});
        assertReason("binary content", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertReason("malformed JSON envelope", utf8("{\"body\": \"unterminated"));
        assertReason("invalid JSON envelope: no field \"body\"", utf8("{\"source\":\"x\"}"));
        assertReason("invalid JSON envelope: field \"date\" must be a string, not an array", utf8("{\"date\":[2020,8,24],\"body\":\"正文。\"}"));
        assertReason("malformed JSON envelope", utf8("{\"body\":\"一\"} {\"body\":\"二\"}"));
    }

    @Test
    void textThatMerelyStartsWithABraceUnderAPlainTextHeaderIsText() throws Exception {
        Page page = reader.read(null, utf8("{编者按} 这是一篇文章。"), Map.of("content-type", "text/plain"));

        assertFalse(page.text().isEmpty());
    }

    @Test
    void gbkAndBig5AreDetectedWhenNoCharsetIsDeclared() throws Exception {
        String simplified = "长三角一体化发展座谈会在合肥召开，会议强调要紧扣一体化和高质量两个关键词。";
        String traditional = "港珠澳大橋今年上半年累計客流量突破一千二百萬人次，創歷史新高。";

        assertEquals(simplified, reader.read(null, simplified.getBytes(Charset.forName("GBK")), Map.of()).text());
        assertEquals(traditional, reader.read(null, traditional.getBytes(Charset.forName("Big5")), Map.of()).text());
        assertEquals("中文页面", reader.read(null, "中文页面".getBytes(Charset.forName("GBK")), Map.of()).text(),
                "four characters are too few for statistics: GB2312's frequent rows tell");
    }

    @Test
    void aDeclaredCharsetIsHonouredAndHeldTo() throws Exception {
        String text = "新聞自由是民主社會的基石。";
        byte[] big5 = text.getBytes(Charset.forName("Big5"));

        assertEquals(text, reader.read(null, big5, Map.of("content-type", "text/plain; charset=Big5")).text());
        assertEquals(text, reader.read(null, big5, Map.of("content-type", "text/plain;CHARSET=\"big5\"")).text());
        RejectedPageException wrong = assertThrows(RejectedPageException.class,
                () -> reader.read(null, big5, Map.of("content-type", "text/plain; charset=utf-8")));
        assertTrue(wrong.getMessage().startsWith("not UTF-8 text: invalid UTF-8 byte sequence at byte 0"), wrong.getMessage());
        RejectedPageException unknown = assertThrows(RejectedPageException.class,
                () -> reader.read(null, big5, Map.of("content-type", "text/plain; charset=x-unheard-of")));
        assertTrue(unknown.getMessage().startsWith("unsupported charset: "), unknown.getMessage());
        assertEquals("Big5", TextDecoder.charsetParameter("text/html; charset=Big5"));
        assertEquals("gbk", TextDecoder.charsetParameter("text/html;charset='gbk'; q=1"));
        assertNull(TextDecoder.charsetParameter("text/html"));
        assertNull(TextDecoder.charsetParameter("text/html; charset="));
    }

    @Test
    void byteOrderMarksAndHtmlMetaCharsetsAreRead() throws Exception {
        byte[] utf16 = "\uFEFF标题\n\n正文。".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("标题\n\n正文。", reader.read(null, utf16, Map.of()).text());
        byte[] bom8 = utf8("\uFEFF{\"body\":\"正文。\"}");
        assertEquals("正文。", reader.read(null, bom8, Map.of()).text(), "a UTF-8 byte-order mark does not hide an envelope");
        byte[] gbkHtml = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>正文。</p></body></html>"
                .getBytes(Charset.forName("GBK"));
        assertEquals("正文。", reader.read(null, gbkHtml, Map.of()).text());
    }

    @Test
    void controlCharactersAreDroppedAndFormFeedsBreakLines() throws Exception {
        Page page = reader.read(null, utf8("标题\u0007\n\n\u001B[1m正文\u001B[0m第一段。\f第二段\u000B。\u0085"), Map.of());

        assertEquals("标题\n\n正文第一段。\n第二段\n。\n", page.text());
    }

    @Test
    void htmlCharacterReferencesToControlCharactersDoNotReachTheSplitter() throws Exception {
        // found by PageReaderPropertiesTest: jsoup turns "&#xb;" into a vertical tab
        Page page = reader.read(null, utf8("<!DOCTYPE html><html><body><h1>新&#xb;闻&#7;</h1><p>正文&#x1b;[1m。</p></body></html>"), Map.of());

        assertEquals("新 闻", page.article().headline());
        assertEquals("正文。", page.text());
    }

    @Test
    void aKeyThatIsNotUtf8BecomesAHexPageId() throws Exception {
        Page page = reader.read(new byte[] {(byte) 0xC3, 0x28, 0x01}, utf8("正文。"), Map.of());

        assertEquals("0xc32801", page.pageId());
    }

    @Test
    void aDeclaredContentTypeTheTextPlainlyIsNotGivesWay() throws Exception {
        String plain = "Harbour bridge reopens\n\nThe bridge reopened on Monday.";
        assertEquals("text/plain", reader.read(null, utf8(plain), Map.of("content-type", "text/html")).contentType(),
                "text/html on text without a tag would lose the page to jsoup");
        assertEquals(plain, reader.read(null, utf8(plain), Map.of("content-type", "text/html")).text());
        assertEquals("text/plain", reader.read(null, utf8(plain), Map.of("content-type", "application/json")).contentType());
        assertEquals("text/html", reader.read(null, utf8("<!DOCTYPE html><html><body><p>Body.</p></body></html>"),
                Map.of("content-type", "text/plain")).contentType());
        assertEquals("text/html", PageReader.contentType("text/html", "A <b>bold</b> claim."));
    }

    @Test
    void noBreakAndZeroWidthSpacesAloneAreAnEmptyPage() {
        assertReason("empty page", utf8("\u00A0\u200B\u3000\n\u2060"));
    }

    private void assertReason(String expected, byte[] prefix, byte extra) {
        byte[] value = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        value[prefix.length] = extra;
        assertReason(expected, value);
    }

    private void assertReason(String expected, byte[] value) {
        RejectedPageException e = assertThrows(RejectedPageException.class, () -> reader.read(null, value, Map.of()));
        assertTrue(e.getMessage().contains(expected), "reason '" + e.getMessage() + "' should say '" + expected + "'");
    }
}
