package newsflow.core.split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.core.split.PageItem.Kind;
import newsflow.core.text.SignOffs;

/**
 * Walks a page's story items in reading order and cuts them into articles. A run of head lines either opens a new
 * article or, when it is a single short line inside a story, stays in that story as an intertitle.
 */
final class ArticleAssembler {

    /** A brief: a head line over one or two short paragraphs. */
    private static final int MAX_BRIEF_PARAGRAPHS = 2;
    private static final int MAX_BRIEF_HAN = 160;
    private static final int MAX_BRIEF_LATIN = 400;
    private static final int MIN_DIGEST_ITEMS = 3;
    /** Items a digest needs when other matter follows it on the page: one more than a digest that fills the page. */
    private static final int MIN_DIGEST_RUN = 4;
    /** An item's number: "3、", "3.", "3．" ("3.9月23日,…": item 3, whose text opens with a date). */
    private static final Pattern ITEM_NUMBER = Pattern.compile("(\\d{1,2})[、.．]");
    private static final Pattern LABEL_BRACKETS = Pattern.compile("[【】\\[\\]]");
    /** The title a roundup or digest gives itself: the period it covers or the kind of list it is. */
    private static final Pattern ROUNDUP_TITLE = Pattern.compile("一周|一週|本周|本週|回顾|回顧|要闻|要聞|速览|速覽|大事件|摘要|快讯|快訊|简讯|簡訊|看天下");
    /** A section's number on a line of its own: "01", "2". */
    private static final Pattern SECTION_NUMBER = Pattern.compile("0?([1-9]\\d?)");
    /** A paragraph that opens by naming the paper it reports: "《明報》報道，…", "《人民日报》称，…". */
    private static final Pattern SOURCE_LEAD = Pattern.compile("《[^》]{1,12}》(?:报道|報道|報導|报导|称|稱|指)");
    /** A head that opens with a source's name and a dash: "《明報》— 張建宗率團深圳開會". */
    private static final Pattern SOURCE_HEAD = Pattern.compile("[《【]([^》】]{1,12})[》】]\\s*[—–－-]");
    /** A head at least this share (in tenths) of the story's headline's length is set like a headline. */
    private static final int PEER_HEAD_SHARE_TENTHS = 7;
    /** A lead this long is a story's text, not the short lead an intertitle follows. */
    private static final int PEER_HEAD_AFTER_HAN = 100;

    private ArticleAssembler() {
    }

    /**
     * Cuts the items into articles; {@code modelOpenings} are paragraphs and heads the {@link StoryOpeningModel} is sure
     * open a story, heeded where no rule of the assembler's decides what the paragraph is or keeps the head as an
     * intertitle.
     */
    static List<ArticleDraft> assemble(List<PageItem> items, Set<PageItem> modelOpenings) {
        Set<PageItem> peerHeads = peerHeads(items);
        List<PageItem> story = items.stream()
                .filter(i -> i.kind() != Kind.NOISE && i.kind() != Kind.MASTHEAD)
                .toList();
        int digestFrom = digestStart(story);
        int digestTo = digestFrom < 0 ? -1 : digestFrom + digestItemsEnd(story.subList(digestFrom, story.size()));
        String digestLabel = null;
        String sectionLabel = null;     // a transcript's section label in corner brackets ("【大陆】") over its stories
        boolean signedList = isSignedList(story);
        int firstNumbered = numberedListStart(story);
        String bullet = bulletOfList(story);
        Set<Integer> teasers = teaserItems(story);
        boolean sourceList = story.stream().filter(ArticleAssembler::opensWithSource).count() >= MIN_DIGEST_ITEMS;
        int nextNumber = 1;
        String listLabel = null;
        List<ArticleDraft> drafts = new ArrayList<>();
        List<String> pendingCaptions = new ArrayList<>();
        ArticleDraft current = null;
        int i = 0;
        while (i < story.size()) {
            PageItem item = story.get(i);
            if (item.kind() == Kind.END_MARK) {
                current = null; // the story jumps to another page: what follows here is another story
                i++;
                continue;
            }
            if (item.kind() == Kind.CAPTION) {
                (current == null ? pendingCaptions : current.captions()).add(item.text());
                i++;
                continue;
            }
            if (item.isStoryText()) {
                if (firstNumbered >= 0 && i >= firstNumbered && continuesList(itemNumber(item), nextNumber)
                        || bullet != null && item.kind() == Kind.BODY && bullet.equals(item.mark())
                        || bullet != null && i > 0 && isAfterList(item, story.get(i - 1), bullet)
                        || teasers.contains(i)) {
                    // an item of a numbered list of news ("1、…", "2、…"), of a bulleted one ("● …") or of a site's
                    // teasers: an article each, under the label above it
                    nextNumber = continuesList(itemNumber(item), nextNumber) ? itemNumber(item) + 1 : nextNumber;
                    current = open(drafts, new ArticleHead(null, listLabel, null, null), pendingCaptions);
                } else if (sourceList && current != null && opensWithSource(item) && current.paragraphs().stream()
                        .anyMatch(p -> SOURCE_LEAD.matcher(p.text()).lookingAt())) {
                    // a round-up of what the papers report, a paragraph each ("《明報》報道，…", "《信報》報道，…"):
                    // the next paper's paragraph is the next item, the first staying under what introduces them
                    current = open(drafts, ArticleHead.NONE, pendingCaptions);
                } else if (opensUntitledStory(item, current)) {
                    // "本报讯(记者 X)…" after a finished story on a page that sets no heads: the next story
                    current = open(drafts, ArticleHead.NONE, pendingCaptions);
                } else if (signedList && current != null && startsListItem(item, current)) {
                    // a signed item of a list of briefs ("■4月18日，…" then "(记者 王太新)"): the next item is an
                    // article of its own, under the list's label
                    current = open(drafts, new ArticleHead(null, current.head().kicker(), null, null), pendingCaptions);
                } else if (signedList && current != null && isListLabel(current, item)) {
                    // the first item under a label of its own ("本市要闻"): the label is each item's kicker
                    drafts.remove(drafts.size() - 1);
                    current = open(drafts, new ArticleHead(null, current.head().headline(), null, null), pendingCaptions);
                } else if (current != null && modelOpenings.contains(item) && !current.paragraphs().isEmpty()) {
                    current = open(drafts, ArticleHead.NONE, pendingCaptions);
                }
                if (current == null) {
                    current = open(drafts, ArticleHead.NONE, pendingCaptions);
                }
                if (signedList && item.kind() == Kind.CLOSING_CREDIT && current.head().byline() == null
                        && isListItem(current)) {
                    current.signedBy(item.text());
                    i++;
                    continue;
                }
                // a paragraph keeps its mark, as printed ("■4月18日，…", "△位於…")
                String text = item.kind() == Kind.BODY ? item.mark() + item.text() : item.text();
                current.add(new Paragraph(text,
                        item.kind() == Kind.BODY ? Paragraph.Kind.TEXT : Paragraph.Kind.CLOSING_CREDIT));
                i++;
                continue;
            }
            int end = i;
            while (end < story.size() && story.get(end).isHead() && (end != digestFrom || end == i)) {
                end++;      // (the digest's first head starts a run of its own, after the page's top matter)
            }
            List<PageItem> run = story.subList(i, end);
            boolean overListItem = end < story.size() && (firstNumbered >= 0 && end >= firstNumbered
                    && continuesList(itemNumber(story.get(end)), nextNumber) || bullet != null && bullet.equals(story.get(end).mark())
                    || teasers.contains(end));
            if (run.size() == 1 && overListItem) {
                String label = LABEL_BRACKETS.matcher(run.get(0).text()).replaceAll("");
                if (HeadReader.isLabelSized(label)) {
                    listLabel = label;   // "【国际】" over the next items
                    i = end;
                    continue;
                }
            }
            boolean digest = digestFrom >= 0 && i >= digestFrom && i < digestTo;
            if (digest && i == digestFrom && run.size() == 2) {
                // the list's label over its first item ("國際新聞:"): every item's kicker, no item's headline
                String label = run.get(0).text().replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                digestLabel = HeadReader.isLabelSized(label) ? label : null;
                run = run.subList(1, 2);
            }
            PageItem next = nextStoryText(story, end);
            PageItem before = i > 0 ? story.get(i - 1) : null;
            if (digest || run.size() == 1 && peerHeads.contains(run.get(0)) || opensArticle(run, current, before, next)
                    || isBrief(story, i, current)
                    || before != null && before.kind() == Kind.CAPTION && endsWhole(current)
                    || isPeerHeadline(run, current)
                    || modelOpenings.contains(run.get(0)) && !isFullArticle(current)) {
                ArticleDraft.Opening opening = current != null && isSetIntoStory(run, current, next)
                        ? current.takeFromLastIntertitle() : null;
                if (drafts.isEmpty() && run.size() >= 2 && ROUNDUP_TITLE.matcher(run.get(0).text()).find()) {
                    run = run.subList(1, run.size());   // the roundup's own title over its first item's head
                }
                boolean labelled = DigestPasses.SECTION_LABEL.matcher(run.get(0).text().strip()).matches();
                ArticleHead head = HeadReader.read(run, opening == null ? null : opening.kicker());
                sectionLabel = labelled ? head.kicker() : sectionLabel;
                String carried = digest ? digestLabel : sectionLabel;
                if (carried != null && head.kicker() == null) {
                    head = new ArticleHead(head.headline(), carried, head.subheadline(), head.byline());
                }
                current = open(drafts, head, pendingCaptions);
                if (opening != null) {
                    opening.paragraphs().forEach(current::add);
                }
            } else {
                for (PageItem head : run) {
                    current.add(new Paragraph(head.text(), Paragraph.Kind.INTERTITLE));
                }
            }
            i = end;
        }
        drafts.forEach(ArticleAssembler::signOffWriter);
        return drafts;
    }

    /**
     * A story with no byline whose text closes on its writers' names in brackets ({@link SignOffs}: "(毛丹)") is by
     * them; the names stay in the text as printed.
     */
    private static void signOffWriter(ArticleDraft draft) {
        List<Paragraph> paragraphs = draft.paragraphs();
        if (draft.head().byline() != null || paragraphs.isEmpty()) {
            return;
        }
        for (SignOffs.SignOff s : SignOffs.in(paragraphs.get(paragraphs.size() - 1).text())) {
            if (s.names().stream().allMatch(PersonalNames::isName)) {
                draft.signedBy(s.printed());
            }
        }
    }

    private static boolean opensWithSource(PageItem item) {
        return item.kind() == Kind.BODY && SOURCE_LEAD.matcher(item.text()).lookingAt();
    }

    /**
     * The heads a page sets alike, at least {@value #MIN_DIGEST_ITEMS} of them, each of which opens an article however
     * long the text under it: heads behind the same mark ("• 纳达尔因伤无缘澳网"), heads after section numbers
     * counting on by one on lines of their own ("02" over "最揪心的现场"), heads that open with a source's name and a dash
     * ("《明報》— …"). Intertitles of one story are set so too, but not under a number each, nor behind a paper's name.
     */
    private static Set<PageItem> peerHeads(List<PageItem> items) {
        Map<String, List<PageItem>> alike = new HashMap<>();
        int expected = -1;      // (the page's top matter may have taken the first number: "01" over the headline)
        List<PageItem> numbered = new ArrayList<>();
        for (int i = 0; i + 1 < items.size(); i++) {
            PageItem item = items.get(i);
            PageItem next = items.get(i + 1);
            Matcher number = SECTION_NUMBER.matcher(item.text());
            if (number.matches() && next.kind() == Kind.HEAD_LINE
                    && (expected < 0 || Integer.parseInt(number.group(1)) == expected)) {
                numbered.add(next);
                expected = Integer.parseInt(number.group(1)) + 1;
            }
            if (item.kind() == Kind.HEAD_LINE && !item.mark().isEmpty()) {
                alike.computeIfAbsent("mark " + item.mark(), k -> new ArrayList<>()).add(item);
            } else if (item.kind() == Kind.HEAD_LINE && SOURCE_HEAD.matcher(item.text()).lookingAt()) {
                alike.computeIfAbsent("source", k -> new ArrayList<>()).add(item);
            }
        }
        alike.put("numbered", numbered);
        Set<PageItem> peers = Collections.newSetFromMap(new IdentityHashMap<>());
        alike.values().stream().filter(heads -> heads.size() >= MIN_DIGEST_ITEMS).forEach(peers::addAll);
        return peers;
    }

    /**
     * Whether a Chinese paragraph opens a story of its own under no head: it opens with a paper's or an agency's credit
     * ("本报讯(记者 X)", "新华社北京5月1日电") after a finished paragraph of a story that has no head either.
     */
    private static boolean opensUntitledStory(PageItem item, ArticleDraft current) {
        if (current == null || item.kind() != Kind.BODY || current.head().headline() != null || !endsWhole(current)
                || current.paragraphs().stream().noneMatch(Paragraph::isText) || !TextShape.isChinese(item.text())) {
            return false;
        }
        Credit credit = CreditParser.parseLead(item.text());
        return credit != null && (credit.wire() != null || credit.byline() != null || credit.publication() != null);
    }

    /**
     * Where a numbered list of news starts (its "1、", "1."), or -1: at least {@value #MIN_DIGEST_ITEMS} paragraphs
     * numbered 1, 2, 3 … in order, or from 1 again for the list's next section, with nothing but labels and captions
     * between them. A story that numbers its points has paragraphs of its own between or around them, or heads of its
     * own.
     */
    private static int numberedListStart(List<PageItem> story) {
        int start = -1;
        int expected = 1;
        int items = 0;
        boolean headSince = false;   // heads between items: a "1" under one opens a story's own points, not a section
        for (int i = 0; i < story.size(); i++) {
            PageItem item = story.get(i);
            if (!item.isStoryText()) {
                headSince |= item.isHead();
                continue;
            }
            int n = itemNumber(item);
            if (continuesList(n, expected) && !(n == 1 && headSince && expected > 1)) {
                headSince = false;
                start = expected == 1 ? i : start;
                items++;
                expected = n + 1;
            } else if (expected > 1 && item.kind() == Kind.BODY) {
                return -1; // unnumbered text inside the run: a story's own points
            }
        }
        return items >= MIN_DIGEST_ITEMS ? start : -1;
    }

    /**
     * Whether an item numbered so goes on a list whose next number is the one given: the next, or a "1" that opens the
     * list's next section ("头条新闻:" 1, 2, then "县域新闻:" 1, 2, 3) once the list holds two.
     */
    private static boolean continuesList(int number, int next) {
        return number > 0 && (number == next || number == 1 && next > 2);
    }

    /**
     * The mark of a bulleted list of news, or null: a mark ("●", "■") opening at least {@value #MIN_DIGEST_ITEMS}
     * paragraphs, each the whole of its item (no unmarked paragraph follows one before the next mark or a head).
     */
    private static String bulletOfList(List<PageItem> story) {
        Map<String, Integer> items = new HashMap<>();
        String open = null;
        String after = null;     // a list's mark followed by an unmarked block: closing matter, unless the list goes on
        int block = -1;
        for (PageItem item : story) {
            if (item.kind() != Kind.BODY) {
                open = item.isHead() ? null : open;
                continue;
            }
            if (!item.mark().isEmpty()) {
                if (item.mark().equals(after)) {
                    items.put(after, Integer.MIN_VALUE);  // unmarked text between two items: the marks are points
                }
                open = item.mark();
                after = null;
                items.merge(open, 1, Integer::sum);
            } else if (open != null && item.block() == block) {
                items.put(open, Integer.MIN_VALUE);     // a marked paragraph goes on: the marks are a story's points
            } else if (open != null) {
                after = open;
                open = null;
            }
            block = item.block();
        }
        return items.entrySet().stream().filter(e -> e.getValue() >= MIN_DIGEST_ITEMS).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /**
     * The paragraphs of a site's list of teasers, each cut where the site stopped it ("…岸田文雄獲得256票、…"): a run of
     * at least {@value #MIN_DIGEST_ITEMS} paragraphs under no heads of their own, each but the last ending in a cut. A
     * cut teaser's story goes on on another page, so the paragraph after it is the next story's.
     */
    private static Set<Integer> teaserItems(List<PageItem> story) {
        Set<Integer> teasers = new HashSet<>();
        int i = 0;
        while (i < story.size()) {
            int end = i;
            while (end < story.size() && story.get(end).kind() == Kind.BODY
                    && (end == i || TextShape.endsInTeaserCut(story.get(end - 1).text()))) {
                end++;
            }
            if (end - i >= MIN_DIGEST_ITEMS) {
                for (int k = i; k < end; k++) {
                    teasers.add(k);
                }
            }
            i = Math.max(end, i + 1);
        }
        return teasers;
    }

    /**
     * An unmarked paragraph in a block of its own after an item of a bulleted list: the page's closing matter (a
     * comment, a quotation), an untitled piece of its own rather than more of the last item.
     */
    private static boolean isAfterList(PageItem item, PageItem before, String bullet) {
        return item.kind() == Kind.BODY && item.mark().isEmpty() && before.kind() == Kind.BODY
                && bullet.equals(before.mark()) && item.block() != before.block();
    }

    /** The number a paragraph opens with as an item of a list ("3、三峡水库…" → 3), or 0. */
    static int itemNumber(PageItem item) {
        return item.kind() == Kind.BODY ? listNumber(item.text()) : 0;
    }

    /** The number a line opens with as a list's ("3.9月23日,…" → 3), or 0. */
    static int listNumber(String text) {
        Matcher m = ITEM_NUMBER.matcher(text);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static boolean startsWithListMark(PageItem item) {
        return item.kind() == Kind.BODY && !item.mark().isEmpty();
    }

    /** At least two marked paragraphs each closed by a credit: a list of signed briefs. */
    private static boolean isSignedList(List<PageItem> story) {
        int signed = 0;
        boolean open = false;
        for (PageItem item : story) {
            if (startsWithListMark(item)) {
                open = true;
            } else if (item.kind() == Kind.CLOSING_CREDIT && open) {
                signed++;
                open = false;
            } else if (item.isHead()) {
                open = false;
            }
        }
        return signed >= 2;
    }

    /** Whether the draft's text opens with a list mark: an item of a list of briefs. */
    private static boolean isListItem(ArticleDraft current) {
        return current.paragraphs().stream().filter(Paragraph::isText).findFirst()
                .map(p -> PageLines.startsWithMark(p.text())).orElse(false);
    }

    /** A marked paragraph after the closing credit of a marked item: the list's next item. */
    private static boolean startsListItem(PageItem item, ArticleDraft current) {
        Paragraph last = current.lastParagraph();
        return startsWithListMark(item) && (last != null && last.kind() == Paragraph.Kind.CLOSING_CREDIT
                || current.head().byline() != null && isListItem(current));
    }

    /** A headline alone over a marked paragraph that the page's list of signed briefs goes on from. */
    private static boolean isListLabel(ArticleDraft current, PageItem item) {
        ArticleHead head = current.head();
        return current.paragraphs().isEmpty() && head.headline() != null && head.kicker() == null
                && head.subheadline() == null && head.byline() == null && startsWithListMark(item);
    }

    /** The draft's text ends a sentence: what follows may start another story. */
    private static boolean endsWhole(ArticleDraft current) {
        Paragraph last = current == null ? null : current.lastParagraph();
        return last != null && !ColumnBreakJoiner.endsCut(last.text());
    }

    private static ArticleDraft open(List<ArticleDraft> drafts, ArticleHead head, List<String> pendingCaptions) {
        ArticleDraft draft = new ArticleDraft(head);
        draft.captions().addAll(pendingCaptions);
        pendingCaptions.clear();
        drafts.add(draft);
        return draft;
    }

    /**
     * Whether a run of head lines starts a new article rather than being an intertitle: it carries a headline-level
     * heading or a byline, has several lines, follows a closing credit, opens the page, or is followed by a lead
     * that opens with a credit ("XX讯", "新华社XX电").
     */
    private static boolean opensArticle(List<PageItem> run, ArticleDraft current, PageItem before, PageItem next) {
        if (current == null || next == null) {
            return true;
        }
        long heads = run.stream().filter(h -> h.kind() != Kind.BYLINE).count();
        boolean headline = run.stream().anyMatch(h -> h.kind() == Kind.HEADING || h.kind() == Kind.BYLINE);
        boolean afterClosingCredit = before != null && before.kind() == Kind.CLOSING_CREDIT;
        return headline || heads >= 2 || afterClosingCredit || CreditParser.parseLead(next.text()) != null;
    }

    /**
     * Whether a story is set as a full article, under decks or a byline or opened by a credited lead ("羊城晚报讯…"):
     * a head inside it is an intertitle, whatever the model reads of it. Items of a digest carry a head line alone.
     */
    private static boolean isFullArticle(ArticleDraft current) {
        ArticleHead head = current.head();
        return head.subheadline() != null || head.byline() != null || current.paragraphs().stream()
                .filter(Paragraph::isText).findFirst().filter(p -> CreditParser.parseLead(p.text()) != null).isPresent();
    }

    /**
     * Whether a single Chinese head line inside a story is set like the headline the story opened under: about as long,
     * after a finished sentence and at least two paragraphs, with no intertitle in the story so far. An intertitle as
     * long as the headline comes early, after the lead; a head as long after the story's paragraphs is the next
     * story's (a web page of several stories one after another).
     */
    private static boolean isPeerHeadline(List<PageItem> run, ArticleDraft current) {
        if (current == null || run.size() != 1 || run.get(0).kind() != Kind.HEAD_LINE || !endsWhole(current)) {
            return false;
        }
        String headline = current.head().headline();
        String head = run.get(0).text();
        if (headline == null || !TextShape.isChinese(head) || !TextShape.isChinese(headline)
                || head.length() * 10 < headline.length() * PEER_HEAD_SHARE_TENTHS
                || current.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.INTERTITLE)) {
            return false;
        }
        List<Paragraph> text = current.paragraphs().stream().filter(Paragraph::isText).toList();
        return text.size() >= 2 || text.stream().mapToInt(p -> p.text().length()).sum() >= PEER_HEAD_AFTER_HAN;
    }

    /**
     * Where the page's digest begins, or -1: the first head from which a digest runs ({@link #digestItemsEnd}), after
     * whatever the page sets above it (a site's notices, its own title, a summary line), even where those are heads
     * run together with the digest's label.
     */
    private static int digestStart(List<PageItem> story) {
        for (int i = 0; i < story.size(); i++) {
            if (story.get(i).isHead() && digestItemsEnd(story.subList(i, story.size())) > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a digest that opens {@code story} stops, or -1 when it is none. A digest is a run of single head lines each
     * over exactly one paragraph, however long (the first may stand under the list's label): intertitles of one story
     * come over sections of unequal length, and the story opens under a headline of its own; a run of
     * head-and-paragraph items is a list of news items. The whole story when at least {@value #MIN_DIGEST_ITEMS}
     * items fill it; the end of its last item when {@value #MIN_DIGEST_RUN} or more come before anything else (a
     * transcript's segments of another form, a page's closing matter).
     */
    private static int digestItemsEnd(List<PageItem> story) {
        int items = 0;
        int end = 0;
        for (int i = 0; i < story.size(); i++) {
            if (!story.get(i).isHead()) {
                continue;
            }
            if (items == 0 && i + 2 < story.size() && story.get(i + 1).kind() == Kind.HEAD_LINE && !story.get(i + 2).isHead()) {
                i++; // the list's own label ("港闻") over its first item's head
            }
            if (story.get(i).kind() != Kind.HEAD_LINE || i + 1 < story.size() && story.get(i + 1).isHead()) {
                return items >= MIN_DIGEST_RUN ? end : -1;
            }
            int paragraphs = 0;
            int j = i + 1;
            while (j < story.size() && !story.get(j).isHead()) {
                paragraphs += story.get(j).isStoryText() ? 1 : 0;
                j++;
            }
            if (paragraphs != 1 && !(paragraphs == 0 && j == story.size())) {
                // (a page cut short may end on a head whose text it lost)
                return items >= MIN_DIGEST_RUN ? end : -1;
            }
            items++;
            end = j;
            i = j - 1;
        }
        return items >= MIN_DIGEST_ITEMS ? story.size() : -1;
    }

    /**
     * Whether a single plain head line inside a story is the headline of a brief set after it rather than an
     * intertitle: the text under it is short (at most two short paragraphs) and runs to the end of the page, to a
     * head that opens another article, or to another such brief, and ends a sentence.
     */
    private static boolean isBrief(List<PageItem> story, int at, ArticleDraft current) {
        if (current == null) {
            return false;
        }
        int i = at;
        while (true) {
            if (story.get(i).kind() != Kind.HEAD_LINE || i + 1 < story.size() && story.get(i + 1).isHead()) {
                return false;
            }
            int j = i + 1;
            int paragraphs = 0;
            int length = 0;
            boolean chinese = false;
            String last = "";
            while (j < story.size() && (story.get(j).isStoryText() || story.get(j).kind() == Kind.CAPTION)) {
                if (story.get(j).isStoryText()) {
                    paragraphs++;
                    last = story.get(j).text();
                    length += last.length();
                    chinese |= TextShape.isChinese(last);
                }
                j++;
            }
            // a brief is whole; text that stops mid-sentence goes on under a head set lower down
            if (paragraphs == 0 || paragraphs > MAX_BRIEF_PARAGRAPHS || ColumnBreakJoiner.endsCut(last)
                    || length > (chinese ? MAX_BRIEF_HAN : MAX_BRIEF_LATIN)) {
                return false;
            }
            if (j >= story.size() || story.get(j).kind() == Kind.END_MARK) {
                return true;
            }
            int end = j;
            while (end < story.size() && story.get(end).isHead()) {
                end++;
            }
            List<PageItem> run = story.subList(j, end);
            PageItem next = nextStoryText(story, end);
            if (next == null || run.size() >= 2 || run.stream().anyMatch(h -> h.kind() != Kind.HEAD_LINE)
                    || CreditParser.parseLead(next.text()) != null) {
                return true; // the next head opens an article of its own
            }
            i = j; // another single head: a brief too if its own text is short
        }
    }

    /**
     * Whether the head was printed in the middle of a story: the story stops mid-sentence right above it, a byline
     * goes with it, and the text after it carries on instead of opening with a credit.
     */
    private static boolean isSetIntoStory(List<PageItem> run, ArticleDraft current, PageItem next) {
        Paragraph last = current.lastParagraph();
        return run.stream().anyMatch(h -> h.kind() == Kind.BYLINE)
                && last != null && last.isText() && ColumnBreakJoiner.endsCut(last.text())
                && next != null && next.kind() == Kind.BODY && CreditParser.parseLead(next.text()) == null;
    }

    private static PageItem nextStoryText(List<PageItem> story, int from) {
        for (int i = from; i < story.size(); i++) {
            PageItem item = story.get(i);
            if (item.kind() != Kind.CAPTION) {
                return item.isStoryText() ? item : null;
            }
        }
        return null;
    }
}
