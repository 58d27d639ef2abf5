package newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One article cut from a page. On {@code news.articles.enriched} it is the first seen of its story; on
 * {@code news.articles.duplicates} it also names the article it repeats ({@code duplicateOf}), how alike the two
 * are ({@code similarity}, 0..1) and the {@code kind} of repeat ({@code exact} or {@code near}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Article(
        String id,
        String storyId,
        String pageId,
        PageSource source,
        int ordinal,
        String headline,
        String kicker,
        String subheadline,
        String byline,
        Dateline dateline,
        String wire,
        String body,
        List<String> captions,
        String language,
        List<String> keywords,
        List<String> people,
        List<String> places,
        List<String> organizations,
        List<Topic> topics,
        Instant processedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String duplicateOf,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double similarity,
        @JsonInclude(JsonInclude.Include.NON_NULL) DuplicateKind kind) {
}
