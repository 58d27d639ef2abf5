package newsflow.processor.split;

import java.util.List;
import newsflow.model.Dateline;

/**
 * One article as cut from a page, before dedup and tagging. Text fields are null when the page does not print them.
 * The body holds paragraphs separated by {@code \n}; a credit or dateline run into the first sentence stays at its
 * start and is also parsed into {@code byline}, {@code dateline} and {@code wire}.
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
