package newsflow.core.hostile;

import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import newsflow.core.SeedPages;

/**
 * Generators of hostile input for the property tests: characters from every corner that trips text code, lines
 * shaped like the parts of a newspaper page, mutations of the seed pages, and bytes in many encodings or none.
 */
public final class HostileGenerators {

    /** Characters that matter to the reader and the splitter: scripts, punctuation of both languages, odd spaces, controls. */
    private static final String POOL = "新闻记者本报讯北京合肥月日电习近平强调发展座谈会中国人民政府经济文化"
            + "港澳臺灣報紙這樣說"
            + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "。，、；：？！…“”‘’《》（）【】—·"
            + ".,;:?!'\"()[]{}<>#*-_/|\\&@%$+=~`^"
            + "■●◆□▲★▶►◎○◇△▼※•"
            + "      \t\n\n\n\r\u3000\u00A0\u2028\u2029\u200B\uFEFF\f\u000B\u0085"
            + "\u0000\u0001\u0007\u0008\u001B\u007F\u0090"
            + "éüßñçøÅ"
            + "\uD83D\uDCF0\uD800\uDC00\uDFFF"; // an emoji, a supplementary character, a lone low surrogate

    private static final String[] SEED_FILES = {HostilePages.SEED_000, HostilePages.SEED_002};

    private HostileGenerators() {
    }

    /** Any string over the pool, up to {@code max} characters. */
    public static Arbitrary<String> pooledText(int max) {
        return Arbitraries.strings().withChars(POOL.toCharArray()).ofMaxLength(max);
    }

    /** A page made of lines shaped like page parts (heads, bylines, datelines, body, captions, furniture), shuffled by chance. */
    public static Arbitrary<String> shapedPage() {
        Arbitrary<String> line = Arbitraries.oneOf(
                pooledText(30).map(s -> "# " + s),
                pooledText(40).map(s -> "## " + s),
                pooledText(20).map(s -> "### " + s),
                pooledText(12).map(s -> "本报记者 " + s),
                pooledText(12).map(s -> "By " + s),
                pooledText(80).map(s -> "新华社合肥8月20日电 " + s),
                pooledText(80).map(s -> "本报讯（记者 张伟）" + s),
                pooledText(80).map(s -> "LONDON, May 2 (Reuters) - " + s),
                pooledText(120).map(s -> s + "。"),
                pooledText(120).map(s -> s + "，"),
                pooledText(120).map(s -> s + "-"),
                pooledText(60).map(s -> s + "（新华社记者 王晔 摄）"),
                pooledText(20).map(s -> "（" + s + "）"),
                pooledText(40).map(s -> "**" + s + "**"),
                pooledText(40).map(s -> "■" + s),
                Arbitraries.of("第3版", "责任编辑：李明", "2020年8月24日 星期一", "http://example.org/a", "（下转第2版）",
                        "微信公众号", "(完)", "新华社记者 王晔/摄", "(AP Photo/Jane Roe)", "Page A3", ""),
                pooledText(200));
        Arbitrary<String> separator = Arbitraries.of("\n", "\n\n", "\n\n\n", "\r\n", "\n  \n");
        return Combinators.combine(line.list().ofMaxSize(40), separator.list().ofMinSize(40).ofMaxSize(40))
                .as((lines, seps) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < lines.size(); i++) {
                        b.append(lines.get(i)).append(seps.get(i));
                    }
                    return b.toString();
                });
    }

    /** A seed page with 1 to 8 random edits (see {@link #mutate}). */
    public static Arbitrary<String> mutatedSeedPage() {
        return Combinators.combine(Arbitraries.of(SEED_FILES), Arbitraries.integers().between(1, 8), Arbitraries.longs())
                .as((file, edits, seed) -> mutate(SeedPages.page(file), edits, new Random(seed)));
    }

    /**
     * Random edits of a page: delete a range, repeat a range, swap two lines, insert pooled characters, drop or add
     * blank lines, cut the page short, remove sentence ends, join lines.
     */
    public static String mutate(String page, int edits, Random r) {
        StringBuilder b = new StringBuilder(page);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = r.nextInt(b.length());
            int len = Math.min(b.length() - at, 1 + r.nextInt(300));
            switch (r.nextInt(9)) {
                case 0 -> b.delete(at, at + len);
                case 1 -> b.insert(at, b.substring(at, at + len));
                case 2 -> {
                    List<String> lines = new ArrayList<>(List.of(b.toString().split("\n", -1)));
                    int i = r.nextInt(lines.size());
                    int j = r.nextInt(lines.size());
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                    b = new StringBuilder(String.join("\n", lines));
                }
                case 3 -> {
                    StringBuilder junk = new StringBuilder();
                    for (int k = 1 + r.nextInt(20); k > 0; k--) {
                        junk.append(POOL.charAt(r.nextInt(POOL.length())));
                    }
                    b.insert(at, junk);
                }
                case 4 -> b = new StringBuilder(b.toString().replace("\n\n", r.nextBoolean() ? "\n" : "\n\n\n"));
                case 5 -> b.setLength(at);
                case 6 -> b = new StringBuilder(b.toString().replace("。", r.nextBoolean() ? "" : "，"));
                case 7 -> b = new StringBuilder(b.toString().replaceFirst("\n", " "));
                default -> b.insert(at, "\n\n## " + b.substring(at, at + Math.min(len, 20)) + "\n\n");
            }
        }
        return b.toString();
    }

    /**
     * Long lines of one short pattern repeated (up to 200,000 characters), alone or among page lines: what makes
     * regular expressions backtrack, recurse or crawl.
     */
    public static Arbitrary<String> repetitivePage() {
        Arbitrary<String> unit = Arbitraries.oneOf(pooledText(8).filter(u -> !u.isEmpty()),
                Arbitraries.of("主办 ", "本报记者 ", "**", "## ", "■", "新华社", "By Jane ", "（", "）", "、", "ab-", "A. ",
                        "2020年8月", "http://", "( ", "Reporting by ", "第1版", "## #", "a", "。", " "));
        return Combinators.combine(unit, Arbitraries.integers().between(1_000, 200_000), shapedPage(), Arbitraries.of(0, 1, 2))
                .as((u, chars, page, where) -> {
                    String line = u.repeat(Math.max(1, chars / u.length()));
                    return switch (where) {
                        case 0 -> line;
                        case 1 -> page + "\n\n" + line + "\n\n" + page;
                        default -> line + "\n" + line;
                    };
                });
    }

    /** HTML built from page lines: blocks, headings, furniture, unclosed and nested tags, entities. */
    public static Arbitrary<String> htmlPage() {
        Arbitrary<String> element = Arbitraries.oneOf(
                pooledText(40).map(s -> "<h1>" + s + "</h1>"),
                pooledText(40).map(s -> "<h2 class=\"x\">" + s),
                pooledText(200).map(s -> "<p>" + s + "</p>"),
                pooledText(200).map(s -> "<p>" + s),
                pooledText(100).map(s -> "<div><p>" + s + "</p><p>" + s + "</p></div>"),
                pooledText(60).map(s -> "<nav>" + s + "</nav>"),
                pooledText(60).map(s -> "<script>" + s + "</script>"),
                pooledText(60).map(s -> "<figure><img src=x><figcaption>" + s + "</figcaption></figure>"),
                pooledText(60).map(s -> "<li>" + s + "&amp;&lt;&#20013;&nbsp;</li>"),
                pooledText(60).map(s -> "<td>" + s + "<br>" + s + "</td>"),
                pooledText(60));
        return element.list().ofMaxSize(30).map(es -> "<!DOCTYPE html><html><body>" + String.join("\n", es) + "</body></html>");
    }

    /** Page texts of every kind above. */
    public static Arbitrary<String> pageText() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, pooledText(400)),
                net.jqwik.api.Tuple.of(4, shapedPage()),
                net.jqwik.api.Tuple.of(3, mutatedSeedPage()));
    }

    /** Bytes: random, text in some encoding, a seed page with bytes flipped or cut mid-character, an envelope. */
    public static Arbitrary<byte[]> pageBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(1500);
        Arbitrary<byte[]> encodedText = Combinators.combine(Arbitraries.oneOf(pageText(), htmlPage()),
                        Arbitraries.of("UTF-8", "GBK", "GB18030", "Big5", "UTF-16LE", "UTF-16BE", "windows-1252", "Shift_JIS", "EUC-KR"))
                .as(HostileGenerators::encode);
        Arbitrary<byte[]> flipped = Combinators.combine(mutatedSeedPage(), Arbitraries.of("UTF-8", "GBK", "Big5"),
                        Arbitraries.longs())
                .as((text, cs, seed) -> flip(encode(text, cs), new Random(seed)));
        Arbitrary<byte[]> envelope = Combinators.combine(pageText(), Arbitraries.of("\"body\"", "\"source\"", "\"date\"", "\"page\""),
                        Arbitraries.of("\"text/html\"", "\"text/markdown\"", "null", "42", "[]", "{}", "\"x\""))
                .as((body, field, type) -> ("{" + field + ":" + quote(body) + ",\"contentType\":" + type + "}")
                        .getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, random),
                net.jqwik.api.Tuple.of(4, encodedText),
                net.jqwik.api.Tuple.of(2, flipped),
                net.jqwik.api.Tuple.of(2, envelope));
    }

    /** Content-type headers, good and bad. */
    public static Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(
                Arbitraries.of("text/plain", "text/html", "text/markdown", "application/json", "image/png",
                        "text/html; charset=gbk", "text/plain; charset=big5", "text/plain; charset=utf-16",
                        "text/plain; charset=utf-8", "text/plain; charset=", "text/plain; charset=\"", ";charset=x-nope",
                        "text/plain; charset=UTF-32", "text/plain; charset=ISO-2022-JP", "TEXT/HTML;CHARSET=Shift_JIS"),
                pooledText(30));
    }

    /** The text in a charset, unencodable characters replaced (a generator may make any character). */
    static byte[] encode(String text, String charset) {
        try {
            java.nio.ByteBuffer buf = Charset.forName(charset).newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .encode(java.nio.CharBuffer.wrap(text));
            return java.util.Arrays.copyOf(buf.array(), buf.limit());
        } catch (java.nio.charset.CharacterCodingException e) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static byte[] flip(byte[] bytes, Random r) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] b = bytes.clone();
        for (int k = 1 + r.nextInt(6); k > 0; k--) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(3)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = (byte) r.nextInt(256);
                default -> {
                    return java.util.Arrays.copyOf(b, at); // cut short, maybe in the middle of a character
                }
            }
        }
        return b;
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
