package newsflow.processor.split;

import java.util.ArrayList;
import java.util.List;
import newsflow.processor.split.PageItem.Kind;

/**
 * Walks a page's story items in reading order and cuts them into articles. A run of head lines either opens a new
 * article or, when it is a single short line inside a story, stays in that story as an intertitle.
 */
final class ArticleAssembler {

    private ArticleAssembler() {
    }

    static List<ArticleDraft> assemble(List<PageItem> items) {
        List<PageItem> story = items.stream()
                .filter(i -> i.kind() != Kind.NOISE && i.kind() != Kind.MASTHEAD)
                .toList();
        List<ArticleDraft> drafts = new ArrayList<>();
        List<String> pendingCaptions = new ArrayList<>();
        ArticleDraft current = null;
        int i = 0;
        while (i < story.size()) {
            PageItem item = story.get(i);
            if (item.kind() == Kind.CAPTION) {
                (current == null ? pendingCaptions : current.captions()).add(item.text());
                i++;
                continue;
            }
            if (item.isStoryText()) {
                if (current == null) {
                    current = open(drafts, ArticleHead.NONE, pendingCaptions);
                }
                current.add(new Paragraph(item.text(),
                        item.kind() == Kind.BODY ? Paragraph.Kind.TEXT : Paragraph.Kind.CLOSING_CREDIT));
                i++;
                continue;
            }
            int end = i;
            while (end < story.size() && story.get(end).isHead()) {
                end++;
            }
            List<PageItem> run = story.subList(i, end);
            PageItem next = nextStoryText(story, end);
            PageItem before = i > 0 ? story.get(i - 1) : null;
            if (opensArticle(run, current, before, next)) {
                ArticleDraft.Opening opening = current != null && isSetIntoStory(run, current, next)
                        ? current.takeFromLastIntertitle() : null;
                current = open(drafts, HeadReader.read(run, opening == null ? null : opening.kicker()),
                        pendingCaptions);
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
        return drafts;
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
