package newsflow.core.split;

import java.util.regex.Pattern;
import newsflow.core.text.HanScript;

/** What a piece of page text looks like on its own: its script, whether it ends a sentence, whether it reads as a head. */
final class TextShape {

    /** Characters that close a sentence, or a quote or bracket closing one. A colon leads into what follows. */
    private static final String SENTENCE_END = "。！？!?…⋯.．\"”’」』）)】〕:：";
    /** Closing quotes: a paragraph that ends on one ends a sentence only when the quote closes a sentence. */
    private static final String CLOSING_QUOTES = "”’」』\"";
    private static final String QUOTED_SENTENCE_END = "。！？!?…⋯.．";
    /** A Chinese head carries none of these; a colon, quotes and a final ?/! are fine in a headline. */
    private static final Pattern CHINESE_PROSE_PUNCTUATION = Pattern.compile("[。，,；;…]|[！？!?].");
    /** A Latin head may hold commas ("Fed Holds Rates, Signals Cuts") but no sentence break or semicolon. */
    private static final Pattern LATIN_PROSE_PUNCTUATION = Pattern.compile("[;…]|[a-z]{2}[.!?]\\s");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    private static final int MAX_HEAD_HAN = 64;
    private static final int MAX_HEAD_LATIN_CHARS = 100;
    private static final int MAX_HEAD_LATIN_WORDS = 14;
    /** A site's cut of a teaser: "…有所斬...", "…聲響。近…". */
    private static final Pattern TEASER_CUT = Pattern.compile("(?:\\.{3,}|[…⋯]{1,2})$");

    private TextShape() {
    }

    /** Whether a paragraph ends where a site cut a teaser of its story: nothing of the story follows. */
    static boolean endsInTeaserCut(String s) {
        return TEASER_CUT.matcher(s).find();
    }

    static boolean isLatinLetter(int c) {
        return c < 0x250 && Character.isLetter(c);
    }

    static int hanCount(String s) {
        return (int) s.codePoints().filter(HanScript::isHan).count();
    }

    /** Chinese text is judged by Chinese rules even with some Latin in it ("5G", "VR"). */
    static boolean isChinese(String s) {
        int han = 0;
        // stops at the second Han character: asked of every line and paragraph, often long ones
        for (int i = 0; i < s.length() && han < 2; ) {
            int c = s.codePointAt(i);
            if (HanScript.isHan(c)) {
                han++;
            }
            i += Character.charCount(c);
        }
        return han >= 2;
    }

    /**
     * Whether a paragraph stops at a sentence end. One that does not (a trailing 、 or comma, or a bare character)
     * was cut by a column break and goes on in the next paragraph.
     */
    static boolean endsSentence(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        if (CLOSING_QUOTES.indexOf(last) >= 0 && s.length() >= 2) {
            // a quoted term closes here ("…打造新型智慧“城市大脑”"), not a quoted sentence ("…。”", "…done.\"")
            char before = s.charAt(s.length() - 2);
            return QUOTED_SENTENCE_END.indexOf(before) >= 0 || !quoteOpensInParagraph(s, last);
        }
        return SENTENCE_END.indexOf(last) >= 0;
    }

    /** Whether the closing quote at the end has its opening one in the same paragraph (else it closes a long quote). */
    private static boolean quoteOpensInParagraph(String s, char closing) {
        char opening = switch (closing) {
            case '”' -> '“';
            case '’' -> '‘';
            case '」' -> '「';
            case '』' -> '『';
            default -> '"';
        };
        int at = opening == '"' ? s.lastIndexOf('"', s.length() - 2) : s.lastIndexOf(opening);
        return at >= 0;
    }

    /**
     * Whether the line reads as text rather than binary junk or bare numbers: it has letters, no replacement
     * characters, and nearly all its characters are letters, digits, ASCII or the punctuation news text uses.
     */
    static boolean looksLikeText(String s) {
        int letters = 0;
        int printable = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                return false;
            }
            boolean letter = Character.isLetter(c);
            if (letter) {
                letters++;
            }
            if ((c >= 0x20 && c < 0x7F) || letter || Character.isDigit(c) || (c >= 0x2000 && c <= 0x206F)
                    || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x00B7) {
                printable++;
            }
        }
        return letters > 0 && printable * 10 >= s.length() * 9;
    }

    /** Whether a paragraph has enough words to be prose: random bytes that slipped through rarely do. */
    static boolean hasWords(String s) {
        if (isChinese(s)) {
            return true;
        }
        var m = LATIN_WORD.matcher(s);
        int words = 0;
        while (m.find() && words < 2) {
            if (m.end() - m.start() >= 2) {
                words++;
            }
        }
        return words >= 2;
    }

    /**
     * Whether a line is shaped like a head (headline, kicker, deck or intertitle): short and free of the
     * punctuation that prose carries. Latin heads must also be set in capitals or title case.
     */
    private static final int MAX_TITLE_HEAD = 60;
    private static final int MAX_TITLE_HEAD_WORDS = 8;
    private static final Pattern TITLE_HEAD_EXCLUDED = Pattern.compile("[\\d,;:!?\"“”]|\\.\\S*\\s.*\\.");

    static boolean isHeadLike(String s) {
        if (s.isEmpty() || s.endsWith("、")) {
            return false;
        }
        if (isChinese(s)) {
            return s.length() <= MAX_HEAD_HAN + 30 && hanCount(s) <= MAX_HEAD_HAN
                    && !CHINESE_PROSE_PUNCTUATION.matcher(s).find();
        }
        return !LATIN_PROSE_PUNCTUATION.matcher(s).find() && isLatinHead(s);
    }

    private static boolean isLatinHead(String s) {
        // old front pages stop a headline with a period ("BANK ROBBERS TOOK $1,080.", "Weather Halts War Operations.")
        boolean periodHead = s.endsWith(".") && s.indexOf(' ') > 0 && (isAllCaps(s) || isTitleCaseHead(s));
        if (s.length() > MAX_HEAD_LATIN_CHARS || s.endsWith(".") && !periodHead || s.endsWith("-") || s.endsWith(":")
                || s.endsWith(",")) {
            return false;
        }
        var m = LATIN_WORD.matcher(s);
        int words = 0;
        int longWords = 0;
        int capitalLong = 0;
        boolean firstCapital = false;
        while (m.find()) {
            String w = m.group();
            if (words == 0) {
                firstCapital = Character.isUpperCase(w.charAt(0));
            }
            words++;
            if (w.length() >= 4) {
                longWords++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalLong++;
                }
            }
        }
        if (words == 0 || words > MAX_HEAD_LATIN_WORDS || !firstCapital) {
            return false;
        }
        return isAllCaps(s) || capitalLong * 10 >= longWords * 6;
    }

    /**
     * A head in title case that ends with a period: a few words, every long one capitalised, no digits and no comma
     * (which would make it a dateline such as "Kansas City, Nov. 9." or a name list).
     */
    static boolean isTitleCaseHead(String s) {
        if (s.length() > MAX_TITLE_HEAD || TITLE_HEAD_EXCLUDED.matcher(s).find()) {
            return false;
        }
        var m = LATIN_WORD.matcher(s);
        int words = 0;
        int longWords = 0;
        while (m.find()) {
            String w = m.group();
            words++;
            if (w.length() >= 4) {
                longWords++;
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
            }
        }
        return words >= 2 && words <= MAX_TITLE_HEAD_WORDS && longWords >= 2;
    }

    /** Whether every cased letter is upper case (and there are some). */
    static boolean isAllCaps(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            any |= Character.isUpperCase(c);
        }
        return any;
    }

    /** Removes all white space, for comparing text as printed on different lines. */
    static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** A table cell of figures alone: "380758", "93.66%", "38625/11", "$7.30". */
    static boolean isFigures(String text) {
        return FIGURES.matcher(text.strip()).matches();
    }

    private static final Pattern FIGURES = Pattern.compile("[$¥€£]?[\\d,.]+%?(?:/[\\d,.]+%?)?");
}
