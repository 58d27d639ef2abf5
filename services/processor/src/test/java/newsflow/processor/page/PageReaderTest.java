package newsflow.processor.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    void htmlBecomesHeadingsAndParagraphsWithoutSiteFurniture() throws Exception {
        String html = "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + "<article><h1>Harbour bridge reopens</h1><p>The bridge reopened on Monday.</p>"
                + "<div class='ad'>Buy now</div><p>Traffic was light.</p></article>"
                + "<aside class='related'><li>Other story</li></aside><footer>Copyright</footer></body></html>";

        Page page = reader.read(null, utf8(html), Map.of("content-type", "text/html"));

        assertEquals("# Harbour bridge reopens\n\nThe bridge reopened on Monday.\n\nTraffic was light.", page.text());
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
        assertReason("not UTF-8", "中文页面".getBytes(Charset.forName("GBK")));
        assertReason("binary content", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertReason("malformed JSON envelope", utf8("{\"body\": \"unterminated"));
        assertReason("without a text field \"body\"", utf8("{\"source\":\"x\"}"));
        assertReason("field \"date\" must be a string", utf8("{\"date\":[2020,8,24],\"body\":\"正文。\"}"));
    }

    @Test
    void textThatMerelyStartsWithABraceUnderAPlainTextHeaderIsText() throws Exception {
        Page page = reader.read(null, utf8("{编者按} 这是一篇文章。"), Map.of("content-type", "text/plain"));

        assertFalse(page.text().isEmpty());
    }

    private void assertReason(String expected, byte[] value) {
        RejectedPageException e = assertThrows(RejectedPageException.class, () -> reader.read(null, value, Map.of()));
        assertTrue(e.getMessage().contains(expected), "reason '" + e.getMessage() + "' should say '" + expected + "'");
    }
}
