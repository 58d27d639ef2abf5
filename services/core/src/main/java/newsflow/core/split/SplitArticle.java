package newsflow.core.split;

import java.util.List;
import newsflow.model.Dateline;

/**
 * One article as cut from a page, before dedup and tagging. Text fields are null when the page does not print them.
 * The body holds paragraphs separated by {@code \n}; a credit or dateline run into the first sentence stays at its
 * start and is also parsed into {@code byline}, {@code dateline} and {@code wire}.
 *
 * @param ordinal     the article's place on its page in reading order, from 1
 * @param kicker      a series or column label printed above or beside the headline
 * @param subheadline the deck printed under the headline
 * @param byline      the credit as printed on its own line ("黄成 本报记者 戈清平") or in the lead ("记者 张伟")
 * @param dateline    where and when the story was filed ("合肥", "08-22"), when the lead says so
 * @param wire        the agency the story came over ("新华社", "AP"), when the lead names one
 * @param captions    photo captions, each with its photo credit when the page prints one
 */
public record SplitArticle(
        int ordinal,
        String headline,
        String kicker,
        String subheadline,
        String byline,
        Dateline dateline,
        String wire,
        String body,
        List<String> captions) {
}
