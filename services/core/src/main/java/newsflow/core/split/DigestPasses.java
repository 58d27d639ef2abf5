package newsflow.core.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.core.split.PageItem.Kind;

/**
 * Passes for digests, pages that gather short items (a programme's transcript, a morning brief, a site's roundup):
 * the greeting and notices around the items, the labels and links a site repeats, items run into one line or set as a
 * labelled list. Each takes the classified lines and gives them back with the digest's forms read.
 */
final class DigestPasses {

    /**
     * A roundup run into one line, each item a head in corner brackets and a bullet before its text, then the site's
     * links to related stories: "【港人斷魂小樽】 ● 一名香港女遊客… ➢點擊重溫 ➢分析:… 【大灣區航空取消逾百航班】 ● …".
     */
    private static final Pattern BRACKETED_ITEM = Pattern.compile("(?:^|\\s)(【[^【】]{2,30}】)\\s*[●■◆•]\\s*");
    private static final Pattern LINK_RUN = Pattern.compile("\\s+[➢▶►]\\s*\\S.*$");
    private static final int MIN_RUN_ITEMS = 2;

    /**
     * An item of a list set as a dash, a short label and a colon before its text: "- 中东地区冲突升级: 以色列在…". Two or
     * more on a page make a digest whose labels head its items.
     */
    private static final Pattern LABELLED_ITEM = Pattern.compile("^[-–•*]\\s+([^:：,，。;；]{2,16}?)\\s*[:：]\\s*(\\S.*)$");
    private static final int MAX_LEAD_IN = 40;

    /** An item's text this long at least: a field's value ("- 时间: 3月5日") is shorter. */
    private static final int MIN_ITEM_TEXT = 40;

    /** A digest's greeting stands among this many first lines and is this long at most. */
    private static final int GREETING_LINES = 3;
    private static final int MAX_GREETING = 120;

    /** A head line printed this many times at least over a page's items is a label of the page, not theirs. */
    private static final int MIN_LABEL_REPEATS = 3;
    private static final Pattern LABEL_WORDS = Pattern.compile("[\\p{IsHan}]{4,}");

    /** A section's label alone on its line, in corner brackets: "【头条】", "【大陆】". */
    static final Pattern SECTION_LABEL = Pattern.compile("^【\\p{IsHan}{1,6}】$");
    /** Lines a presenter's link takes between one section's last story and the next section's label. */
    private static final int MAX_LINK_LINES = 2;
    private static final int MAX_LINK_LINE = 20;

    /** A listing's date alone on its line under an item, labelled or not: "日期:2025-10-09", "2025/10/09 14:30". */
    private static final Pattern ITEM_DATE = Pattern.compile(
            "^(?:[\\p{IsHan}]{2,6}[:：]\\s*)?(?:19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2})?$");
    /** A listing's date under its items this many times at least. */
    private static final int MIN_DATED_ITEMS = 3;

    /** A link to the story in full at the end of a digest's item: "【详情】", "[詳情]". */
    private static final Pattern LINK_PROMPT = Pattern.compile("\\s*[【\\[](?:详情|詳情|全文|更多)[】\\]]$");

    private DigestPasses() {
    }

    /** A roundup's items run into one line ({@link #BRACKETED_ITEM}): each head over its text, the links left out. */
    static List<PageItem> splitBracketedItems(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            Matcher m = BRACKETED_ITEM.matcher(item.text());
            List<int[]> heads = new ArrayList<>();
            while (m.find()) {
                heads.add(new int[] {m.start(), m.start(1), m.end(1), m.end()});
            }
            if (item.kind() == Kind.NOISE || heads.size() < MIN_RUN_ITEMS) {
                out.add(item);
                continue;
            }
            if (heads.get(0)[0] > 0) {
                out.add(item.as(item.kind(), item.text().substring(0, heads.get(0)[0]).strip()));
            }
            for (int k = 0; k < heads.size(); k++) {
                int[] h = heads.get(k);
                String text = item.text().substring(h[3], k + 1 < heads.size() ? heads.get(k + 1)[0] : item.text().length());
                Matcher links = LINK_RUN.matcher(text);
                boolean linked = links.find();
                out.add(item.as(Kind.HEAD_LINE, item.text().substring(h[1], h[2])));
                out.add(item.as(Kind.BODY, (linked ? text.substring(0, links.start()) : text).strip()));
                if (linked) {
                    out.add(item.as(Kind.NOISE, links.group().strip()));
                }
            }
        }
        return out;
    }

    /**
     * A digest's list of labelled items ({@link #LABELLED_ITEM}): each label heads its item; a presenter's line that
     * leads into an item ("接下来是国际局势方面的重点新闻:") belongs to no item.
     */
    static List<PageItem> labelledItems(List<PageItem> items) {
        if (items.stream().filter(i -> i.kind() != Kind.NOISE && isLabelledItem(i.text())).count() < 2) {
            return items;
        }
        List<PageItem> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            PageItem item = items.get(i);
            Matcher m = LABELLED_ITEM.matcher(item.text());
            if (item.kind() != Kind.NOISE && isLabelledItem(m)) {
                out.add(item.as(Kind.HEAD_LINE, m.group(1).strip()));
                out.add(item.as(Kind.BODY, m.group(2).strip()));
                continue;
            }
            String text = item.text().strip();
            boolean leadsIn = (text.endsWith(":") || text.endsWith("：")) && text.length() <= MAX_LEAD_IN
                    && i + 1 < items.size() && (isLabelledItem(items.get(i + 1).text())
                    || items.get(i + 1).text().strip().endsWith(":") || items.get(i + 1).text().strip().endsWith("："));
            out.add(leadsIn ? item.as(Kind.NOISE, item.text()) : item);
        }
        return out;
    }

    /**
     * A numbered run of items, as a programme's transcript lists its news ("1.近日,…", "2.…"): a presenter's line that
     * leads into it ("首先让我们关注头条新闻:", "县域新闻:") is a lead-in to the list, no item's text; an item shaped
     * like a head ("5.今天在…播出第三十集:《…》") is the run's next item all the same.
     */
    static List<PageItem> numberedRuns(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 0; i < items.size(); i++) {
            PageItem item = items.get(i);
            String text = item.text().strip();
            boolean leadIn = i + 2 < items.size() && (text.endsWith(":") || text.endsWith("："))
                    && text.length() <= MAX_LEAD_IN && ArticleAssembler.itemNumber(items.get(i + 1)) == 1
                    && ArticleAssembler.itemNumber(items.get(i + 2)) == 2;
            int number = ArticleAssembler.listNumber(text);
            // (a head numbered on from the text above it that has points numbered from 1 under it heads them)
            boolean nextItem = item.kind() == Kind.HEAD_LINE && number > 1 && i > 0
                    && ArticleAssembler.itemNumber(items.get(i - 1)) == number - 1
                    && (i + 1 == items.size() || ArticleAssembler.listNumber(items.get(i + 1).text()) != 1);
            if (item.kind() != Kind.NOISE && leadIn) {
                out.set(i, item.as(Kind.NOISE, item.text()));
            } else if (nextItem) {
                out.set(i, item.as(Kind.BODY, item.text()));
            }
        }
        return out;
    }

    /**
     * A short line that ends no sentence, after a teaser the site cut ("…對提高投票率有…") and over text, is the next
     * teaser's head, though it exclaims or asks ("不只蔡詩萍遭抹黑!羅智強怒轟…"): nothing of a cut teaser follows it.
     */
    static List<PageItem> headsAfterTeasers(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 1; i + 1 < items.size(); i++) {
            String text = items.get(i).text().strip();
            if (items.get(i).kind() == Kind.BODY && TextShape.isChinese(text)
                    && text.length() <= 2 * LineClassifier.MAX_COMMA_HEAD && !TextShape.endsSentence(text)
                    && items.get(i - 1).kind() == Kind.BODY && TextShape.endsInTeaserCut(items.get(i - 1).text())
                    && items.get(i + 1).kind() == Kind.BODY) {
                out.set(i, items.get(i).as(Kind.HEAD_LINE, items.get(i).text()));
            }
        }
        return out;
    }

    /**
     * A programme's transcript parts its items into sections, each under a label in corner brackets ("【大陆】"); the
     * presenter's short lines between one section's last story and the next label ("魅力中国,早安海峡" / "我们再来看大陆新闻")
     * are links, no story's text nor the next story's head. The label heads the section.
     */
    static List<PageItem> sectionLinks(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == Kind.NOISE || !SECTION_LABEL.matcher(items.get(i).text().strip()).matches()) {
                continue;
            }
            out.set(i, items.get(i).as(Kind.HEAD_LINE, items.get(i).text()));
            int first = i;
            while (first > 0 && i - first < MAX_LINK_LINES && isLinkLine(items.get(first - 1))) {
                first--;
            }
            for (int k = first; k < i; k++) {
                out.set(k, items.get(k).as(Kind.NOISE, items.get(k).text()));
            }
        }
        return out;
    }

    private static boolean isLinkLine(PageItem item) {
        String text = item.text().strip();
        return (item.kind() == Kind.BODY || item.kind() == Kind.HEAD_LINE) && text.length() <= MAX_LINK_LINE
                && !TextShape.endsSentence(text) && !SECTION_LABEL.matcher(text).matches();
    }

    /**
     * A listing that prints each item's date on a line of its own under the item ("…凝聚社區力量。" / "日期:2025-10-09" /
     * the next item): the date ends the item, so the text after it is the next item's, not more of the same.
     */
    static List<PageItem> itemDates(List<PageItem> items) {
        List<Integer> dates = new ArrayList<>();
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i - 1).kind() == Kind.BODY && ITEM_DATE.matcher(items.get(i).text().strip()).matches()) {
                dates.add(i);
            }
        }
        if (dates.size() < MIN_DATED_ITEMS) {
            return items;
        }
        List<PageItem> out = new ArrayList<>(items);
        dates.forEach(i -> out.set(i, items.get(i).as(Kind.END_MARK, items.get(i).text())));
        return out;
    }

    /** A labelled item whose text is a story's sentences, not a field's value ("- 地点: 市图书馆"). */
    private static boolean isLabelledItem(String text) {
        return isLabelledItem(LABELLED_ITEM.matcher(text));
    }

    private static boolean isLabelledItem(Matcher m) {
        return m.matches() && m.group(2).length() >= MIN_ITEM_TEXT;
    }

    /**
     * A site's notice above the page's date line, at the top of the page ("告示:采集本站数据请保持每秒一条的频率。…"): the
     * page proper starts at its date.
     */
    static List<PageItem> withoutSiteNotice(List<PageItem> items) {
        int first = 0;
        while (first < items.size() && items.get(first).kind() == Kind.NOISE) {
            first++;
        }
        if (first + 1 >= items.size() || items.get(first).kind() != Kind.BODY || items.get(first + 1).kind() != Kind.NOISE
                || PageFurniture.printedDate(items.get(first + 1).text()) == null) {
            return items;
        }
        List<PageItem> out = new ArrayList<>(items);
        out.set(first, items.get(first).as(Kind.NOISE, items.get(first).text()));
        return out;
    }

    /**
     * A digest's greeting at its top that names the day or who gathered it ("朋友们早上好,今天是2025年3月14日…,南湖晨报为
     * 您梳理每日新鲜资讯!"): the page's furniture, read for its date and its maker, no story.
     */
    static List<PageItem> withoutGreeting(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 0; i < Math.min(out.size(), GREETING_LINES); i++) {
            PageItem item = out.get(i);
            String text = item.text();
            if (item.kind() == Kind.BODY && text.length() <= MAX_GREETING && PageFurniture.greetingDate(text) != null
                    && PageFurniture.producerNamed(text) != null) {
                out.set(i, item.as(Kind.NOISE, text));
            }
        }
        return out;
    }

    /**
     * A head line the page repeats over item after item (a slideshow's "七张图看一周大事" over each picture's own head): the
     * page's label, furniture; each item's own head is its headline.
     */
    static List<PageItem> withoutRepeatedLabels(List<PageItem> items) {
        Map<String, Integer> heads = new HashMap<>();
        for (PageItem item : items) {
            if (item.kind() == Kind.HEAD_LINE) {
                heads.merge(item.text(), 1, Integer::sum);
            }
        }
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            // (an archive's "第1版()" and "专栏:" over every story are its own furniture, read elsewhere)
            boolean label = item.kind() == Kind.HEAD_LINE && heads.get(item.text()) >= MIN_LABEL_REPEATS
                    && LABEL_WORDS.matcher(item.text()).matches();
            out.add(label ? item.as(Kind.NOISE, item.text()) : item);
        }
        return out;
    }

    /** A link to the story in full after a digest item's text ("【详情】") is none of its text. */
    static List<PageItem> withoutLinkPrompts(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            Matcher prompt = item.kind() == Kind.BODY ? LINK_PROMPT.matcher(item.text()) : null;
            out.add(prompt != null && prompt.find() && prompt.start() > 0
                    ? item.as(Kind.BODY, item.text().substring(0, prompt.start())) : item);
        }
        return out;
    }

    /**
     * A site's links to related explainers set between an item's paragraphs ("總統府回應？", "美國回應？", "如何識別認知
     * 作戰影片？"): short questions one after another, or a question over the next item's head. A question alone over
     * text is a headline and stays one.
     */
    static List<PageItem> withoutQuestionLinks(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 0; i < items.size(); i++) {
            boolean linkLike = isQuestionHead(items.get(i))
                    && (i > 0 && isQuestionHead(items.get(i - 1))
                    || i + 1 < items.size() && items.get(i + 1).kind() == Kind.HEAD_LINE
                    || i + 1 == items.size());
            if (linkLike) {
                out.set(i, items.get(i).as(Kind.NOISE, items.get(i).text()));
            }
        }
        return out;
    }

    private static boolean isQuestionHead(PageItem item) {
        return item.kind() == Kind.HEAD_LINE && (item.text().endsWith("？") || item.text().endsWith("?"))
                && TextShape.isChinese(item.text());
    }
}
