package newsflow.core.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts an OCR page into articles from the labels the {@link LineModel} gives its lines: a headline start opens an
 * article, its further head lines and decks make its head, body lines its text, noise goes nowhere. Body lines run
 * on ({@link ColumnBreakJoiner} mends words hyphenated at a line end); a paragraph ends at a short line that ends a
 * sentence, where the printed paragraph left the rest of the column's line empty. Used for pages in Latin
 * script wrapped at column width with no blank line between stories: the OCR of old front pages.
 */
final class LineModelAssembler {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** Fewer lines than a front page's columns hold: a short text, read by the rules. */
    private static final int MIN_LINES = 40;
    private static final int MAX_COLUMN_LINE = 60;
    /**
     * A dispatch of a column of briefs is this long or shorter, in characters; a wire package runs longer before its
     * next section's dateline (a Berlin lead, then a London lead, under one head: one story). Chosen on the 1916
     * training pages and reprint groups (300–2,000 tried).
     */
    private static final int MAX_BRIEF_DISPATCH = 600;
    /**
     * A story this long or shorter, in characters, is a local item whose next item's head may be set in title case; a
     * longer one sets its own intertitles so ("Agree Crisis Is at Hand." in a battle report). Chosen on the 1916
     * training pages (500–2,500 and none tried: the longer, the more entities lost with the stories cut).
     */
    private static final int MAX_TEXT_OVER_TITLE_HEAD = 1000;
    /** A person's title or rank: a line that opens with one is a name in a list ("Corporal Paul Simon."), not a head. */
    private static final Pattern RANK = Pattern.compile("(?:Mr|Mrs|Miss|Dr|Gen|Col|Capt|Lieut|Sergt|Sgt|Corp|Corporal|Private|Pvt"
            + "|Major|Judge|Rev|Prof|Hon|Gov|Senator|Sen|Rep)\\b");
    /** English words a headline's line does not end on unless the headline goes on below it. */
    private static final Set<String> RUN_ON_WORDS = Set.of("of", "as", "are", "by", "to", "for", "the", "and", "in", "with",
            "on", "at", "from", "is", "will", "be", "a", "an", "into", "over", "his", "her", "their", "its", "that", "who",
            "has", "have", "was", "were", "may", "can", "or");
    /** English words a deck does not open with: a line set like the headline that opens so goes on with it. */
    private static final Set<String> CONTINUING_WORDS = Set.of("of", "off", "with", "at", "in", "on", "for", "from", "to",
            "by", "into", "over", "after", "before", "near", "against", "upon", "under", "is", "are", "was", "were");
    /**
     * Marks the OCR read after a paragraph's last sentence (a rule's or a border's specks: "ashore. <", "prison. '").
     * Only at a paragraph's end: a line that ends so inside one still reads as running on (trimmed line by line, the
     * paragraphs cut differently and validation lost 19 checks).
     */
    private static final Pattern TRAILING_MARKS = Pattern.compile("([.!?][\"']?)\\s+[^\\p{L}\\p{N}\\s]{1,3}$");
    /** A paragraph's last line leaves at least a quarter of the column empty. */
    private static final double PARAGRAPH_END = 0.75;
    /** A line of running text holds at least this many words. */
    private static final int MIN_RUNNING_WORDS = 4;

    private LineModelAssembler() {
    }

    /** A page's lines as the model reads them, blank ones included: the same split in training and in use. */
    static List<String> linesOf(String pageText) {
        return List.of(LINE_BREAK.split(pageText, -1));
    }

    /**
     * Whether a page is one the model reads: at least {@value #MIN_LINES} lines, hardly any blank, nearly all no
     * longer than a column's width, and in Latin script.
     */
    static boolean reads(List<String> lines) {
        int text = 0;
        int blank = 0;
        int narrow = 0;
        int han = 0;
        int letters = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                blank++;
                continue;
            }
            text++;
            narrow += line.strip().length() <= MAX_COLUMN_LINE ? 1 : 0;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    han += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1 : 0;
                }
            }
        }
        return text >= MIN_LINES && blank * 10 <= text && narrow * 10 >= text * 9 && han * 20 <= letters;
    }

    static List<ArticleDraft> assemble(List<String> lines, List<LineLabel> modelLabels) {
        List<LineLabel> labels = titleCaseHeadsBetweenStories(lines, runningTextRestored(lines, modelLabels));
        double paragraphEnd = LineFeatures.medianLength(lines) * PARAGRAPH_END;
        List<ArticleDraft> drafts = new ArrayList<>();
        Opening open = null;
        boolean afterHead = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            LineLabel label = labels.get(i);
            if (text.isEmpty()) {
                continue;
            }
            boolean underHead = afterHead;
            afterHead = label == LineLabel.HEAD_START || label == LineLabel.HEAD || label == LineLabel.DECK;
            if (PageFurniture.isJumpToLaterPage(text)) {
                open = close(open, null);   // "(CONTINUED ON PAGE FOUR.)": the story goes on elsewhere
                afterHead = false;
                continue;
            }
            boolean printedWire = CreditParser.wireLine(text) != null;
            String garbledWire = null;
            boolean ownCorrespondent = false;
            if (!printedWire && open != null && text.length() <= CreditParser.MAX_GARBLED_CREDIT) {
                garbledWire = CreditParser.garbledWireLine(text);
                ownCorrespondent = garbledWire == null && CreditParser.isOwnCorrespondentLine(text);
                if ((garbledWire != null || ownCorrespondent) && !startsDispatch(lines, i + 1)) {
                    garbledWire = null;     // read through the OCR only over a dateline, where a line of text rarely ends
                    ownCorrespondent = false;
                }
            }
            boolean readCredit = garbledWire != null || ownCorrespondent;
            if ((readCredit || printedWire && startsDispatch(lines, i + 1)) && open != null && open.draft != null) {
                // a credit after a story's text, over a dateline: the next dispatch, its head lost to the OCR
                open = close(open, new Opening(drafts, null, paragraphEnd));
                open.credit(printedWire ? text : null, garbledWire);
                afterHead = false;
                continue;
            }
            if (label == LineLabel.NOISE && !readCredit) {
                continue;
            }
            if ((printedWire || readCredit) && open != null && open.draft == null) {
                // "(By Associated Press)", "Special to The Herald." between head and dateline: the story's credit
                open.credit(printedWire ? text : null, garbledWire);
                afterHead = underHead;
                continue;
            }
            boolean inHead = open != null && open.draft == null;
            if ((label == LineLabel.HEAD_START || label == LineLabel.HEAD) && text.startsWith("By ") && CreditParser.isBylineLine(text)) {
                // "By Unite Press.", "By WILLIAM-PHILIP SIMMS" set in the head's type: a byline, not the head (a head in
                // capitals goes on "BY CONDEMNATION")
                if (!inHead || open.byline != null) {
                    open = close(open, new Opening(drafts, null, paragraphEnd));  // after text: an untitled dispatch
                }
                open.byline = text;
                afterHead = underHead;
                continue;
            }
            if (inHead && !open.headline.isEmpty() && CreditParser.isDatelineLine(text)) {
                open.body(text);        // "COLUMBUS, N. M.. March 9" on its own line under the decks: the story begins
                afterHead = false;
                continue;
            }
            if (!inHead && (label == LineLabel.HEAD_START || label == LineLabel.HEAD) && CreditParser.isDatelineLine(text)) {
                label = LineLabel.UNTITLED_START;   // a dateline after text opens the next dispatch, whose head it is not
            }
            switch (label) {
                case HEAD_START -> {
                    if (inHead && underHead && open.decks.isEmpty() && !open.headline.isEmpty()
                            && TextShape.isAllCaps(open.headline.get(open.headline.size() - 1)) == TextShape.isAllCaps(text)) {
                        open.headline.add(text); // "WOUNDED MEN" / "TELL STORY OF": a headline set on several lines
                    } else if (inHead && underHead) {
                        open.decks.add(text); // right under a head, over no text yet: its deck, not a new story
                    } else {
                        open = close(open, new Opening(drafts, text, paragraphEnd));
                    }
                }
                case HEAD -> {
                    if (inHead && open.decks.isEmpty()) {
                        open.headline.add(text);
                    } else {
                        open = close(open, new Opening(drafts, text, paragraphEnd)); // after text: the next story's head
                    }
                }
                case DECK -> {
                    if (inHead && open.decks.isEmpty() && open.headlineRunsOn(text)) {
                        open.headline.add(text); // "WOUNDED MEN TELL STORY OF" / "VILLA ATTACK": the head goes on
                    } else if (inHead) {
                        open.decks.add(text);
                    } else {
                        open = body(drafts, open, text, paragraphEnd);
                    }
                }
                case UNTITLED_START -> {
                    open = close(open, new Opening(drafts, null, paragraphEnd));
                    open.body(text);
                }
                default -> {
                    if (label == LineLabel.BODY && open != null && open.endedSentence() && open.textLength() <= MAX_BRIEF_DISPATCH
                            && opensDispatch(lines, i, text)) {
                        // a dateline after a brief's finished sentence: the next dispatch of a column of them
                        // ("BAYONNE, October 13 …" under "LONDON, October 13 …"), its head, if it had one, lost to
                        // the OCR; a longer story's later dateline is a section of one wire package
                        open = close(open, new Opening(drafts, null, paragraphEnd));
                    }
                    open = body(drafts, open, text, paragraphEnd);
                }
            }
        }
        close(open, null);
        return drafts;
    }

    /**
     * Whether a line opens a dispatch: it opens with an old paper's dateline, a place and a month and day ("Herlin, Oct.
     * 12. The…"), or it names a wire in words over such a line ("International News Service:"), which the dispatch
     * keeps.
     */
    private static boolean opensDispatch(List<String> lines, int i, String text) {
        if (CreditParser.isWireInWordsLine(text)) {
            return startsDispatch(lines, i + 1);
        }
        Credit credit = CreditParser.parseLead(text);
        return credit != null && credit.dateline() != null && credit.dateline().date() != null;
    }

    /**
     * The labels with a line the model took for noise given back to the story it stands in, where the next line with
     * text is the story's text, the line before is its text or head, and the line reads as running text: words, a
     * third of them or more in lower case (names take the rest), and no furniture. Noise (an advertisement's line, a box, OCR debris) does not read so;
     * the model weighs each line with its neighbours' shapes and now and then drops a body's first line, which repeats
     * the head's words, or one in the middle, and a story read without it loses its start or a sentence.
     */
    static List<LineLabel> runningTextRestored(List<String> lines, List<LineLabel> labels) {
        List<LineLabel> out = new ArrayList<>(labels);
        for (int i = 0; i < lines.size(); i++) {
            if (labels.get(i) != LineLabel.NOISE || lines.get(i).isBlank() || !readsAsRunningText(lines.get(i).strip())) {
                continue;
            }
            int before = i - 1;
            while (before >= 0 && lines.get(before).isBlank()) {
                before--;
            }
            int after = i + 1;
            while (after < lines.size() && lines.get(after).isBlank()) {
                after++;
            }
            if (before >= 0 && after < lines.size() && labels.get(after) == LineLabel.BODY && labels.get(before) != LineLabel.NOISE) {
                out.set(i, LineLabel.BODY);
            }
        }
        return out;
    }

    /**
     * The labels with a line the model took for text given the next story's head where it is one set in title case
     * between two short stories' text ("Secures Name Plate", "Enver Pasha's Assassination Denied."): a few capitalised
     * words after a finished sentence of a story no longer than {@value #MAX_TEXT_OVER_TITLE_HEAD} characters, over a
     * line that starts a sentence, and no name with its rank.
     */
    static List<LineLabel> titleCaseHeadsBetweenStories(List<String> lines, List<LineLabel> labels) {
        List<LineLabel> out = new ArrayList<>(labels);
        int storyChars = 0;
        for (int i = 1; i + 1 < lines.size(); i++) {
            String text = lines.get(i).strip();
            LineLabel label = labels.get(i);
            storyChars = label == LineLabel.BODY ? storyChars + text.length()
                    : label == LineLabel.NOISE ? storyChars : 0;
            if (label != LineLabel.BODY || !TextShape.isTitleCaseHead(text) || storyChars > MAX_TEXT_OVER_TITLE_HEAD
                    || RANK.matcher(text).lookingAt()) {
                continue;
            }
            int before = i - 1;
            while (before > 0 && lines.get(before).isBlank()) {
                before--;
            }
            int after = i + 1;
            while (after + 1 < lines.size() && lines.get(after).isBlank()) {
                after++;
            }
            String next = lines.get(after).strip();
            if (labels.get(before) == LineLabel.BODY && TextShape.endsSentence(lines.get(before).strip())
                    && labels.get(after) == LineLabel.BODY && !next.isEmpty() && startsSentence(next)) {
                out.set(i, LineLabel.HEAD_START);
                storyChars = 0;
            }
        }
        return out;
    }

    private static boolean startsSentence(String text) {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || (first == '"' || first == '\'') && text.length() > 1
                && Character.isUpperCase(text.codePointAt(1));
    }

    /** At least four words of letters, a third of them (two or more) in lower case, and not page furniture. */
    private static boolean readsAsRunningText(String text) {
        if (PageFurniture.isNoise(text) || PageFurniture.isJumpToLaterPage(text)) {
            return false;
        }
        int words = 0;
        int lower = 0;
        for (String w : text.split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetter)) {
                words++;
                lower += Character.isLowerCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        return words >= MIN_RUNNING_WORDS && lower >= 2 && lower * 3 >= words;   // names take the rest
    }

    /** Whether the next line with text opens with a dateline ("J'ARIS, June 2. With a tremendous…"). */
    private static boolean startsDispatch(List<String> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            String next = lines.get(k).strip();
            if (!next.isEmpty()) {
                Credit credit = CreditParser.parseLead(next);
                return credit != null && credit.dateline() != null;
            }
        }
        return false;
    }

    private static Opening close(Opening done, Opening next) {
        if (done != null) {
            done.endParagraph();
        }
        return next;
    }

    private static Opening body(List<ArticleDraft> drafts, Opening open, String text, double paragraphEnd) {
        Opening current = open != null ? open : new Opening(drafts, null, paragraphEnd);
        current.body(text);
        return current;
    }

    /** The article being read: its head lines until its first body line makes the draft. */
    private static final class Opening {
        final List<ArticleDraft> drafts;
        final List<String> headline = new ArrayList<>();
        final List<String> decks = new ArrayList<>();
        final double paragraphEnd;
        final StringBuilder paragraph = new StringBuilder();
        String byline;
        String wire;
        String lastLine;
        ArticleDraft draft;

        Opening(List<ArticleDraft> drafts, String firstHeadLine, double paragraphEnd) {
            this.drafts = drafts;
            this.paragraphEnd = paragraphEnd;
            if (firstHeadLine != null) {
                headline.add(firstHeadLine);
            }
        }

        /** A credit line over the text: a wire as printed (the byline that names it), a wire read through the OCR. */
        void credit(String printedWire, String garbledWire) {
            byline = printedWire != null ? printedWire : byline;
            wire = garbledWire != null ? garbledWire : wire;
        }

        void body(String line) {
            if (draft == null) {
                draft = new ArticleDraft(new ArticleHead(joined(headline), null, joined(decks), byline, wire));
                drafts.add(draft);
            }
            ColumnBreakJoiner.appendHalf(paragraph, false, line);
            lastLine = line;
            if (line.length() < paragraphEnd && TextShape.endsSentence(line)) {
                endParagraph();
            }
        }

        /**
         * Whether the headline's last line stops on a word that leads into more ("… TELL STORY OF") and the next line,
         * set in the same capitals, goes on with it; a deck in other type under it begins the deck.
         */
        boolean headlineRunsOn(String next) {
            if (headline.isEmpty()) {
                return false;
            }
            String last = headline.get(headline.size() - 1);
            int space = last.lastIndexOf(' ');
            int nextSpace = next.indexOf(' ');
            boolean leadsOn = RUN_ON_WORDS.contains(last.substring(space + 1).toLowerCase(Locale.ROOT));
            boolean goesOn = !TextShape.endsSentence(last)
                    && CONTINUING_WORDS.contains((nextSpace < 0 ? next : next.substring(0, nextSpace)).toLowerCase(Locale.ROOT));
            return (leadsOn || goesOn) && TextShape.isAllCaps(last) == TextShape.isAllCaps(next);
        }

        /** The story's text so far, in characters. */
        int textLength() {
            return draft == null ? 0 : draft.paragraphs().stream().mapToInt(p -> p.text().length()).sum() + paragraph.length();
        }

        /** Whether the story's text so far ends a sentence: it holds text and its last line closed one. */
        boolean endedSentence() {
            // a line ending in a colon ("International News Service:") leads into the next, as a credit its dateline
            return draft != null && lastLine != null && TextShape.endsSentence(lastLine) && !lastLine.endsWith(":");
        }

        void endParagraph() {
            if (draft != null && !paragraph.isEmpty()) {
                draft.add(new Paragraph(TRAILING_MARKS.matcher(paragraph).replaceFirst("$1"), Paragraph.Kind.TEXT));
                paragraph.setLength(0);
            }
        }

        private static String joined(List<String> parts) {
            return parts.isEmpty() ? null : String.join(" ", parts);
        }
    }
}
