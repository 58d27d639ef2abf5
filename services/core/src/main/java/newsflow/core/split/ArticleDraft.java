package newsflow.core.split;

import java.util.ArrayList;
import java.util.List;

/** An article while the page is being read: its head, the paragraphs and captions gathered for it so far. */
final class ArticleDraft {

    /** What moves to a headline set into a story: the label above the story's start and the paragraphs after it. */
    record Opening(String kicker, List<Paragraph> paragraphs) {
    }

    private ArticleHead head;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();

    ArticleDraft(ArticleHead head) {
        this.head = head;
    }

    ArticleHead head() {
        return head;
    }

    /** A credit that closes an item of a list of briefs is the item's byline ("(记者 王太新)"). */
    void signedBy(String byline) {
        head = new ArticleHead(head.headline(), head.kicker(), head.subheadline(), byline, head.wire());
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    List<String> captions() {
        return captions;
    }

    void add(Paragraph paragraph) {
        paragraphs.add(paragraph);
    }

    Paragraph lastParagraph() {
        return paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
    }

    /**
     * Cuts off the text from the last intertitle on (an intertitle that has story text before it), for a story whose
     * headline was printed further down: that intertitle was its kicker. Null when there is none.
     */
    Opening takeFromLastIntertitle() {
        int firstText = -1;
        int intertitle = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.isText() && firstText < 0) {
                firstText = i;
            } else if (p.kind() == Paragraph.Kind.INTERTITLE && firstText >= 0) {
                intertitle = i;
            }
        }
        if (intertitle < 0) {
            return null;
        }
        List<Paragraph> tail = paragraphs.subList(intertitle, paragraphs.size());
        Opening opening = new Opening(tail.get(0).text(), new ArrayList<>(tail.subList(1, tail.size())));
        tail.clear();
        return opening;
    }
}
