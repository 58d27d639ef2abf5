package newsflow.core.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import newsflow.core.SeedPages;

/**
 * The hostile pages of issue 6, made in memory (no binaries in the repository), each with what must become of it:
 * accepted as a given content type (and, where it is known, the exact text the reader must produce), or rejected
 * with a reason that starts with a given category.
 */
public final class HostilePages {

    /** One hostile input and its fate. {@code text} is the page text the reader must give, or null when not pinned. */
    public record Case(String name, byte[] value, Map<String, String> headers, String rejectedAs, String contentType,
                       String text) {
        public boolean accepted() {
            return rejectedAs == null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A case the topology test leaves out: tagging it takes over a minute (see HostileTopologyTest). */
    public static final String CHINESE_MEGABYTE_LINE = "1 MB Chinese line without punctuation";

    /** The categories the sink groups dead letters by: the text before the first ':' with digits folded. */
    public static final Set<String> CATEGORIES = Set.of("empty page", "binary content", "not UTF-N text", "undecodable text",
            "unsupported charset", "malformed JSON envelope", "invalid JSON envelope",
            "page of N bytes exceeds the limit of N bytes");

    public static final String SEED_000 = "000_fe3380e024d71eeb.txt";
    public static final String SEED_002 = "002_488d0b9540606021.txt";

    /** A traditional Chinese page as a Hong Kong paper would print it, to send as Big5. */
    public static final String TRADITIONAL_PAGE = """
            # 香港商報

            ## 港珠澳大橋客流創新高

            本報訊（記者 陳志明）香港特區政府運輸署昨日公布，港珠澳大橋今年上半年累計客流量突破一千二百萬人次，較去年同期增長百分之三十五，創歷史新高。

            運輸署發言人表示，隨著「港車北上」政策持續推進，越來越多香港市民選擇駕車前往廣東省各城市旅遊及消費。週末及公眾假期期間，大橋口岸的車流量更是平日的兩倍以上。

            業界人士指出，大橋的客流增長為沿線酒店、餐飲及零售業帶來新的商機，但同時也對口岸的通關能力提出更高要求。特區政府正與廣東省有關部門研究延長口岸通關時間的可行性。

            ## 中秋節前月餅銷量回升

            本報訊 臨近中秋節，本港各大餅家的月餅銷量較去年明顯回升。有老字號餅家負責人表示，今年傳統蓮蓉月餅仍然最受歡迎，而低糖及冰皮月餅的銷量亦錄得雙位數增長。
            """;

    /** A short English page in windows-1252 (Latin-1) with accented letters and typographic quotes. */
    public static final String LATIN_PAGE = """
            ## Café owners in Zürich welcome the new tram line

            ZURICH, May 2 (Reuters) - Café owners along the Bahnhofstrasse said on Thursday that the new tram line \
            had brought more customers than they had expected, “more than at any time since the crème brûlée craze”, \
            one owner said. The city’s transport office said ridership had risen by a fifth in the first month.

            The line cost 240 million francs and took three years to build. Critics had said the money would be \
            better spent on buses; the mayor said the figures spoke for themselves.
            """;

    private HostilePages() {
    }

    /** The category of a reason as the sink computes it. */
    public static String category(String reason) {
        int cut = reason.indexOf(':');
        return folded((cut < 0 ? reason : reason.substring(0, cut)).strip());
    }

    /** Digits folded as the sink folds them ("not UTF-8 text" is counted as "not UTF-N text"). */
    public static String folded(String s) {
        return s.replaceAll("\\d+", "N");
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The text in a charset, failing when any character cannot be encoded (so a case never tests '?' marks). */
    public static byte[] encoded(String text, String charset) {
        Charset cs = Charset.forName(charset);
        if (!cs.newEncoder().canEncode(text)) {
            int bad = text.codePoints().filter(cp -> !cs.newEncoder().canEncode(new String(Character.toChars(cp))))
                    .findFirst().orElse('?');
            throw new IllegalStateException(charset + " cannot encode " + new String(Character.toChars(bad)));
        }
        return text.getBytes(cs);
    }

    /** A small good page, distinct per n, with one article. */
    public static String goodPage(int n) {
        return "## Harbour report number " + n + "\n\nThe harbour authority said on Monday that " + n
                + " ships had docked this week, " + (n % 7 + 2) + " more than last week. Officials expect traffic to"
                + " keep rising through the summer as the new quay " + (char) ('A' + n % 26) + " opens.\n";
    }

    /** Bytes shaped like a PNG file: signature, IHDR chunk, a chunk of random data, IEND. */
    public static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.writeBytes(new byte[] {0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, (byte) 0xa8, 0x66});
        byte[] data = new byte[2048];
        new Random(6).nextBytes(data);
        out.writeBytes(new byte[] {0, 0, 8, 0, 'I', 'D', 'A', 'T'});
        out.writeBytes(data);
        out.writeBytes(new byte[] {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82});
        return out.toByteArray();
    }

    /** UTF-8 Chinese text with one character cut short and a stray 0xFF: the bytes of a page mangled in transit. */
    public static byte[] corruptUtf8() {
        byte[] good = utf8(SeedPages.page(SEED_000).substring(0, 600));
        int at = 300;
        while ((good[at] & 0xF0) != 0xE0) {
            at++; // the lead byte of a three-byte character
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(good, 0, at + 2); // the character without its last byte
        out.write(0xFF);
        out.write(good, at + 3, good.length - at - 3);
        return out.toByteArray();
    }

    /**
     * {@code n} one-line articles: a heading and a one-line body each, all different. The words are made of random
     * syllables so that articles share few 5-character shingles: with a small vocabulary every article would meet
     * dozens of others in the dedup's LSH bands (up to 32 × 64 candidates read from the store each), which costs the
     * dedup step minutes for 10,000 articles (a cost of many near-identical short articles worth knowing, but not
     * what this page is for).
     */
    public static String manyArticles(int n) {
        StringBuilder b = new StringBuilder(n * 100);
        Random r = new Random(n);
        String[] syllables = {"ka", "lo", "mer", "tun", "sil", "bra", "den", "vo", "quin", "ha", "pel", "rus", "ton",
                "mi", "gra", "fen", "zu", "lar", "bet", "cos", "nid", "wel", "jor", "pha", "stri", "ob", "yen", "dag"};
        for (int i = 1; i <= n; i++) {
            b.append("## Item ").append(i).append(' ').append(word(r, syllables)).append(' ').append(word(r, syllables))
                    .append("\n\n");
            b.append("The ").append(word(r, syllables)).append(" of ").append(word(r, syllables)).append(" met the ")
                    .append(word(r, syllables)).append(' ').append(word(r, syllables)).append(" on day ").append(i)
                    .append(".\n\n");
        }
        return b.toString();
    }

    private static String word(Random r, String[] syllables) {
        StringBuilder w = new StringBuilder();
        for (int k = 2 + r.nextInt(3); k > 0; k--) {
            w.append(syllables[r.nextInt(syllables.length)]);
        }
        return w.toString();
    }

    /** A line of {@code bytes} UTF-8 bytes of English words and spaces with no punctuation at all. */
    public static String longEnglishLineWithoutPunctuation(int bytes) {
        String[] words = {"harbour", "council", "bridge", "school", "market", "river", "station", "library", "Smith",
                "London", "the", "and", "of", "traffic", "mayor", "said", "new", "line", "tram", "ships"};
        StringBuilder b = new StringBuilder(bytes + 16);
        Random r = new Random(2);
        while (b.length() < bytes) {
            b.append(words[r.nextInt(words.length)]).append(' ');
        }
        return b.toString();
    }

    /** A line of {@code bytes} UTF-8 bytes of Chinese characters and spaces with no punctuation at all. */
    public static String longLineWithoutPunctuation(int bytes) {
        String han = "新闻报道城市交通发展建设经济社会文化教育科技卫生体育环境政府工作会议代表人民群众生活水平提高";
        StringBuilder b = new StringBuilder(bytes / 3 + 16);
        Random r = new Random(1);
        int size = 0;
        while (size < bytes) {
            if (r.nextInt(12) == 0) {
                b.append(' ');
                size++;
            } else {
                b.append(han.charAt(r.nextInt(han.length())));
                size += 3;
            }
        }
        return b.toString();
    }

    private static Map<String, String> ct(String contentType) {
        return Map.of("content-type", contentType);
    }

    /** Every hostile case, in a fixed order. */
    public static List<Case> all() {
        String seed000 = SeedPages.page(SEED_000);
        String plain = "Harbour bridge reopens\n\nThe bridge over the harbour reopened on Monday after two years of"
                + " repairs. Traffic was light in the morning.\n";
        String html = "<!DOCTYPE html><html><body><article><h1>Harbour bridge reopens</h1>"
                + "<p>The bridge reopened on Monday after two years of repairs.</p></article></body></html>";
        String gbkHtml = "<html><head><meta charset=\"gb2312\"><title>页面</title></head><body>"
                + "<h1>长三角一体化发展座谈会召开</h1><p>会议强调，要深入推进长三角一体化发展，推动经济高质量发展。</p></body></html>";
        List<Case> cases = new ArrayList<>();
        // empty and blank
        cases.add(new Case("empty value", new byte[0], Map.of(), "empty page", null, null));
        cases.add(new Case("white space only", utf8(" \n\t\r\n\u3000\u00A0\u200B \n"), Map.of(), "empty page", null, null));
        cases.add(new Case("html with no text", utf8("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"),
                ct("text/html"), "empty page", null, null));
        // binary
        cases.add(new Case("png image", png(), Map.of(), "binary content", null, null));
        cases.add(new Case("png image labelled text/plain", png(), ct("text/plain"), "binary content", null, null));
        cases.add(new Case("mostly control characters", utf8("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008".repeat(20) + "text"),
                Map.of(), "binary content", null, null));
        cases.add(new Case("UTF-16 without a byte-order mark", plain.getBytes(StandardCharsets.UTF_16LE), Map.of(),
                "binary content", null, null));
        // encodings
        cases.add(new Case("corrupt UTF-8", corruptUtf8(), Map.of(), "not UTF-8 text", null, null));
        cases.add(new Case("random high bytes", randomHighBytes(), Map.of(), "undecodable text", null, null));
        cases.add(new Case("GBK page, no charset", encoded(seed000, "GBK"), Map.of(), null, "text/markdown", seed000));
        cases.add(new Case("GBK page, charset=GBK", encoded(seed000, "GBK"), ct("text/plain; charset=GBK"), null, "text/plain", seed000));
        cases.add(new Case("GBK page, charset=gb2312", encoded(seed000, "GBK"), ct("text/plain;charset=\"gb2312\""), null,
                "text/plain", seed000));
        cases.add(new Case("GBK short text, no charset", encoded("中文页面", "GBK"), Map.of(), null, "text/plain", "中文页面"));
        cases.add(new Case("Big5 page, no charset", encoded(TRADITIONAL_PAGE, "Big5"), Map.of(), null, "text/markdown", TRADITIONAL_PAGE));
        cases.add(new Case("Big5 page, charset=big5", encoded(TRADITIONAL_PAGE, "Big5"), ct("text/markdown; charset=big5"), null,
                "text/markdown", TRADITIONAL_PAGE));
        cases.add(new Case("GBK html with meta charset", encoded(gbkHtml, "GBK"), Map.of(), null, "text/html", null));
        cases.add(new Case("windows-1252 page, no charset", encoded(LATIN_PAGE, "windows-1252"), Map.of(), null, "text/markdown", LATIN_PAGE));
        cases.add(new Case("UTF-16LE with a byte-order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                plain.getBytes(StandardCharsets.UTF_16LE)), Map.of(), null, "text/plain", plain));
        cases.add(new Case("UTF-8 with a byte-order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(plain)),
                Map.of(), null, "text/plain", plain));
        cases.add(new Case("GBK page declared UTF-8", encoded(seed000, "GBK"), ct("text/plain; charset=utf-8"), "not UTF-8 text",
                null, null));
        cases.add(new Case("unknown charset declared", utf8(plain), ct("text/plain; charset=klingon-8"), "unsupported charset",
                null, null));
        cases.add(new Case("Big5 page declared Shift_JIS", encoded(TRADITIONAL_PAGE, "Big5"), ct("text/plain; charset=Shift_JIS"),
                "undecodable text", null, null));
        // size
        cases.add(new Case("10 MB page", utf8("新闻".repeat(10 * 1024 * 1024 / 6 + 1)), Map.of(), "page of N bytes exceeds", null, null));
        // JSON envelopes
        cases.add(new Case("malformed JSON envelope", utf8("{\"source\":\"Daily Planet\",\"body\":\"unterminated"), Map.of(),
                "malformed JSON envelope", null, null));
        cases.add(new Case("two envelopes in one record", utf8("{\"body\":\"First page.\"}{\"body\":\"Second page.\"}"), Map.of(),
                "malformed JSON envelope", null, null));
        cases.add(new Case("envelope with a key twice", utf8("{\"body\":\"One.\",\"body\":\"Two.\"}"), Map.of(),
                "malformed JSON envelope", null, null));
        cases.add(new Case("deeply nested envelope", utf8("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)), Map.of(),
                "malformed JSON envelope", null, null));
        cases.add(new Case("JSON array under application/json", utf8("[{\"body\":\"x\"}]"), ct("application/json"),
                "malformed JSON envelope", null, null));
        cases.add(new Case("envelope body a number", utf8("{\"source\":\"Daily Planet\",\"body\":42}"), Map.of(),
                "invalid JSON envelope", null, null));
        cases.add(new Case("envelope without body", utf8("{\"source\":\"Daily Planet\",\"date\":\"2024-05-01\"}"), Map.of(),
                "invalid JSON envelope", null, null));
        cases.add(new Case("envelope source an object", utf8("{\"source\":{\"name\":\"Daily Planet\"},\"body\":\"Text.\"}"), Map.of(),
                "invalid JSON envelope", null, null));
        cases.add(new Case("envelope date an array", utf8("{\"date\":[2024,5,1],\"body\":\"Text.\"}"), Map.of(),
                "invalid JSON envelope", null, null));
        cases.add(new Case("envelope page a fraction", utf8("{\"page\":3.5,\"body\":\"Text.\"}"), Map.of(),
                "invalid JSON envelope", null, null));
        cases.add(new Case("envelope body with NULs", utf8("{\"body\":\"Text\\u0000with\\u0000NULs.\"}"), Map.of(),
                "binary content", null, null));
        cases.add(new Case("envelope body blank", utf8("{\"body\":\" \\n\\t \"}"), Map.of(), "empty page", null, null));
        cases.add(new Case("good envelope", utf8("{\"source\":\"Daily Planet\",\"date\":\"2024-05-01\",\"contentType\":\"text/markdown\","
                + "\"body\":\"## Harbour bridge reopens\\n\\nThe bridge reopened on Monday after two years of repairs.\"}"),
                Map.of(), null, "text/markdown", "## Harbour bridge reopens\n\nThe bridge reopened on Monday after two years of repairs."));
        // shapes
        cases.add(new Case("10,000 one-line articles", utf8(manyArticles(10_000)), Map.of(), null, "text/markdown", null));
        cases.add(new Case("1 MB line without punctuation", utf8(longEnglishLineWithoutPunctuation(1024 * 1024)), Map.of(), null,
                "text/plain", null));
        cases.add(new Case(CHINESE_MEGABYTE_LINE, utf8(longLineWithoutPunctuation(1024 * 1024)), Map.of(), null,
                "text/plain", null));
        cases.add(new Case("control characters in text", utf8("Harbour bridge reopens\u0007\n\n\u001B[31mThe bridge\u001B[0m"
                + " reopened on Monday\u0008 after two\u000Byears\u0085of repairs.\u007F\u0090\n"),
                Map.of(), null, "text/plain", "Harbour bridge reopens\n\nThe bridge reopened on Monday after two\nyears\nof repairs.\n"));
        // lying content types
        cases.add(new Case("text/html on plain text", utf8(plain), ct("text/html"), null, "text/plain", plain));
        cases.add(new Case("application/json on plain text", utf8(plain), ct("application/json"), null, "text/plain", plain));
        cases.add(new Case("text/plain on an HTML document", utf8(html), ct("text/plain"), null, "text/html",
                "The bridge reopened on Monday after two years of repairs."));    // the article's body; its head apart
        cases.add(new Case("image/png on text", utf8(plain), ct("image/png"), null, "text/plain", plain));
        cases.add(new Case("text starting with a brace, no content type", utf8("{编者按} 这是一篇文章。\n"), Map.of(), null,
                "text/plain", "{编者按} 这是一篇文章。\n"));
        return cases;
    }

    private static byte[] randomHighBytes() {
        byte[] b = new byte[4000];
        new Random(42).nextBytes(b);
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (b[i] | 0x80);
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The cases by name, for tests that want one. */
    public static Map<String, Case> byName() {
        Map<String, Case> m = new LinkedHashMap<>();
        all().forEach(c -> m.put(c.name(), c));
        return m;
    }
}
