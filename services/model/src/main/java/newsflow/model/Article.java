package newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One article cut from a page. On {@code news.articles.enriched} it is the first seen of its story; on
 * {@code news.articles.duplicates} it also names the article it repeats ({@code duplicateOf}), how alike the two
 * are ({@code similarity}, 0..1) and the {@code kind} of repeat ({@code exact}, {@code near}, {@code contained} or
 * {@code passages}), and, when its text shows two stories to be one (it repeats the copies of another story where it
 * repeats its own's), those other stories ({@code sameStories}).
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
        @JsonInclude(JsonInclude.Include.NON_NULL) DuplicateKind kind,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sameStories) {
    public Article {
        sameStories = sameStories == null ? List.of() : List.copyOf(sameStories);
    }
}
