package newsflow.core.page;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a page into text. In order: a charset declared in the {@code content-type} header (strict: bytes
 * that are not valid in it reject the page); a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-8 when the bytes are valid
 * UTF-8; a {@code <meta charset>} of an HTML page; else the encoding is detected (GB18030/GBK, Big5, Shift_JIS,
 * EUC-KR, windows-125x, …, by juniversalchardet's statistical probers, with a check of CJK double-byte ranges for
 * texts too short for statistics). Nothing is decoded with replacement characters: bytes that fit no encoding reject
 * the page with a reason that starts with a stable category ({@code binary content}, {@code not UTF-8 text},
 * {@code undecodable text}, {@code unsupported charset}).
 */
final class TextDecoder {

    /** What was decoded and how. */
    record Decoded(String text, String charset, String how) {
    }

    private static final int SAMPLE = 64 * 1024;
    private static final int DETECTOR_INPUT = 256 * 1024;
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)(?:^|;)\\s*charset\\s*=\\s*[\"']?([^\"';\\s]*)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\s[^>]{0,400}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})");
    private static final Pattern HTML_START = Pattern.compile("(?i)^\\s*(?:<!doctype\\s+html|<html|<head|<meta|<!--)");

    /** Labels in the wild and the decoder that reads them (as browsers do: a "gb2312" page is really GBK, …). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("cp936", "GB18030"), Map.entry("ms936", "GB18030"), Map.entry("windows-936", "GB18030"),
            Map.entry("euc-cn", "GB18030"), Map.entry("gb_2312-80", "GB18030"), Map.entry("chinese", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("big-5", "Big5-HKSCS"), Map.entry("cn-big5", "Big5-HKSCS"),
            Map.entry("x-x-big5", "Big5-HKSCS"), Map.entry("cp950", "x-windows-950"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("l1", "windows-1252"), Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"));

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String declaredContentType) throws RejectedPageException {
        String declared = charsetParameter(declaredContentType);
        if (declared != null) {
            return declared(bytes, declared);
        }
        Decoded bom = byByteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        rejectBinary(bytes);
        int invalidAt = firstInvalidUtf8(bytes);
        if (invalidAt < 0) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", "valid UTF-8");
        }
        Decoded meta = byMetaCharset(bytes);
        if (meta != null) {
            return meta;
        }
        return detected(bytes, invalidAt);
    }

    /** The charset parameter of a content type ("text/html; charset=GBK" → "GBK"), or null. */
    static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).strip();
        return name.isEmpty() ? null : name;
    }

    private static Decoded declared(byte[] bytes, String label) throws RejectedPageException {
        Charset charset = charset(label);
        if (charset == null) {
            throw new RejectedPageException("unsupported charset: the content-type declares charset=" + printable(label)
                    + ", which is not a character encoding this service can decode");
        }
        Decoded bom = byByteOrderMark(bytes);
        if (bom != null) {
            return bom; // a byte-order mark is surer than a label
        }
        if (!isWide(charset)) {
            rejectBinary(bytes);
        }
        try {
            return new Decoded(strict(charset, bytes, 0), charset.name(), "declared charset=" + label);
        } catch (CharacterCodingException e) {
            int at = firstUndecodable(charset, bytes, 0);
            if (charset.equals(StandardCharsets.UTF_8)) {
                throw new RejectedPageException("not UTF-8 text: invalid UTF-8 byte sequence at byte " + at
                        + " though the content-type declares charset=" + printable(label));
            }
            throw new RejectedPageException("undecodable text: the page is not valid " + charset.name()
                    + " as its content-type declares (byte sequence at byte " + at + " is not " + charset.name() + ")");
        }
    }

    private static Decoded byByteOrderMark(byte[] b) throws RejectedPageException {
        Charset charset;
        int skip;
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        } else if (startsWith(b, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(b, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            return null;
        }
        try {
            return new Decoded(strict(charset, b, skip), charset.name(), "byte-order mark");
        } catch (CharacterCodingException e) {
            int at = firstUndecodable(charset, b, skip);
            if (charset.equals(StandardCharsets.UTF_8)) {
                throw new RejectedPageException("not UTF-8 text: invalid UTF-8 byte sequence at byte " + at
                        + " after a UTF-8 byte-order mark");
            }
            throw new RejectedPageException("undecodable text: the page starts with a " + charset.name()
                    + " byte-order mark but is not valid " + charset.name() + " (at byte " + at + ")");
        }
    }

    /** An HTML page that says which charset it is in: honoured when its bytes are valid in it. */
    private static Decoded byMetaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        if (!HTML_START.matcher(head).find()) {
            return null;
        }
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        Charset charset = charset(m.group(1));
        if (charset == null || charset.equals(StandardCharsets.UTF_8) || isWide(charset)) {
            return null;
        }
        try {
            return new Decoded(strict(charset, bytes, 0), charset.name(), "<meta charset=" + m.group(1) + ">");
        } catch (CharacterCodingException e) {
            return null; // the page lies about itself: detect instead
        }
    }

    private static Decoded detected(byte[] bytes, int invalidAt) throws RejectedPageException {
        String name = detect(bytes);
        Utf8Shape shape = Utf8Shape.of(bytes);
        if ("UTF-8".equals(name) || shape.valid() >= 2 && shape.valid() >= 3 * shape.invalid()) {
            throw new RejectedPageException("not UTF-8 text: invalid UTF-8 byte sequence at byte " + invalidAt + " ("
                    + shape.invalid() + " invalid and " + shape.valid() + " valid multi-byte sequences: corrupt UTF-8)");
        }
        Charset charset = name == null ? null : charset(name);
        if (charset == null || charset.newEncoder().maxBytesPerChar() <= 1.0f) {
            // too short for the statistics, which then guess a single-byte charset or nothing
            Charset cjk = CjkPairs.likelyCharset(bytes);
            if (cjk != null) {
                try {
                    return new Decoded(strict(cjk, bytes, 0), cjk.name(), "CJK double-byte ranges");
                } catch (CharacterCodingException e) {
                    // not it after all
                }
            }
        }
        if (charset == null) {
            throw new RejectedPageException("undecodable text: not UTF-8 (invalid byte sequence at byte " + invalidAt
                    + ") and no other character encoding fits"
                    + (name == null ? "" : " (detected " + printable(name) + ", which this service cannot decode)"));
        }
        try {
            return new Decoded(strict(charset, bytes, 0), charset.name(), "detected");
        } catch (CharacterCodingException e) {
            throw new RejectedPageException("undecodable text: not UTF-8 (invalid byte sequence at byte " + invalidAt
                    + ") and not valid " + charset.name() + " either, the likeliest other encoding");
        }
    }

    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        for (int off = 0; off < Math.min(bytes.length, DETECTOR_INPUT) && !detector.isDone(); off += 8192) {
            detector.handleData(bytes, off, Math.min(8192, bytes.length - off));
        }
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /** The decoder for a label, or null when there is none. */
    static Charset charset(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        String name = ALIASES.getOrDefault(l, l);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isWide(Charset c) {
        return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32");
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    /** The offset of the first byte that {@code charset} cannot decode. */
    private static int firstUndecodable(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            r = decoder.flush(out);
            return r.isError() || !r.isUnderflow() ? in.position() : bytes.length;
        }
    }

    /** The offset of the first byte of an invalid UTF-8 sequence, or -1 when all of it is valid UTF-8. */
    static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int n = utf8SequenceLength(b, i);
            if (n < 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /** The length of the valid UTF-8 sequence at {@code i} (1 to 4), or -1 when none starts there. */
    private static int utf8SequenceLength(byte[] b, int i) {
        int c = b[i] & 0xff;
        if (c < 0x80) {
            return 1;
        }
        int n;
        int min;
        int max = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            min = c == 0xE0 ? 0xA0 : 0x80;
            max = c == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            min = c == 0xF0 ? 0x90 : 0x80;
            max = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + n > b.length) {
            return -1;
        }
        int second = b[i + 1] & 0xff;
        if (second < min || second > max) {
            return -1;
        }
        for (int k = 2; k < n; k++) {
            int cont = b[i + k] & 0xff;
            if (cont < 0x80 || cont > 0xBF) {
                return -1;
            }
        }
        return n;
    }

    /** How much of the bytes reads as UTF-8: valid multi-byte sequences against invalid bytes. */
    private record Utf8Shape(int valid, int invalid) {
        static Utf8Shape of(byte[] b) {
            int valid = 0;
            int invalid = 0;
            int end = Math.min(b.length, SAMPLE);
            int i = 0;
            while (i < end) {
                int n = utf8SequenceLength(b, i);
                if (n < 0) {
                    invalid++;
                    i++;
                } else {
                    if (n > 1) {
                        valid++;
                    }
                    i += n;
                }
            }
            return new Utf8Shape(valid, invalid);
        }
    }

    /**
     * For texts too short for statistics: GB2312's and Big5's most frequent characters sit in known double-byte
     * ranges (GB2312 level 1, rows B0–D7; Big5 frequent characters, A440–C67E; and their punctuation rows). Bytes that
     * pair up into such characters only, under one of the two, are taken to be that; GBK first when both fit.
     */
    static final class CjkPairs {
        private CjkPairs() {
        }

        static Charset likelyCharset(byte[] b) {
            if (fits(b, true)) {
                return Charset.forName("GB18030");
            }
            if (fits(b, false)) {
                return Charset.forName("Big5-HKSCS");
            }
            return null;
        }

        private static boolean fits(byte[] b, boolean gb) {
            int pairs = 0;
            int end = Math.min(b.length, SAMPLE);
            int i = 0;
            while (i < end) {
                int lead = b[i] & 0xff;
                if (lead < 0x80) {
                    i++;
                    continue;
                }
                if (i + 1 >= b.length) {
                    return false;
                }
                int trail = b[i + 1] & 0xff;
                if (!(gb ? gbFrequent(lead, trail) : big5Frequent(lead, trail))) {
                    return false;
                }
                pairs++;
                i += 2;
            }
            return pairs >= 2;
        }

        private static boolean gbFrequent(int lead, int trail) {
            return trail >= 0xA1 && trail <= 0xFE && (lead >= 0xA1 && lead <= 0xA3 || lead >= 0xB0 && lead <= 0xD7);
        }

        private static boolean big5Frequent(int lead, int trail) {
            boolean trailOk = trail >= 0x40 && trail <= 0x7E || trail >= 0xA1 && trail <= 0xFE;
            int code = lead << 8 | trail;
            return trailOk && (lead >= 0xA1 && lead <= 0xA3 || code >= 0xA440 && code <= 0xC67E);
        }
    }

    /** Text is letters, digits, punctuation and line breaks; NULs or a run of control bytes mean binary data. */
    static void rejectBinary(byte[] bytes) throws RejectedPageException {
        int control = 0;
        int sample = Math.min(bytes.length, SAMPLE);
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

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A label from the outside world, cut short and stripped of anything unprintable, to quote in a reason. */
    static String printable(String s) {
        String t = s.codePoints().filter(cp -> cp >= 0x20 && cp < 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
