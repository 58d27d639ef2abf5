package newsflow.core.page;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import newsflow.model.Json;
import newsflow.model.PageHeaders;
import newsflow.model.PageSource;

/**
 * Reads one input record as a page: text with optional metadata headers, or a JSON envelope
 * {@code {"source","date","page","url","contentType","body"}}. The text is UTF-8 unless the {@code content-type}
 * header declares a charset or the bytes are in another encoding that can be told (GBK, Big5, …; see
 * {@link TextDecoder}); control characters are dropped. Anything else is rejected with a reason that starts with a
 * short category before a colon ({@code empty page}, {@code binary content}, {@code not UTF-8 text},
 * {@code undecodable text}, {@code unsupported charset}, {@code malformed JSON envelope}, {@code invalid JSON
 * envelope}) or reads {@code page of N bytes exceeds the limit of M bytes}: the sink counts dead letters by that
 * category.
 */
public final class PageReader {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:[a-zA-Z][a-zA-Z0-9]{0,15}(?:\\s[^<>]{0,2000})?/?|/[a-zA-Z][a-zA-Z0-9]{0,15}\\s*|!--|!doctype\\s[^<>]{0,200})>",
            Pattern.CASE_INSENSITIVE);
    /** A line-break tag a site left in text it exported ("第3版()<br/>专栏:<br/>"): the line break it stood for. */
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_DOCUMENT = Pattern.compile("^\\s*(?:<!doctype\\s+html|<html[\\s>])");
    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;?]{0,32}[ -/]{0,4}[@-~]");

    /** Strict about what a lenient reader would let pass silently: a second value after the first, a key given twice. */
    private static final ObjectReader ENVELOPE_READER = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private final int maxBytes;
    private final WebArticleReader webArticleReader = new WebArticleReader();

    public PageReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Page read(byte[] key, byte[] value, Map<String, String> headers) throws RejectedPageException {
        if (value == null || value.length == 0) {
            throw new RejectedPageException("empty page: the record has no value");
        }
        if (value.length > maxBytes) {
            throw new RejectedPageException("page of " + value.length + " bytes exceeds the limit of " + maxBytes + " bytes");
        }
        String declared = headers.get(PageHeaders.CONTENT_TYPE);
        String text = clean(TextDecoder.decode(value, declared).text());
        if (isBlank(text)) {
            throw new RejectedPageException("empty page: only white space");
        }
        String pageKey = pageKey(key);
        if (isEnvelope(declared, text)) {
            return fromEnvelope(pageKey, text);
        }
        PageSource source = new PageSource(headers.get(PageHeaders.SOURCE), headers.get(PageHeaders.DATE),
                headers.get(PageHeaders.PAGE), headers.get(PageHeaders.URL));
        return page(pageKey, source, contentType(declared, text), text);
    }

    /** The key as text; a key that is not UTF-8 is written in hex rather than mangled into replacement characters. */
    private static String pageKey(byte[] key) {
        if (key == null || key.length == 0) {
            return null;
        }
        return TextDecoder.firstInvalidUtf8(key) < 0 ? new String(key, StandardCharsets.UTF_8) : "0x" + HexFormat.of().formatHex(key);
    }

    private Page page(String pageKey, PageSource source, String contentType, String text) throws RejectedPageException {
        String pageId = pageKey != null ? pageKey : contentId(text);
        if (contentType.equals("text/html")) {
            WebArticleReader.Reading reading = webArticleReader.read(text, source.url());
            WebArticle a = reading.article();
            if (a != null) {
                // character references (&#7;) can make control characters out of clean markup
                List<String> captions = new ArrayList<>();
                for (String caption : a.captions()) {
                    captions.add(cleanLine(caption));
                }
                WebArticle cleaned = new WebArticle(cleanLine(a.headline()), cleanLine(a.kicker()),
                        cleanLine(a.subheadline()), cleanLine(a.byline()), clean(a.body()), List.copyOf(captions),
                        a.metadata());
                return new Page(pageId, source, contentType, cleaned.body(), cleaned);
            }
            text = clean(reading.text());
        } else {
            text = LINE_BREAK_TAG.matcher(text).replaceAll("\n");
        }
        if (isBlank(text)) {
            throw new RejectedPageException("empty page: no text in the " + contentType + " body");
        }
        return new Page(pageId, source, contentType, text);
    }

    /**
     * A JSON envelope: when the content type says JSON, the text must be one (or is rejected); with no content type,
     * text that opens like a JSON object ({@code {"} or {@code {}}) is taken for one, so that "{编者按} …" stays text.
     */
    private static boolean isEnvelope(String declared, String text) {
        String trimmed = text.stripLeading();
        if (declared != null && mediaType(declared).contains("json")) {
            // JSON as promised, or not JSON at all (text under a wrong label, read as text)
            return trimmed.startsWith("{") || trimmed.startsWith("[");
        }
        if (!trimmed.startsWith("{")) {
            return false;
        }
        if (declared != null && !declared.isBlank() && !mediaType(declared).isEmpty()) {
            return false;
        }
        String inside = trimmed.substring(1).stripLeading();
        return inside.startsWith("\"") || inside.startsWith("}");
    }

    /** "text/html; charset=GBK" → "text/html". */
    private static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private Page fromEnvelope(String pageKey, String json) throws RejectedPageException {
        JsonNode node;
        try {
            node = ENVELOPE_READER.readTree(json);
        } catch (IOException | RuntimeException e) {
            throw new RejectedPageException("malformed JSON envelope: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new RejectedPageException("malformed JSON envelope: not an object");
        }
        JsonNode body = node.get("body");
        if (body == null || body.isNull()) {
            throw new RejectedPageException("invalid JSON envelope: no field \"body\"");
        }
        if (!body.isTextual()) {
            throw new RejectedPageException("invalid JSON envelope: field \"body\" must be a string, not " + typeOf(body));
        }
        for (String field : new String[] {"source", "date", "page", "url", "contentType"}) {
            JsonNode f = node.get(field);
            if (f != null && !f.isNull() && !f.isTextual() && !(field.equals("page") && f.isIntegralNumber())) {
                throw new RejectedPageException("invalid JSON envelope: field \"" + field + "\" must be a string, not " + typeOf(f));
            }
        }
        String text = clean(body.asText());
        if (isBlank(text)) {
            throw new RejectedPageException("empty page: the envelope's body is blank");
        }
        PageSource source = new PageSource(textOf(node, "source"), textOf(node, "date"), textOf(node, "page"), textOf(node, "url"));
        return page(pageKey, source, contentType(textOf(node, "contentType"), text), text);
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode f = node.get(field);
        return f == null || f.isNull() ? null : f.asText();
    }

    /**
     * text/plain, text/markdown or text/html: from the declared type, else sniffed from the text. A declared type the
     * text plainly is not gives way: "text/html" on text without a single tag is read as text (jsoup would find no
     * blocks in it), and a whole HTML document sent as "text/plain" or "text/markdown" is read as HTML.
     */
    static String contentType(String declared, String text) {
        String d = declared == null ? "" : declared.toLowerCase(Locale.ROOT);
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        if (d.contains("html")) {
            if (HTML_TAG.matcher(text.substring(0, Math.min(text.length(), 65536))).find()) {
                return "text/html";
            }
            return sniffedText(text);
        }
        if (d.contains("markdown") || d.contains("text/plain")) {
            if (HTML_DOCUMENT.matcher(head).find()) {
                return "text/html";
            }
            return d.contains("markdown") ? "text/markdown" : "text/plain";
        }
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>")) {
            return "text/html";
        }
        return sniffedText(text);
    }

    private static String sniffedText(String text) {
        return text.lines().anyMatch(l -> l.startsWith("# ") || l.startsWith("## ")) ? "text/markdown" : "text/plain";
    }

    /**
     * The text with control characters gone: a form feed, vertical tab or next-line becomes a line break, terminal
     * escape sequences ("ESC[31m") go whole, other C0 and C1 controls and a leading byte-order mark go. Rejects as
     * binary a text that is NUL characters or control characters for more than a twentieth of its first 64K.
     */
    /** A line of a head or a caption, cleaned as text is and kept on one line. */
    private static String cleanLine(String text) throws RejectedPageException {
        return text == null ? null : WHITE_SPACE.matcher(clean(text)).replaceAll(" ").strip();
    }

    static String clean(String text) throws RejectedPageException {
        int sample = Math.min(text.length(), 65536);
        int control = 0;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new RejectedPageException("binary content: the page holds NUL characters");
            }
            if (isControl(c) || c == '\uFEFF') {
                any = true;
                if (i < sample && c != '\f' && c != '\u000B' && c != '\u0085' && c != '\uFEFF') {
                    control++;
                }
            }
        }
        if (control > 8 && control * 20 > sample) {
            throw new RejectedPageException("binary content: " + control + " control characters in the first " + sample + " characters");
        }
        if (!any) {
            return text;
        }
        String t = ANSI_ESCAPE.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\f' || c == '\u000B' || c == '\u0085') {
                out.append('\n');
            } else if (c == '\uFEFF' && i == 0) {
                continue;
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Blank: nothing but white space, odd spaces (no-break, ideographic) and zero-width characters. */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !(c >= '\u200B' && c <= '\u200D')
                    && c != '\u2060' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7f && c <= 0x9f;
    }

    private static String typeOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** The id of a page sent without a key: a digest of its content, so the same page gets the same id. */
    static String contentId(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
