package newsflow.processor.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import newsflow.model.JsonSerde;
import newsflow.model.PageSource;
import newsflow.model.Topics;

/**
 * Reads one input record as a page: UTF-8 text with optional metadata headers, or a JSON envelope
 * {@code {"source","date","page","url","contentType","body"}}. Anything else is rejected with a reason.
 */
public final class PageReader {
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

    private final int maxBytes;
    private final HtmlToText htmlToText = new HtmlToText();

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
        rejectBinary(value);
        String text = decodeUtf8(value);
        if (text.isBlank()) {
            throw new RejectedPageException("empty page: only white space");
        }
        String pageKey = key == null || key.length == 0 ? null : new String(key, StandardCharsets.UTF_8);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") && looksLikeEnvelope(headers)) {
            return fromEnvelope(pageKey, trimmed);
        }
        PageSource source = new PageSource(headers.get(Topics.HEADER_SOURCE), headers.get(Topics.HEADER_DATE),
                headers.get(Topics.HEADER_PAGE), headers.get(Topics.HEADER_URL));
        String contentType = contentType(headers.get(Topics.HEADER_CONTENT_TYPE), text);
        return page(pageKey, source, contentType, text);
    }

    private Page page(String pageKey, PageSource source, String contentType, String text) throws RejectedPageException {
        String body = contentType.equals("text/html") ? htmlToText.convert(text) : text;
        if (body.isBlank()) {
            throw new RejectedPageException("empty page: no text in the " + contentType + " body");
        }
        return new Page(pageKey != null ? pageKey : contentId(text), source, contentType, body);
    }

    private static boolean looksLikeEnvelope(Map<String, String> headers) {
        String declared = headers.get(Topics.HEADER_CONTENT_TYPE);
        return declared == null || declared.toLowerCase(Locale.ROOT).contains("json");
    }

    private Page fromEnvelope(String pageKey, String json) throws RejectedPageException {
        JsonNode node;
        try {
            node = JsonSerde.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new RejectedPageException("malformed JSON envelope: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new RejectedPageException("malformed JSON envelope: not an object");
        }
        JsonNode body = node.get("body");
        if (body == null || !body.isTextual()) {
            throw new RejectedPageException("JSON envelope without a text field \"body\"");
        }
        for (String field : new String[] {"source", "date", "page", "url", "contentType"}) {
            JsonNode f = node.get(field);
            if (f != null && !f.isNull() && !f.isTextual() && !(field.equals("page") && f.isNumber())) {
                throw new RejectedPageException("JSON envelope field \"" + field + "\" must be a string, not " + f.getNodeType());
            }
        }
        String text = body.asText();
        if (text.isBlank()) {
            throw new RejectedPageException("empty page: the envelope's body is blank");
        }
        rejectBinary(text.getBytes(StandardCharsets.UTF_8));
        PageSource source = new PageSource(textOf(node, "source"), textOf(node, "date"), textOf(node, "page"), textOf(node, "url"));
        return page(pageKey, source, contentType(textOf(node, "contentType"), text), text);
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode f = node.get(field);
        return f == null || f.isNull() ? null : f.asText();
    }

    /** text/plain, text/markdown or text/html: from the declared type, else sniffed from the text. */
    static String contentType(String declared, String text) {
        String d = declared == null ? "" : declared.toLowerCase(Locale.ROOT);
        if (d.contains("html")) {
            return "text/html";
        }
        if (d.contains("markdown")) {
            return "text/markdown";
        }
        if (d.contains("text/plain")) {
            return "text/plain";
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>")) {
            return "text/html";
        }
        return text.lines().anyMatch(l -> l.startsWith("# ") || l.startsWith("## ")) ? "text/markdown" : "text/plain";
    }

    private static String decodeUtf8(byte[] value) throws RejectedPageException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RejectedPageException("not UTF-8 text: the page holds invalid UTF-8 byte sequences");
        }
    }

    /** Text is letters, digits, punctuation and line breaks; NULs or a run of control characters mean binary data. */
    private static void rejectBinary(byte[] bytes) throws RejectedPageException {
        int control = 0;
        int sample = Math.min(bytes.length, 65536);
        for (int i = 0; i < sample; i++) {
            int c = bytes[i] & 0xff;
            if (c == 0) {
                throw new RejectedPageException("binary content: the page holds NUL bytes");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7f) {
                control++;
            }
        }
        if (control > 8 && control * 20 > sample) {
            throw new RejectedPageException("binary content: " + control + " control bytes in the first " + sample + " bytes");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
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
