package newsflow.core.split;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top of a page: the publication and issue date it prints, and where its stories begin. Everything
 * above the first story's head that is separated from it by furniture (masthead, dates, issue numbers, URLs) is the
 * masthead area: navigation labels and the like, never story text.
 */
final class MastheadReader {

    /** What the top of a page says; {@code storiesStart} is the index of the first item that belongs to a story. */
    record Masthead(String publication, String date, int storiesStart) {
    }

    /** How far down a page its masthead can print the issue date: a date further down belongs to a story. */
    private static final int MASTHEAD_LINES = 40;
    /** Words each opening with a capital, a period after the last allowed. */
    private static final Pattern TITLE_CASE = Pattern.compile("(?:[A-Z][\\w'&-]*\\s+)+[A-Z][\\w'&-]*\\.?");
    /** A paper's name set in large type runs over this many lines at most, each this long at most. */
    private static final int MAX_NAME_LINES = 3;
    private static final int MAX_NAME_LINE = 24;
    /** A host's greeting opens a digest: its day is looked for in this many first lines. */
    private static final int GREETING_LINES = 3;
    /** A page's folio stands among this many first lines, under whatever a site sets above it. */
    private static final int FOLIO_LINES = 8;
    /** A digest's producer line and the day on it stand among this many first lines. */
    private static final int PRODUCER_LINES = 8;
    private static final Pattern PAPER_IN_BYLINE = Pattern.compile(
            "([\\p{IsHan}]{2,10}?(?:报|网))(?:特派|首席|见习|实习|特约|摄影)?记者");

    private MastheadReader() {
    }

    /** The top of a page from its classified items, and from its lines as printed for an issue date in words. */
    static Masthead read(List<PageItem> items, List<PageLines.Line> lines) {
        // a site's own lines above the page's folio (an archive mirror's advertisement) are the site's, no story
        int firstStory = folioAtTop(items) + 1;
        while (firstStory < items.size() && !startsStory(items.get(firstStory))) {
            firstStory++;
        }
        if (firstStory == items.size()) {
            return new Masthead(publication(items, lines, firstStory), date(items, lines), firstStory); // nothing but furniture
        }
        int storiesStart = firstStory;
        int i = firstStory - 1;
        while (true) {
            int heads = i;
            while (heads >= 0 && items.get(heads).kind() == PageItem.Kind.NOISE) {
                heads--; // furniture printed between a head and its body, such as a date line
            }
            int top = heads;
            boolean headline = false;
            while (top >= 0 && items.get(top).isHead()) {
                headline |= items.get(top).kind() == PageItem.Kind.HEADING;
                top--;
            }
            // past the first run of heads, only a marked headline (a heading above a date or source line) goes on
            if (top == heads || storiesStart != firstStory && !headline) {
                break;
            }
            storiesStart = top + 1;
            i = top;
        }
        // a paper's name set as the first of the heads over the first story ("台灣醒報" over "今日必讀") is its masthead
        if (storiesStart + 1 < firstStory && items.get(storiesStart).kind() == PageItem.Kind.HEAD_LINE
                && PageFurniture.isPublicationName(items.get(storiesStart).text())) {
            storiesStart++;
        }
        return new Masthead(publication(items, lines, storiesStart), date(items, lines), storiesStart);
    }

    /**
     * The top of an OCR page from its lines as printed: the paper's name and the issue date its first lines print
     * (a date further down belongs to a story). Its stories are cut by the line model, which reads the masthead as noise.
     */
    static Masthead readTop(List<String> lines) {
        String publication = null;
        String date = null;
        int top = Math.min(lines.size(), MASTHEAD_LINES);
        for (int lineCount = 1; lineCount <= MAX_NAME_LINES && publication == null; lineCount++) {
            for (int i = 0; i < top && publication == null; i++) {
                publication = nameSetFrom(lines, i, lineCount, top);
                // a bare title word takes the words set over it where they make a name with it ("SOUTH" / "BEND" over
                // "NEWS-TIMES")
                boolean bare = publication != null && publication.indexOf(' ') < 0;
                for (int up = 1; bare && up <= MAX_NAME_LINES - lineCount && i - up >= 0; up++) {
                    String longer = nameSetFrom(lines, i - up, lineCount + up, top);
                    publication = longer != null ? longer : publication;
                }
            }
        }
        for (int i = 0; i < top; i++) {
            String line = lines.get(i).strip();
            if (date == null) {
                date = PageFurniture.mastheadDate(line);
                // the paper's name may lead its date line: "THE CAPE COUNTY HERALD,CAPE GIRARDEAU MISSOURI, OCTOBER 13. 1916."
                String lead = date == null ? "" : line.split(",", 2)[0].strip();
                if (publication == null && PageFurniture.isLatinPublicationName(lead)) {
                    publication = lead;
                }
            }
        }
        for (int i = 0; date == null && i < top; i++) {
            date = PageFurniture.printedDate(lines.get(i).strip());
        }
        // the OCR may set the masthead's box after the columns: a line of its own that is a town, weekday and date
        // ("SEATTLE, WASH., FRIDAY, OCTOBER 13. 1916") is the issue's date wherever it stands
        for (int i = 0; date == null && i < lines.size(); i++) {
            date = PageFurniture.datelineOfIssue(lines.get(i).strip());
        }
        // and its name too: a line of its own of three words or more opening with "The", each word capitalised ("The
        // Seattle Star"; not "The dedication of the Christian")
        for (int i = top; publication == null && i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("The ") && line.split("\\s+").length >= 3 && TITLE_CASE.matcher(line).matches()
                    && PageFurniture.isLatinPublicationName(line)) {
                publication = line;
            }
        }
        return new Masthead(publication == null ? null : withoutPeriod(publication), date, 0);
    }

    /**
     * The paper's name set on a top line, or on it and the one or two under it where the name is set in large type a
     * word or two a line ("SOUTH" / "BEND" / "NEWS-TIMES"), or null; not a wire's name run over lines ("ASSOCIATED" /
     * "PRESS" / "SERVICE").
     */
    private static String nameSetFrom(List<String> lines, int i, int lineCount, int top) {
        if (i + lineCount > top) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int k = i; k < i + lineCount; k++) {
            String part = lines.get(k).strip();
            if (lineCount > 1 && (part.length() > MAX_NAME_LINE || !startsWord(part))) {
                return null;
            }
            parts.add(part);
        }
        String name = String.join(" ", parts);
        String above = String.join(" ", lines.subList(Math.max(0, i - 2), i)).strip();
        if (CreditParser.namesWire(name) || CreditParser.namesWire(above + " " + name) && !CreditParser.namesWire(above)) {
            return null;
        }
        return PageFurniture.isLatinPublicationName(name) ? name : null;
    }

    /** Whether a line opens with a capitalised word of two letters or more, as a name's words are set. */
    private static boolean startsWord(String part) {
        return part.length() >= 2 && Character.isUpperCase(part.charAt(0)) && Character.isLetter(part.charAt(1));
    }

    /** Where in its first lines a page prints its folio (the day, the paper's name, the page: "1974年3月15日人民日报 第5版"), or -1. */
    private static int folioAtTop(List<PageItem> items) {
        for (int i = 0; i < Math.min(items.size(), FOLIO_LINES); i++) {
            if (items.get(i).kind() == PageItem.Kind.NOISE && PageFurniture.folioPublication(items.get(i).text()) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The paper named by a byline such as "文/羊城晚报记者 李晓旭", or null ("本报记者" names none). */
    static String publicationInByline(String byline) {
        Matcher m = PAPER_IN_BYLINE.matcher(byline);
        while (m.find()) {
            if (!m.group(1).startsWith("本")) {
                return m.group(1);
            }
        }
        return null;
    }

    private static boolean startsStory(PageItem item) {
        return item.isStoryText() || item.kind() == PageItem.Kind.CAPTION;
    }

    private static String publication(List<PageItem> items, List<PageLines.Line> lines, int storiesStart) {
        for (PageItem item : items) {
            if (item.kind() == PageItem.Kind.MASTHEAD) {
                return item.text();
            }
        }
        for (int i = 0; i < storiesStart; i++) {
            if (PageFurniture.isPublicationName(items.get(i).text())) {
                return items.get(i).text();
            }
        }
        for (int i = 0; i < storiesStart; i++) {
            String name = PageFurniture.folioPublication(items.get(i).text());
            if (name != null) {
                return name;
            }
        }
        // a folio line under a site's own notices, which the page takes for its first text ("1974年3月15日人民日报 第5版"
        // under an advertisement): furniture naming the paper and the day wherever the top sets it
        for (int i = 0; i < Math.min(items.size(), MASTHEAD_LINES); i++) {
            String name = items.get(i).kind() == PageItem.Kind.NOISE ? PageFurniture.folioPublication(items.get(i).text()) : null;
            if (name != null) {
                return name;
            }
        }
        // a source line may stand between the first headline and its text: read up to the first story text
        for (int i = 0; i < items.size() && !startsStory(items.get(i)); i++) {
            String name = items.get(i).kind() == PageItem.Kind.NOISE ? PageFurniture.publicationAmong(items.get(i).text()) : null;
            if (name != null) {
                return name;
            }
        }
        // an OCR page runs its masthead into the first story: its name line is found among the lines as printed
        for (int i = 0; i < Math.min(lines.size(), MASTHEAD_LINES); i++) {
            if (PageFurniture.isLatinPublicationName(lines.get(i).text())) {
                return withoutPeriod(lines.get(i).text().strip());
            }
        }
        // a digest or a programme's transcript names its producer, not a masthead
        return firstRead(lines, MASTHEAD_LINES, PageFurniture::producerNamed);
    }

    private static String date(List<PageItem> items, List<PageLines.Line> lines) {
        // lines as printed: OCR text run together into paragraphs would hide the masthead's own line
        String date = firstRead(lines, MASTHEAD_LINES, PageFurniture::mastheadDate);
        for (int i = 0; date == null && i < items.size(); i++) {
            date = items.get(i).kind() == PageItem.Kind.NOISE ? PageFurniture.printedDate(items.get(i).text()) : null;
        }
        // a digest's host names the day in the greeting at its top, or the line that names who made it does
        // ("【Now新聞台】2020年12月23日…", "央视评论员 央视新闻 2020-11-06"), or the one that credits who put it together
        // ("整理/林育辰 |2021.09.17")
        date = date != null ? date : firstRead(lines, GREETING_LINES, PageFurniture::greetingDate);
        date = date != null ? date : firstRead(lines, PRODUCER_LINES, PageFurniture::producerLineDate);
        return date != null ? date : firstRead(lines, PRODUCER_LINES, PageFurniture::creditLineDate);
    }

    /** What {@code read} finds first on the page's first {@code count} lines as printed, or null. */
    private static String firstRead(List<PageLines.Line> lines, int count, UnaryOperator<String> read) {
        for (int i = 0; i < Math.min(lines.size(), count); i++) {
            String found = read.apply(lines.get(i).text());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A paper's name as a reader names it, without the period some mastheads print after it ("The Idaho Recorder."). */
    private static String withoutPeriod(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
