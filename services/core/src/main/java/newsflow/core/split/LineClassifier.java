package newsflow.core.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.core.split.PageItem.Kind;

/**
 * Decides what each line of a page is (furniture, head, byline, photo credit, caption, body) from its own shape and
 * its neighbours, and rejoins lines that OCR wrapped inside a paragraph.
 */
final class LineClassifier {

    /** Captions are short; a long paragraph before a stray photo credit is story text. */
    private static final int MAX_CAPTION = 200;
    /** Lines wrapped at a column's width are short; a page of long lines holds one paragraph per line. */
    private static final int MAX_WRAPPED_LINE = 100;
    private static final int MIN_WRAPPED_BODY_LINES = 3;
    /** A Chinese headline with a comma in it ("稳字当头,进中求新") is still short. */
    static final int MAX_COMMA_HEAD = 40;
    private static final Pattern TAIL_WORD = Pattern.compile("^[a-z][a-z'’-]+[.!?][\"”’)]?$");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。；;！？!?]|[、,，]$");
    /** Head lines over no text at all this many or more: a text cut into lines, not heads. */
    private static final int MIN_LINES_OF_CUT_TEXT = 3;
    static final Pattern WHITE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;！？!?：:]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！？!?：:]");
    /** A paper's or an agency's bracketed credit: "【本報墨爾本訊】", "【新華社北京電】", "【路透社北京12日电】". */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(
            "【(?:本(?:报|報)|[\\p{IsHan}]{2,8}?(?:社|报|報))[\\p{IsHan}]{0,8}?\\d{0,2}日?(?:讯|訊|电|電)】");
    /** A head this long at least before a credit on the same line: a shorter run is a label or a kicker. */
    private static final int MIN_HEAD_BEFORE_CREDIT = 6;
    /** Where an archive's transcription had a photo: "(附图片)". */
    private static final Pattern PHOTO_MARK = Pattern.compile("[(（]附(?:图片|图|照片)[)）]$");

    /** What is made of the lines once each has a kind, in this order. */
    private static final List<UnaryOperator<List<PageItem>>> PASSES = List.of(
            ArchivePasses::splitMessageHeads, DigestPasses::splitBracketedItems, DigestPasses::labelledItems,
            DigestPasses::numberedRuns, DigestPasses::sectionLinks, DigestPasses::itemDates,
            DigestPasses::withoutSiteNotice, DigestPasses::withoutGreeting, DigestPasses::withoutRepeatedLabels,
            LineClassifier::markedHeads, ArchivePasses::withoutListings, LineClassifier::withoutTables,
            ArchivePasses::withoutRepeatedHeads, LineClassifier::splitPairedHeads, LineClassifier::splitListedHeads,
            LineClassifier::joinWrappedLatinHeads, LineClassifier::rejoinWrapped, DigestPasses::withoutLinkPrompts,
            LineClassifier::splitMarkedCredits, LineClassifier::splitHeadsBeforeCredits, LineClassifier::colonLinesAsText,
            DigestPasses::headsAfterTeasers, LineClassifier::headsOverCreditedLeads,
            LineClassifier::promoteHeadsWithCommas, DigestPasses::withoutQuestionLinks, LineClassifier::signedPieces,
            LineClassifier::writerUnderHead, ArchivePasses::datedSignOffs, LineClassifier::markCaptions,
            ArchivePasses::bracketedDecks, LineClassifier::textCutIntoLines, ArchivePasses::headsOverNothing);

    private LineClassifier() {
    }

    /**
     * A page of short lines and no line of text: a story's sentences cut into lines at their commas (a copy a site
     * rewrote, "全國人口共141178萬人" / "增添7206萬人" / …) is its text, not a column of heads over nothing, which
     * would lose it. One head line alone over nothing is a page's furniture and stays so.
     */
    private static List<PageItem> textCutIntoLines(List<PageItem> items) {
        long heads = items.stream().filter(i -> i.kind() == Kind.HEAD_LINE).count();
        if (heads < MIN_LINES_OF_CUT_TEXT || items.stream().anyMatch(i -> i.kind() == Kind.BODY)) {
            return items;
        }
        return items.stream().map(i -> i.kind() == Kind.HEAD_LINE ? i.as(Kind.BODY, i.text()) : i).toList();
    }

    static List<PageItem> classify(List<PageLines.Line> lines) {
        int masthead = mastheadIndex(lines);
        int headlineLevel = headlineLevel(lines, masthead);
        List<PageItem> items = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PageLines.Line line = lines.get(i);
            Kind kind = i == masthead ? Kind.MASTHEAD : kindOf(line, headlineLevel);
            items.add(new PageItem(kind, line.text(), line.block(), line.mark()));
        }
        for (UnaryOperator<List<PageItem>> pass : PASSES) {
            items = pass.apply(items);
        }
        return items;
    }

    private static Kind kindOf(PageLines.Line line, int headlineLevel) {
        String text = line.text();
        if (line.image()) {
            return TextShape.looksLikeText(text) && TextShape.hasWords(text) ? Kind.CAPTION : Kind.NOISE;
        }
        if (PageFurniture.isJumpToLaterPage(text)) {
            return Kind.END_MARK;
        }
        if (!TextShape.looksLikeText(text) || PageFurniture.isNoise(text)) {
            return Kind.NOISE;
        }
        if (CreditParser.isClosingCredit(text) || CreditParser.isSignedDate(text)) {
            return Kind.CLOSING_CREDIT;
        }
        if (CreditParser.isPhotoCredit(text)) {
            return Kind.PHOTO_CREDIT;
        }
        if (CreditParser.isBylineLine(text)) {
            return Kind.BYLINE;
        }
        if (line.level() > 0) {
            return line.level() <= headlineLevel ? Kind.HEADING : Kind.MINOR_HEADING;
        }
        if (TextShape.isHeadLike(text) && CreditParser.parseLead(text) == null) {
            return Kind.HEAD_LINE; // a line that opens with a credit ("本报讯 …") is a lead, however short
        }
        // a lone word that ends a sentence ("health.") is the tail of a wrapped line, not junk
        return TextShape.hasWords(text) || TAIL_WORD.matcher(text).matches() ? Kind.BODY : Kind.NOISE;
    }

    /**
     * The page's top heading when it is the masthead: the only heading at the top level, first of all headings,
     * with deeper levels in use, and followed straight by another heading or shaped like a paper's name.
     */
    private static int mastheadIndex(List<PageLines.Line> lines) {
        int first = -1;
        int top = Integer.MAX_VALUE;
        int deepest = 0;
        for (int i = 0; i < lines.size(); i++) {
            int level = lines.get(i).level();
            if (level > 0) {
                first = first < 0 ? i : first;
                top = Math.min(top, level);
                deepest = Math.max(deepest, level);
            }
        }
        if (first < 0 || lines.get(first).level() != top || deepest == top) {
            return -1;
        }
        final int topLevel = top;
        if (lines.stream().filter(l -> l.level() == topLevel).count() != 1) {
            return -1;
        }
        int next = first + 1;
        while (next < lines.size() && lines.get(next).level() == 0 && PageFurniture.isNoise(lines.get(next).text())) {
            next++; // the issue date or number printed under the paper's name
        }
        if (PageFurniture.isPublicationName(lines.get(first).text())) {
            return first;
        }
        if (next >= lines.size() || lines.get(next).level() == 0) {
            return -1;
        }
        // a page's name over its stories, not an article's headline over its deck: the level below is used again
        final int below = lines.get(next).level();
        return lines.stream().filter(l -> l.level() == below).count() >= 2 ? first : -1;
    }

    /** The shallowest heading level other than the masthead's: headlines; deeper levels are kickers or intertitles. */
    private static int headlineLevel(List<PageLines.Line> lines, int masthead) {
        int level = Integer.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            if (i != masthead && lines.get(i).level() > 0) {
                level = Math.min(level, lines.get(i).level());
            }
        }
        return level;
    }

    /**
     * Lines of one block that go on a paragraph. On a page wrapped at column width every body line continues the
     * one above it in its block; elsewhere only a head-shaped fragment right under a cut line does (unless a byline
     * follows it, which makes it a headline set into the story).
     */
    private static List<PageItem> rejoinWrapped(List<PageItem> items) {
        boolean wrapped = isWrapped(items);
        List<PageItem> out = new ArrayList<>(items.size());
        StringBuilder open = null; // the paragraph being rejoined, kept open so long runs join in linear time
        boolean openChinese = false;
        for (int i = 0; i < items.size(); i++) {
            PageItem item = items.get(i);
            PageItem last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.kind() == Kind.BODY && last.block() == item.block()) {
                boolean lastCut = open != null ? !TextShape.endsSentence(open.substring(open.length() - 1))
                        : ColumnBreakJoiner.endsCut(last.text());
                boolean bylineNext = i + 1 < items.size() && items.get(i + 1).kind() == Kind.BYLINE;
                // on a page wrapped at column width a head-shaped line runs on the text above it, unless it is set in
                // Latin capitals, or in title case, after a finished sentence: the head of the next story
                // on an old front page
                String t = item.text();
                boolean periodHead = !lastCut && !TextShape.isChinese(t)
                        && (TextShape.isAllCaps(t) || TextShape.isTitleCaseHead(t));
                boolean fragment = item.kind() == Kind.HEAD_LINE && !bylineNext && !HEAD_MARKS.contains(item.mark())
                        && (lastCut || wrapped && !periodHead);
                if (wrapped && (item.kind() == Kind.BODY || fragment)) {
                    if (open == null) {
                        open = new StringBuilder(last.text());
                        openChinese = TextShape.isChinese(last.text());
                    }
                    ColumnBreakJoiner.appendHalf(open, openChinese, item.text());
                    openChinese |= TextShape.isChinese(item.text());
                    continue;
                }
                if (fragment) {
                    item = item.as(Kind.BODY, item.text());
                }
            }
            if (open != null) {
                out.set(out.size() - 1, last.as(Kind.BODY, open.toString()));
                open = null;
            }
            out.add(item);
        }
        if (open != null) {
            int last = out.size() - 1;
            out.set(last, out.get(last).as(Kind.BODY, open.toString()));
        }
        return out;
    }

    /**
     * A listing's line is a story's headline over its byline and text: "headline 2024年03月13日|文:X", "headline writer
     * 2021-12-10 text", "headline 【記者X/台北報導】text 2026/01/15 17:23 社會".
     */
    private static List<PageItem> splitListedHeads(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            // its date makes it read as a running head, its length as a paragraph: the writer's credit tells
            CreditParser.Listed listed = item.kind() == Kind.HEAD_LINE || item.kind() == Kind.BODY || item.kind() == Kind.NOISE
                    ? CreditParser.listed(item.text()) : null;
            if (listed == null) {
                out.add(item);
                continue;
            }
            out.add(item.as(Kind.HEAD_LINE, listed.headline()));
            if (listed.byline() != null) {
                out.add(item.as(Kind.BYLINE, listed.byline()));
            }
            if (listed.text() != null) {
                out.add(item.as(Kind.BODY, listed.text()));
            }
        }
        return out;
    }

    /**
     * A column of signed pieces (a supplement's essays and poems, readers' letters) prints each writer's name on a line
     * of its own over the piece ("张新玲", then her text): where two or more lines are a personal name alone over text,
     * each is the byline that opens its piece, not a headline.
     */
    private static List<PageItem> signedPieces(List<PageItem> items) {
        List<Integer> names = new ArrayList<>();
        int overText = 0;
        for (int i = 0; i + 1 < items.size(); i++) {
            Kind next = items.get(i + 1).kind();
            if (items.get(i).kind() == Kind.HEAD_LINE && PersonalNames.isName(items.get(i).text())
                    && (next == Kind.BODY || next == Kind.HEAD_LINE)) {
                names.add(i);
                overText += next == Kind.BODY ? 1 : 0;
            }
        }
        if (overText < 2) {
            return items;
        }
        List<PageItem> out = new ArrayList<>(items);
        for (int i : names) {
            out.set(i, items.get(i).as(Kind.BYLINE, items.get(i).text()));
            int end = i + 1;
            while (end < items.size() && items.get(end).kind() == Kind.HEAD_LINE && !names.contains(end)) {
                end++;
            }
            if (end - i - 1 >= MIN_VERSE_LINES) {   // a poem under the name: its short lines are its text, not heads
                for (int k = i + 1; k < end; k++) {
                    out.set(k, items.get(k).as(Kind.BODY, items.get(k).text()));
                }
            }
        }
        return out;
    }

    /**
     * A writer's full name on a line of its own between a piece's head and its text ("快乐的动画片" / "邹荻帆" / text),
     * on a page that is no column of signed pieces ({@link #signedPieces} reads those): the byline. A name of three characters or a compound surname's four, so that a deck of two (a word that opens
     * with a surname's character) stays a deck.
     */
    private static List<PageItem> writerUnderHead(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 1; i + 1 < items.size(); i++) {
            String text = items.get(i).text().strip();
            if (items.get(i).kind() == Kind.HEAD_LINE && items.get(i - 1).kind() == Kind.HEAD_LINE
                    && items.get(i + 1).kind() == Kind.BODY && text.length() >= 3 && PersonalNames.isName(text)) {
                out.set(i, items.get(i).as(Kind.BYLINE, items.get(i).text()));
            }
        }
        return out;
    }

    /** Short lines under a writer's name this many or more are a poem's, where a title would be one line. */
    private static final int MIN_VERSE_LINES = 3;

    /** Marks a digest sets before its section labels and headlines ("§ 国内", "▌中国必须统一,必然统一"). */
    private static final Set<String> HEAD_MARKS = Set.of("§", "▌");
    private static final int MAX_MARKED_HEAD = 30;

    /** A short line behind a heading's mark is a head, though it holds a comma. */
    private static List<PageItem> markedHeads(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            boolean marked = HEAD_MARKS.contains(item.mark()) && item.text().length() <= MAX_MARKED_HEAD
                    && (item.kind() == Kind.BODY || item.kind() == Kind.NOISE) && TextShape.looksLikeText(item.text());
            out.add(marked ? item.as(Kind.HEAD_LINE, item.text()) : item);
        }
        return out;
    }

    /**
     * A listed head that names two reports ("缅贸易发展部长即将来华访问/尼日利亚经济代表团将访问我国") over the two
     * credited reports it names: each part heads its report.
     */
    private static List<PageItem> splitPairedHeads(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            PageItem item = items.get(i);
            String[] parts = item.kind() == Kind.HEAD_LINE ? item.text().split("\\s*[/／]\\s*") : new String[0];
            List<Integer> credited = new ArrayList<>();
            int j = i + 1;
            while (j < items.size() && items.get(j).kind() == Kind.BODY) {
                if (BRACKETED_CREDIT.matcher(items.get(j).text()).lookingAt()) {
                    credited.add(j);
                }
                j++;
            }
            if (parts.length != 2 || parts[0].length() < 6 || parts[1].length() < 6 || credited.size() != 2
                    || credited.get(0) != i + 1) {
                out.add(item);
                continue;
            }
            out.add(item.as(Kind.HEAD_LINE, parts[0]));
            for (int k = i + 1; k < j; k++) {
                if (k == credited.get(1)) {
                    out.add(item.as(Kind.HEAD_LINE, parts[1]));
                }
                out.add(items.get(k));
            }
            i = j - 1;
        }
        return out;
    }

    /** A table's rows this many at least, each a label over figures, make a table rather than heads over numbers. */
    private static final int MIN_TABLE_ROWS = 3;
    /** A table's column header line: a short label or two ("確診", "全針接種率 昨新增/死亡"). */
    private static final int MAX_HEADER_CELL = 16;

    /**
     * A table of figures exported one cell a line ("新州" / "380758" / "700" / "93.66%" / "38625/11" …, a row a label
     * and its figures): its labels and the column headers above its first row are the table's, not heads.
     */
    private static List<PageItem> withoutTables(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        int i = 0;
        while (i < items.size()) {
            int rows = 0;
            int k = i;
            int cells = -1;
            while (k < items.size() && items.get(k).kind() == Kind.HEAD_LINE) {
                int n = 0;
                while (k + 1 + n < items.size() && items.get(k + 1 + n).kind() == Kind.NOISE
                        && TextShape.isFigures(items.get(k + 1 + n).text())) {
                    n++;
                }
                if (n < 2 || cells >= 0 && n != cells) {
                    break;
                }
                cells = n;
                rows++;
                k += 1 + n;
            }
            if (rows < MIN_TABLE_ROWS) {
                i++;
                continue;
            }
            for (int h = i - 1; h >= 0 && items.get(h).kind() == Kind.HEAD_LINE
                    && items.get(h).text().length() <= MAX_HEADER_CELL && i - h <= cells + 1; h--) {
                out.set(h, items.get(h).as(Kind.NOISE, items.get(h).text()));
            }
            for (int r = i; r < k; r++) {
                out.set(r, items.get(r).as(Kind.NOISE, items.get(r).text()));
            }
            i = k;
        }
        return out;
    }

    /**
     * An e-paper's text export runs a story's headline and deck into the line of its lead when they stood beside it
     * ("維州增21728例6人死亡 RAT陽性結果報告系統上線 【本報墨爾本訊】維州增…"): a bracketed credit after a run with no
     * sentence punctuation ends the heads, one head line per part the export set apart.
     */
    private static List<PageItem> splitHeadsBeforeCredits(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            int start = item.kind() == Kind.BODY ? headsBeforeCredit(item.text()) : -1;
            if (start < 0) {
                out.add(item);
                continue;
            }
            for (String head : WHITE.split(item.text().substring(0, start).strip())) {
                out.add(item.as(Kind.HEAD_LINE, head));
            }
            out.add(item.as(Kind.BODY, item.text().substring(start)));
        }
        return out;
    }

    /**
     * Where the credit starts that ends a run of heads in a line, or -1: a bracketed credit after heads with no sentence
     * punctuation, or an agency's dated credit after decks that may hold commas but end no sentence ("揭露美帝…罪恶阴谋
     * 号召敌占区同胞…,用各种方式结束美伪统治新华社七日讯 …", as an archive ran them together).
     */
    private static int headsBeforeCredit(String text) {
        Matcher bracketed = BRACKETED_CREDIT.matcher(text);
        if (bracketed.find()) {
            return bracketed.start() >= MIN_HEAD_BEFORE_CREDIT
                    && !SENTENCE_PUNCTUATION.matcher(text.substring(0, bracketed.start())).find() ? bracketed.start() : -1;
        }
        int wire = CreditParser.wireCreditInside(text);
        return wire >= MIN_HEAD_BEFORE_CREDIT && !SENTENCE_END.matcher(text.substring(0, wire)).find() ? wire : -1;
    }

    /**
     * A short line that ends no sentence, right over a lead that opens with a credit, is that story's head even where
     * it asks or quotes ("「黃上人馬」就有資源?從吳皇昇到新北布局 看民眾黨面臨的公平危機" over "2025.11.29記者方炳超/特稿距離…").
     */
    private static List<PageItem> headsOverCreditedLeads(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 0; i + 1 < items.size(); i++) {
            PageItem item = items.get(i);
            String text = item.text().strip();
            if (item.kind() == Kind.BODY && TextShape.isChinese(text) && text.length() <= MAX_COMMA_HEAD * 2
                    && !TextShape.endsSentence(text) && items.get(i + 1).kind() == Kind.BODY
                    && CreditParser.parseLead(items.get(i + 1).text()) != null) {
                out.set(i, item.as(Kind.HEAD_LINE, item.text()));
            }
        }
        return out;
    }

    /** A credit signed behind a mark after a paragraph's last sentence ("■記者 陳曉莉") closes the story. */
    private static List<PageItem> splitMarkedCredits(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            int at = item.kind() == Kind.BODY ? CreditParser.markedClosingCreditStart(item.text()) : -1;
            if (at <= 0) {
                out.add(item);
            } else {
                out.add(item.as(Kind.BODY, item.text().substring(0, at).strip()));
                out.add(item.as(Kind.CLOSING_CREDIT, item.text().substring(at)));
            }
        }
        return out;
    }

    /**
     * A Latin headline that OCR or a narrow column broke over lines of one block ("GRAIN SHIPMENTS RESUME" / "AT BLACK
     * SEA PORTS") is one head: lines set alike (both in capitals, or both in title case) with no blank line between.
     */
    private static List<PageItem> joinWrappedLatinHeads(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            PageItem last = out.isEmpty() ? null : out.get(out.size() - 1);
            // "BY NARROW MARGIN" under "BUDGET PASSES" goes on the head; "By ANNA PETERS" is a byline
            boolean headLike = item.kind() == Kind.HEAD_LINE
                    || item.kind() == Kind.BYLINE && TextShape.isAllCaps(item.text()) && TextShape.isAllCaps(last == null ? "" : last.text());
            if (last != null && last.kind() == Kind.HEAD_LINE && headLike
                    && last.block() == item.block() && !TextShape.isChinese(last.text())
                    && !TextShape.isChinese(item.text())
                    && TextShape.isAllCaps(last.text()) == TextShape.isAllCaps(item.text())) {
                out.set(out.size() - 1, last.as(Kind.HEAD_LINE, last.text() + " " + item.text()));
                continue;
            }
            out.add(item);
        }
        return out;
    }

    /**
     * A short Chinese line with a comma but no sentence end is a headline after all when a byline stands right under
     * it, or a credited lead ("XX讯", "新华社XX电") follows past any other head lines. Otherwise it is a cut fragment,
     * even when a headline set into the story and its byline come next.
     */
    private static List<PageItem> promoteHeadsWithCommas(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i >= 0; i--) {
            PageItem item = out.get(i);
            String text = item.text();
            if (item.kind() != Kind.BODY || text.length() > MAX_COMMA_HEAD || !TextShape.isChinese(text)
                    || TextShape.endsSentence(text) || SENTENCE_INSIDE.matcher(text).find()) {
                continue;
            }
            int next = i + 1;
            while (next < out.size() && (out.get(next).kind() == Kind.HEAD_LINE || out.get(next).kind() == Kind.NOISE)) {
                next++;
            }
            PageItem after = next < out.size() ? out.get(next) : null;
            boolean bylineUnder = after != null && after.kind() == Kind.BYLINE && next == i + 1;
            if (bylineUnder || after != null && after.kind() == Kind.BODY && CreditParser.parseLead(after.text()) != null) {
                out.set(i, item.as(Kind.HEAD_LINE, text));
            }
        }
        return out;
    }

    /**
     * A short Chinese line that ends in a colon right above text leads into it ("烟台市气象台5日发布天气预报:"): text, not a
     * head. A label over a head ("聚焦:") has a head under it.
     */
    private static List<PageItem> colonLinesAsText(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 0; i + 1 < out.size(); i++) {
            String t = out.get(i).text();
            if (out.get(i).kind() == Kind.HEAD_LINE && TextShape.isChinese(t) && (t.endsWith(":") || t.endsWith("："))
                    && out.get(i + 1).kind() == Kind.BODY) {
                out.set(i, out.get(i).as(Kind.BODY, t));
            }
        }
        return out;
    }

    /** Whether the item ends with an archive's mark of a photo: "(附图片)". */
    private static boolean marksPhoto(PageItem item) {
        return item != null && item.isStoryText() && PHOTO_MARK.matcher(item.text()).find();
    }

    /** Two lines that end in a teaser's cut make a list of teasers, not a wrapped column. */
    private static final int MIN_TEASERS = 2;

    /**
     * Whether body text is wrapped at column width: short body lines that mostly run on inside their block, and mostly
     * stop mid-sentence. A page that prints each paragraph on a line of its own, with no blank line between, ends
     * nearly every line with a sentence.
     */
    private static boolean isWrapped(List<PageItem> items) {
        int bodies = 0;
        int runOn = 0;
        int longLines = 0;
        int sentenceEnds = 0;
        int teasers = 0;
        for (int i = 0; i < items.size(); i++) {
            PageItem item = items.get(i);
            if (item.kind() != Kind.BODY) {
                continue;
            }
            bodies++;
            if (item.text().length() > MAX_WRAPPED_LINE) {
                longLines++;
            }
            if (TextShape.isChinese(item.text()) && TextShape.endsSentence(item.text())) {
                sentenceEnds++;
            }
            if (TextShape.endsInTeaserCut(item.text())) {
                teasers++;
            }
            if (i + 1 < items.size() && items.get(i + 1).block() == item.block()
                    && items.get(i + 1).kind() == Kind.BODY) {
                runOn++;
            }
        }
        return bodies >= MIN_WRAPPED_BODY_LINES && runOn * 3 >= bodies && longLines * 5 <= bodies
                && sentenceEnds * 4 < bodies * 3 && teasers < MIN_TEASERS;
    }

    /**
     * A paragraph followed by a photo credit is a caption, and so is one that ends in its own "(… 摄)". A photo
     * credit with nothing to caption is dropped.
     */
    private static List<PageItem> markCaptions(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            if (item.kind() == Kind.PHOTO_CREDIT) {
                int last = out.size() - 1;
                PageItem prev = last >= 0 ? out.get(last) : null;
                PageItem beforePrev = last >= 1 ? out.get(last - 1) : null;
                if (marksPhoto(prev)) {
                    // an archive's transcription marks the photo in the text and prints its caption after it, closing the story
                    out.add(item.as(Kind.CLOSING_CREDIT, item.text()));
                } else if (marksPhoto(beforePrev) && prev.kind() == Kind.BODY && prev.text().length() <= MAX_CAPTION) {
                    out.set(last, prev.as(Kind.CLOSING_CREDIT, prev.text() + " " + item.text()));    // "(附图片)" / caption / credit
                } else if (CreditParser.captionsItself(item.text())) {
                    out.add(item.as(Kind.CAPTION, item.text()));     // "这是火箭发射。 新华社记者 金立旺 摄": its own caption
                } else if (prev != null && (prev.kind() == Kind.BODY || prev.kind() == Kind.HEAD_LINE)
                        && prev.text().length() <= MAX_CAPTION) {
                    out.set(last, prev.as(Kind.CAPTION, prev.text() + " " + item.text()));
                } else {
                    out.add(item.as(Kind.CAPTION, item.text()));     // a photo's credit alone, after a long paragraph
                }
                continue;
            }
            if (item.kind() == Kind.BODY && CreditParser.endsWithPhotoCredit(item.text())) {
                out.add(item.as(Kind.CAPTION, item.text()));
                continue;
            }
            out.add(item);
        }
        return out;
    }
}
