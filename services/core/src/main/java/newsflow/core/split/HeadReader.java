package newsflow.core.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the lines of a head block into headline, kicker, subheadline and byline. A markdown heading at headline level
 * is the headline; otherwise the first line is, unless it is a label (a kicker such as "聚焦 XX") or a lead-in that
 * ends with a speech verb ("XX在XX会上强调"), which the next line completes.
 */
final class HeadReader {

    /** A lead-in head names a speaker; the main head after it says what was said. */
    private static final Pattern LEAD_IN = Pattern.compile("(?:强调|指出|表示|要求|提出|宣布|重申|寄语|致信|回信|批示|称|说)$");
    /**
     * A head's subject set on a line of its own, a person by office ("柬埔寨国家元首西哈努克亲王", "内阁首相金日成"),
     * over the line that says what the person did ("发表第二十号告高棉同胞书"): one headline set on two lines.
     */
    private static final String OFFICE = "(?:亲王|国王|女王|总统|首相|总理|主席|委员长|总书记|第一书记|部长|外长|大使|元首|元帅|议长|国务卿)";
    private static final Pattern SUBJECT_BY_OFFICE = Pattern.compile(OFFICE + "([\\p{IsHan}]{2,4})?$");
    private static final String DEED = "(?:接见|会见|会晤|宴请|发表|致电|电贺|复电|致函|访问|抵达|到达|离开|离京|出席|举行|签署|拜会"
            + "|看望|接受|宣布|号召|祝贺|结束|参观|视察|回到|前往|启程|主持|召见)";
    private static final Pattern DEED_OPENING = Pattern.compile("^" + DEED);
    private static final Pattern DEED_INSIDE = Pattern.compile(DEED);
    /**
     * An issuing body's name on a line of its own ("中央人民政府邮电部邮政总局") over the document it issued
     * ("对各地邮局接办发行工作的重要通知"): one headline set on two lines.
     */
    private static final Pattern ISSUER = Pattern.compile(
            "(?:政府|委员会|常务委员会|国务院|中央|总局|部|局|厅|署|院|司令部|军区|总工会|联合会|协会)$");
    private static final Pattern DOCUMENT = Pattern.compile(
            "(?:通知|决定|指示|命令|公告|布告|通告|通令|声明|决议|公报|通报|规定|办法|条例|训令)$");
    /** Column and series labels set above or beside a headline. */
    private static final Pattern LABEL_WORD = Pattern.compile(
            "^(?:聚焦|关注|特写|专题|观察|追踪|调查|特稿|深读|视点|焦点|快评|时评|短评|社论|专访|对话|访谈|图说|镜头|速览)(?:$|[\\s:：·])");
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("[|丨｜]");
    /** A column named as such, as People's Daily archives print it: "专栏:新闻简报". */
    private static final Pattern COLUMN_LABEL = Pattern.compile("^专栏[:：]\\s*(\\S.{0,11})$");
    /** A label in corner brackets set before the headline on the same line. */
    private static final Pattern BRACKETED_LABEL = Pattern.compile("^【([^【】]{1,10})】\\s*(\\S.*)$");
    /** A column label set before the headline on its line and parted from it by a bar: "新华简讯|法国东部发生…". */
    private static final Pattern BARRED_LABEL = Pattern.compile("^([^|丨｜]{1,12}?)\\s*[|丨｜]\\s*(\\S.*)$");
    /** A head printed whole in corner brackets: "【全国人大会议今天9时开幕】". */
    private static final Pattern BRACKETED_HEAD = Pattern.compile("^【([^【】]+)】$");
    /** Arrows and marks set before a label: ">>两会聚焦", "» Sports". */
    private static final Pattern LABEL_MARKS = Pattern.compile("^(?:>>|»|>|▶|►)\\s*");
    /** An item's number before a Chinese headline: "1. ", "二、". */
    private static final Pattern HEAD_NUMBER = Pattern.compile("^(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]\\s*(?=\\S)");
    private static final int MAX_LABEL_TOKEN = 2;
    private static final int MAX_LATIN_LABEL_WORDS = 4;
    private static final int MAX_SHORT_LABEL_HAN = 6;
    private static final int MAX_SHORT_LABEL_WORDS = 2;

    private HeadReader() {
    }

    /**
     * Reads a head block. Lines after the byline, when the headline stands before it, open the first section and
     * belong to no field; {@code kicker} is a label found above the block (or null).
     */
    static ArticleHead read(List<PageItem> block, String kicker) {
        List<PageItem> before = new ArrayList<>();
        List<PageItem> after = new ArrayList<>();
        List<String> bylines = new ArrayList<>();
        for (PageItem item : block) {
            if (item.kind() == PageItem.Kind.BYLINE) {
                bylines.add(item.text());
            } else {
                (bylines.isEmpty() ? before : after).add(item);
            }
        }
        List<PageItem> heads = before.isEmpty() ? after : before;
        List<String> kickers = new ArrayList<>();
        if (kicker != null) {
            kickers.add(kicker);
        }
        List<String> headlines = new ArrayList<>();
        List<String> subheads = new ArrayList<>();
        if (heads.stream().anyMatch(h -> h.kind() == PageItem.Kind.HEADING)) {
            for (PageItem h : heads) {
                if (h.kind() == PageItem.Kind.HEADING) {
                    headlines.add(h.text());
                } else {
                    (headlines.isEmpty() ? kickers : subheads).add(h.text());
                }
            }
        } else {
            List<String> lines = new ArrayList<>(heads.stream().map(PageItem::text).toList());
            int label = lines.size() >= 2 ? labelIndex(lines) : -1;
            if (label >= 0) {
                kickers.add(lines.remove(label));
            }
            if (!lines.isEmpty()) {
                String headline = lines.remove(0);
                Matcher bracketed = BRACKETED_LABEL.matcher(headline);
                if (kickers.isEmpty() && bracketed.matches()) {
                    kickers.add(bracketed.group(1)); // "【要聞一】中國與聖普恢復外交關係": the label is the kicker
                    headline = bracketed.group(2);
                }
                Matcher barred = BARRED_LABEL.matcher(headline);
                if (barred.matches() && isLabelOf(barred.group(1).strip(), barred.group(2))) {
                    kickers.clear();               // the label on the head's own line names its column, not one above
                    kickers.add(barred.group(1).strip());
                    headline = barred.group(2);
                }
                if (!lines.isEmpty() && goesOnBelow(headline, lines.get(0))) {
                    headline = headline + " " + lines.remove(0);
                }
                Matcher whole = BRACKETED_HEAD.matcher(headline);
                if (whole.matches()) {
                    headline = whole.group(1).strip();
                    if (kickers.isEmpty() && lines.isEmpty() && isLabelSized(headline)) {
                        kickers.add(headline);     // "【封面新闻】" over a story without a head of its own
                        headline = null;
                    }
                }
                if (headline != null && TextShape.isChinese(headline)) {
                    headline = HEAD_NUMBER.matcher(headline).replaceFirst("");
                }
                if (headline != null) {
                    headlines.add(headline);
                }
                subheads.addAll(lines);
            }
        }
        if (subheads.isEmpty() && heads == before && !after.isEmpty()) {
            // a deck printed under the byline, above the first paragraph
            subheads.addAll(after.stream().map(PageItem::text).toList());
        }
        kickers.replaceAll(k -> BRACKETED_HEAD.matcher(
                COLUMN_LABEL.matcher(LABEL_MARKS.matcher(k).replaceFirst("")).replaceFirst("$1")).replaceFirst("$1"));
        return new ArticleHead(joined(headlines), joined(kickers), joined(subheads), joined(bylines));
    }

    /** Whether a headline's line is half of a head the next line completes: a lead-in, a subject, an issuer. */
    private static boolean goesOnBelow(String line, String next) {
        return LEAD_IN.matcher(line).find() || isSubjectOf(line, next)
                || ISSUER.matcher(line).find() && DOCUMENT.matcher(next).find();
    }

    /**
     * Whether a head line names a person by office, with or without the name, and no deed, over a line opening on one
     * ("李先念副总理会见富米·冯维希副首相" over "会见后,设宴…" is a whole headline over its deck).
     */
    private static boolean isSubjectOf(String line, String next) {
        Matcher subject = SUBJECT_BY_OFFICE.matcher(line);
        return subject.find() && (subject.group(1) == null || PersonalNames.isName(subject.group(1)))
                && !DEED_INSIDE.matcher(line).find() && DEED_OPENING.matcher(next).lookingAt();
    }

    /** As short as a column label: a few Chinese characters. */
    static boolean isLabelSized(String text) {
        return TextShape.isChinese(text) && text.length() <= MAX_SHORT_LABEL_HAN;
    }

    /** A label as short as a column name before a head at least twice as long. */
    private static boolean isLabelOf(String label, String head) {
        boolean columnSized = TextShape.isChinese(label) ? label.length() <= MAX_SHORT_LABEL_HAN
                : label.split(" ").length <= MAX_SHORT_LABEL_WORDS;
        return columnSized && head.length() >= 2 * label.length();
    }

    /** The first line that reads as a label rather than a head, or -1. */
    private static int labelIndex(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isLabel(lines.get(i), lines)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLabel(String line, List<String> block) {
        if (LABEL_SEPARATOR.matcher(line).find() || LABEL_WORD.matcher(line).find() || COLUMN_LABEL.matcher(line).matches()) {
            return true;
        }
        int at = block.indexOf(line);
        if (at + 1 < block.size() && isShortLabel(line, block.get(at + 1))) {
            return true;
        }
        if (TextShape.isChinese(line)) {
            // a label word set apart by a space: "聚焦 XX", "在 XX指引下 XX"
            int space = line.indexOf(' ');
            return space > 0 && space <= MAX_LABEL_TOKEN && TextShape.hanCount(line.substring(0, space)) == space;
        }
        // a short all-caps section label over a head that is not all caps
        return TextShape.isAllCaps(line) && line.split(" ").length <= MAX_LATIN_LABEL_WORDS
                && block.stream().anyMatch(other -> !TextShape.isAllCaps(other));
    }

    /**
     * A section or column name over the headline: a line of a few characters or words ("城事", "WORLD", "Local") set
     * over a head at least twice its length. Headlines say what happened and are seldom that short.
     */
    private static boolean isShortLabel(String line, String next) {
        if (TextShape.isChinese(line)) {
            return line.length() <= MAX_SHORT_LABEL_HAN && next.length() >= 2 * line.length();
        }
        return line.split(" ").length <= MAX_SHORT_LABEL_WORDS && next.length() >= 2 * line.length()
                && !TextShape.isChinese(next);
    }

    private static String joined(List<String> parts) {
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
