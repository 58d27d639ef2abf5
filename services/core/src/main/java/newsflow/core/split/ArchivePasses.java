package newsflow.core.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.core.split.PageItem.Kind;

/**
 * Passes for archives' transcriptions of printed pages (a People's Daily archive and its mirrors): the page and
 * column lines each story opens with, the listing of a page's stories before them, telegrams and statements signed
 * and dated. Each takes the classified lines and gives them back with the archive's forms read.
 */
final class ArchivePasses {

    /** The page and column an archive's story text opens with: "第1版()专栏:", "第4版(要闻)专栏:国际". */
    private static final Pattern ARCHIVE_TEXT_PREFIX = Pattern.compile(
            "第\\s*\\d{1,3}\\s*版\\s*[(（][^()（）]{0,8}[)）]\\s*(?:专栏[:：]([^\\s]{0,10}))?\\s*");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.、．]\\s*");

    /**
     * A message printed with its heading run into its salutation, as archives transcribe a page of state telegrams:
     * "马里总统的贺电中华人民共和国周恩来总理:". The heading names the message ("…的贺电", "…的复信"); the salutation
     * is short and ends in a colon.
     */
    private static final Pattern MESSAGE_OVER_SALUTATION = Pattern.compile(
            "^([\\p{IsHan}、·]{2,30}?的(?:贺电|賀電|贺信|賀信|复电|復電|覆電|复信|覆信|唁电|唁電|来电|來電|电报|電報|贺词|賀詞|回信|来信|來信))"
                    + "([\\p{IsHan}、·\\s]{2,40}[:：])$");

    /**
     * A date alone on a line, as a letter, statement or telegram closes: "1962年9月30日", "一九六二年十月一日于北京"; the
     * page's last line may hold its start only ("1962年"), where the archive stopped.
     */
    private static final Pattern CLOSING_DATE = Pattern.compile(
            "^(?:\\d{4}|[一二三四五六七八九〇零○]{4})年(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月"
                    + "(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日(?:于[\\p{IsHan}]{2,6})?)?)?$");

    /** Lines a signer takes between the text and the date: a title, a name. */
    private static final int MAX_SIGNER_LINES = 3;
    private static final int MAX_SIGNER_LINE = 24;

    private ArchivePasses() {
    }

    /** A message's heading run into its salutation is a head over the salutation's text ({@link #MESSAGE_OVER_SALUTATION}). */
    static List<PageItem> splitMessageHeads(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            Matcher m = item.kind() == Kind.NOISE ? null : MESSAGE_OVER_SALUTATION.matcher(item.text().strip());
            if (m == null || !m.matches()) {
                out.add(item);
                continue;
            }
            out.add(item.as(Kind.HEAD_LINE, m.group(1)));
            out.add(item.as(Kind.BODY, m.group(2).strip()));
        }
        return out;
    }

    /**
     * A head line that is the page's listing of the story below it: past page furniture, the story's own head lines
     * say it again ("朝鲜和罗马尼亚等分别举行活动 热烈庆祝“五一”国际劳动节" over "第6版(国际)", "专栏:" and the head's
     * two lines). The listing is furniture; the head below heads the story.
     */
    static List<PageItem> withoutListings(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 0; i < out.size(); i++) {
            String listing = out.get(i).text();
            // a head with a comma reads as text; a listing never ends a sentence
            if (out.get(i).kind() != Kind.HEAD_LINE && !(out.get(i).kind() == Kind.BODY
                    && listing.length() <= 2 * LineClassifier.MAX_COMMA_HEAD && !TextShape.endsSentence(listing))) {
                continue;
            }
            int j = i + 1;
            while (j < out.size() && out.get(j).kind() == Kind.NOISE) {
                j++;
            }
            if (j == i + 1) {
                continue; // no furniture between: a head of several lines, not a listing
            }
            String listed = LineClassifier.WHITE.matcher(listing).replaceAll("");
            StringBuilder head = new StringBuilder();
            while (j < out.size() && (out.get(j).kind() == Kind.HEAD_LINE || out.get(j).kind() == Kind.BODY)
                    && head.length() < listed.length()) {
                head.append(LineClassifier.WHITE.matcher(out.get(j).text()).replaceAll(""));
                j++;
            }
            if (head.length() > 0 && head.toString().equals(listed)) {
                out.set(i, out.get(i).as(Kind.NOISE, out.get(i).text()));
            }
        }
        return out;
    }

    /**
     * An archive that lists a page's stories by number ("1. 华主席会见坦桑革命党代表团 会见在亲切友好的气氛中进行") and then
     * opens each story's text with the page, the column and the head again ("第1版()专栏: 华主席会见… 新华社北京…电"):
     * the text starts after the repeat, and the head's parts, which the listing ran into one line, are its headline
     * and decks.
     */
    static List<PageItem> withoutRepeatedHeads(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            PageItem head = out.isEmpty() ? null : out.get(out.size() - 1);
            Matcher prefix = item.kind() == Kind.BODY ? ARCHIVE_TEXT_PREFIX.matcher(item.text()) : null;
            // the listed head may read as text (a deck with a comma): the repeat below it tells it is a head
            boolean listedHead = head != null && (head.kind() == Kind.HEAD_LINE
                    || head.kind() == Kind.BODY && NUMBERED.matcher(head.text()).lookingAt());
            if (listedHead && prefix != null && prefix.lookingAt()) {
                String listed = NUMBERED.matcher(head.text()).replaceFirst("");
                String text = item.text().substring(prefix.end()).strip();
                if (!listed.isEmpty() && text.startsWith(listed) && text.length() > listed.length()) {
                    out.remove(out.size() - 1);
                    String number = head.text().substring(0, head.text().length() - listed.length());
                    if (prefix.group(1) != null && !prefix.group(1).isEmpty()) {
                        out.add(head.as(Kind.HEAD_LINE, "专栏:" + prefix.group(1)));   // the column the story ran in: its kicker
                    }
                    String[] parts = listed.split(" +");
                    for (int k = 0; k < parts.length; k++) {
                        out.add(head.as(Kind.HEAD_LINE, k == 0 ? number + parts[k] : parts[k]));
                    }
                    out.add(item.as(Kind.BODY, text.substring(listed.length()).strip()));
                    continue;
                }
            }
            out.add(item);
        }
        return out;
    }

    /**
     * A date alone after a story's text closes it, as a letter or a statement is signed and dated ("国王 马亨德拉" /
     * "1962年9月30日"): the date and the short lines of the signer above it are the text's end, not furniture and a
     * head over the next story. A date that only starts (the archive's cut) counts on the page's last line.
     */
    static List<PageItem> datedSignOffs(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 1; i < items.size(); i++) {
            Matcher date = CLOSING_DATE.matcher(items.get(i).text().strip());
            if (!date.matches() || date.group().endsWith("年") && i + 1 < items.size()) {
                continue;
            }
            int signer = i;
            while (signer > 0 && i - signer < MAX_SIGNER_LINES && items.get(signer - 1).kind() == Kind.HEAD_LINE
                    && items.get(signer - 1).text().strip().length() <= MAX_SIGNER_LINE) {
                signer--;
            }
            if (signer == 0 || !items.get(signer - 1).isStoryText()) {
                continue;
            }
            for (int k = signer; k <= i; k++) {
                out.set(k, items.get(k).as(Kind.CLOSING_CREDIT, items.get(k).text()));
            }
        }
        return out;
    }

    /**
     * A line in brackets right under a head line, before any text, is the head's deck ("气象台" / "(外一首)", "(节选)"):
     * a writer's sign-off in brackets closes text, and there is none yet.
     */
    static List<PageItem> bracketedDecks(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).kind() == Kind.CLOSING_CREDIT && out.get(i - 1).kind() == Kind.HEAD_LINE) {
                out.set(i, out.get(i).as(Kind.HEAD_LINE, out.get(i).text()));
            }
        }
        return out;
    }

    /**
     * Head lines an archive closes with the page and column lines it opens every story with ("录谢无量诗(书法) 梁兆华",
     * then "第12版(副刊)" / "专栏:金台随感" over the next story's head): an item with no text, a work of art's caption,
     * not the next story's head.
     */
    static List<PageItem> headsOverNothing(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() != Kind.HEAD_LINE || i > 0 && items.get(i - 1).kind() == Kind.HEAD_LINE) {
                continue;
            }
            int end = i;
            while (end < items.size() && items.get(end).kind() == Kind.HEAD_LINE) {
                end++;
            }
            int next = end;
            boolean pageLine = false;
            while (next < items.size() && items.get(next).kind() == Kind.NOISE) {
                pageLine |= ARCHIVE_TEXT_PREFIX.matcher(items.get(next).text().strip()).lookingAt();
                next++;
            }
            if (pageLine && next < items.size() && items.get(next).kind() == Kind.HEAD_LINE) {
                for (int k = i; k < end; k++) {
                    out.set(k, items.get(k).as(Kind.NOISE, items.get(k).text()));
                }
            }
        }
        return out;
    }
}
