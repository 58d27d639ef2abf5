package newsflow.core.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsflow.core.page.Page;
import newsflow.core.page.WebArticle;
import newsflow.core.page.WebMetadata;

/**
 * Cuts one raw newspaper page (markdown or plain text, e-paper or OCR) into clean articles: it drops page furniture,
 * tells headlines from intertitles, rejoins text cut by column breaks, sets captions apart, holds a paragraph printed
 * twice once, and parses the credits run into leads. OCR pages in Latin columns are cut by the {@link LineModel}; on
 * Chinese pages the {@link StoryOpeningModel} opens the stories the rules would run into the one above.
 * Thread-safe: one instance serves all records.
 */
public final class PageSplitter {

    private static final SplitPage NOTHING = new SplitPage(null, null, List.of());

    /**
     * A listing's teaser ends in the site's cut mark (" ......", "這似⋯", "任務各..."), which ends the item but is none of
     * its text: dots or an ellipsis after a word cut short, or after white space.
     */
    private static final Pattern TEASER_CUT = Pattern.compile("(?:(?<=\\p{IsHan}|\\p{P})\\s+\\.{4,}|(?<=[\\p{IsHan}\\p{L}\\d])(?:\\.{3,}|[⋯…]{1,2}))$");

    /** Loaded here, at start-up: a jar without its model fails at once rather than lose the stories of OCR pages. */
    private final LineModel lineModel = LineModel.shipped();
    /** Likewise: a jar without it would split Chinese pages otherwise than its tests measured. */
    private final StoryOpeningModel openingModel = StoryOpeningModel.shipped();

    /** Splits a page; never throws: a page that cannot be read yields no articles. */
    public SplitPage split(String pageText) {
        try {
            return read(pageText);
        } catch (RuntimeException e) {
            // a stream must not stall on one odd page; read() is tested on junk so this stays a last resort
            return NOTHING;
        }
    }

    SplitPage read(String pageText) {
        List<String> ocrLines = ocrLines(pageText);
        MastheadReader.Masthead masthead;
        List<ArticleDraft> drafts;
        if (LineModelAssembler.reads(ocrLines)) {
            // an OCR front page runs its stories together without a blank line: the line model tells where each starts
            masthead = MastheadReader.readTop(ocrLines);
            drafts = LineModelAssembler.assemble(ocrLines, lineModel.label(ocrLines));
        } else {
            Classified page = classified(pageText);
            masthead = page.masthead();
            List<PageItem> story = page.story();
            drafts = ArticleAssembler.assemble(story, StoryOpeningModel.reads(pageText) ? openingModel.openings(story) : Set.of());
        }
        List<SplitArticle> articles = new ArrayList<>(drafts.size());
        Map<String, Integer> creditedPapers = new HashMap<>();
        for (ArticleDraft draft : drafts) {
            SplitArticle article = finish(draft, articles.size() + 1, creditedPapers);
            if (article != null) {
                articles.add(article);
            }
        }
        String publication = masthead.publication() != null ? masthead.publication() : mostCredited(creditedPapers);
        return new SplitPage(publication, masthead.date(), List.copyOf(articles));
    }

    /** A page as {@link newsflow.core.page.PageReader} read it: a site's article page is one article, any other is cut. */
    public SplitPage split(Page page) {
        return page.article() != null ? single(page.article()) : split(page.text());
    }

    /**
     * A site's article page, read as one article ({@link WebArticleReader}): its head from the page's markup, its
     * dateline and wire from its lead as on every page, the publication and date the markup gives.
     */
    private SplitPage single(WebArticle article) {
        ArticleHead head = new ArticleHead(article.headline(), article.kicker(), article.subheadline(), article.byline());
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String paragraph : article.body().split("\n")) {
            // a web page's paragraphs are whole: no column breaks to mend; its furniture lines ("(责任编辑:张三)") go
            if (!paragraph.isBlank() && !PageFurniture.isNoise(paragraph.strip())) {
                paragraphs.add(new Paragraph(paragraph.strip(), Paragraph.Kind.TEXT));
            }
        }
        SplitArticle a = article(head, paragraphs, article.captions(), 1, new HashMap<>());
        WebMetadata m = article.metadata();
        return new SplitPage(m.publication(), m.published(), a == null ? List.of() : List.of(a));
    }

    /** A page's items as the rules classify them, and its masthead. */
    record Classified(List<PageItem> items, MastheadReader.Masthead masthead) {
        /** The items under the masthead: what the assembler cuts and the opening model learns from. */
        List<PageItem> story() {
            return items.subList(masthead.storiesStart(), items.size());
        }
    }

    static Classified classified(String pageText) {
        List<PageLines.Line> lines = PageLines.read(pageText);
        List<PageItem> items = LineClassifier.classify(lines);
        return new Classified(items, MastheadReader.read(items, lines));
    }

    /** A page's lines as the line model reads them, blank ones included; for training it as it is used. */
    public static List<String> ocrLines(String pageText) {
        return pageText == null ? List.of() : LineModelAssembler.linesOf(pageText);
    }

    /** The finished article, or null when the draft holds no story text (a head over nothing, furniture). */
    private static SplitArticle finish(ArticleDraft draft, int ordinal, Map<String, Integer> creditedPapers) {
        List<Paragraph> paragraphs = RepeatedParagraphs.keepLast(ColumnBreakJoiner.joinBreaks(draft.paragraphs()));
        return article(draft.head(), paragraphs, draft.captions(), ordinal, creditedPapers);
    }

    /** An article of whole paragraphs, its credits read from its lead; null when it holds no story text. */
    private static SplitArticle article(ArticleHead head, List<Paragraph> paragraphs, List<String> captions, int ordinal,
                                        Map<String, Integer> creditedPapers) {
        Paragraph lead = paragraphs.stream().filter(Paragraph::isText).findFirst().orElse(null);
        if (lead == null) {
            return null;
        }
        // a dateline the OCR ran a deck's debris into ("Spelasi Cabie to ne washisstm Mara. Milan, March 9.-") is
        // read where it stands; the text before it stays, as it may be a story's of its own
        Credit credit = CreditParser.parseLead(lead.text());
        boolean chinese = TextShape.isChinese(lead.text());
        if (credit == null && chinese) {
            credit = dispatchUnderSummary(paragraphs, lead);
        }
        // a credit line the OCR garbled, run into the dateline under it ("(By -ftolHtrlt I'rroii.) NEW YORK, June 2.",
        // "Special to The Wahinate Herald. Princeton…"): its wire is read and the line leaves the text
        int afterCredit = credit != null || chinese ? -1 : CreditParser.datelineAfterGarbledCredit(lead.text());
        String garbledWire = afterCredit > 0 ? CreditParser.garbledWireLine(lead.text().substring(0, afterCredit)) : null;
        if (afterCredit > 0) {
            paragraphs = new ArrayList<>(paragraphs);
            paragraphs.set(paragraphs.indexOf(lead), new Paragraph(lead.text().substring(afterCredit), lead.kind()));
            credit = CreditParser.parseLead(lead.text().substring(afterCredit));
        }
        int dateline = credit != null || chinese ? -1 : CreditParser.datelineAfterDebris(lead.text());
        if (dateline > 0) {
            credit = CreditParser.parseLead(lead.text().substring(dateline));
        }
        String byline = head.byline() != null ? head.byline() : credit == null ? null : credit.byline();
        String wire = credit != null && credit.wire() != null ? credit.wire() : garbledWire;
        Paragraph last = paragraphs.get(paragraphs.size() - 1);
        if (last.kind() == Paragraph.Kind.CLOSING_CREDIT && paragraphs.size() > 1 && !CreditParser.creditsAPhoto(last.text())) {
            // a credit signed after the story: a reporter's is its byline, a wire's its wire ("■記者 X", "■新華社")
            String signedWire = CreditParser.wireOfClosingCredit(last.text());
            boolean signedByReporter = byline == null && CreditParser.namesReporter(last.text());
            if (signedByReporter || signedWire != null && wire == null) {
                byline = signedByReporter ? last.text() : byline;
                wire = signedWire != null ? signedWire : wire;
                if (!CreditParser.isClosingCredit(last.text())) {
                    paragraphs = paragraphs.subList(0, paragraphs.size() - 1); // "(新华社)" stays where it closes the text
                }
            }
        }
        String wireLine = head.wire() != null ? head.wire() : head.byline() == null ? null : CreditParser.wireLine(head.byline());
        if (wireLine != null) {
            byline = credit == null ? null : credit.byline();   // "(By Associated Press)" names a wire, not a writer
            wire = wire != null ? wire : wireLine;
        }
        String paper = credit != null && credit.publication() != null ? credit.publication()
                : head.byline() == null ? null : MastheadReader.publicationInByline(head.byline());
        if (paper != null) {
            creditedPapers.merge(paper, 1, Integer::sum);
        }
        String body = paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        if (body.endsWith("...") || body.endsWith("⋯") || body.endsWith("…")) {
            body = TEASER_CUT.matcher(body).replaceFirst("");  // looked for only where the text ends in dots
        }
        return new SplitArticle(ordinal, head.headline(), head.kicker(), head.subheadline(), byline,
                credit == null ? null : credit.dateline(), wire, body,
                List.copyOf(captions));
    }

    /** Paragraphs an archive's summary of a dispatch runs to before the dispatch opens with its credit. */
    private static final int MAX_SUMMARY_PARAGRAPHS = 2;

    /**
     * The wire's credit that opens the dispatch under an editor's summary ("…革命自主性的问题。" then "新华社平壤二十一日电
     * …"): the article's wire and dateline are the dispatch's. Only a wire's credit counts; a paper's own ("本报讯") can
     * open a story's later section.
     */
    private static Credit dispatchUnderSummary(List<Paragraph> paragraphs, Paragraph lead) {
        int at = paragraphs.indexOf(lead);
        for (int k = at + 1; k < paragraphs.size() && k <= at + MAX_SUMMARY_PARAGRAPHS; k++) {
            Credit credit = paragraphs.get(k).isText() ? CreditParser.parseLead(paragraphs.get(k).text()) : null;
            if (credit != null && credit.wire() != null) {
                return new Credit(null, credit.wire(), credit.dateline(), null);
            }
        }
        return null;
    }

    private static String mostCredited(Map<String, Integer> papers) {
        return papers.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
