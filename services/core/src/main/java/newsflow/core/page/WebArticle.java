package newsflow.core.page;

import java.util.List;

/**
 * A site's article page read as one article: its head (headline, kicker, deck) and byline, its body (paragraphs one
 * to a line), the captions of its figures, and what the page's markup says of it ({@link WebMetadata}).
 */
public record WebArticle(String headline, String kicker, String subheadline, String byline, String body,
                         List<String> captions, WebMetadata metadata) {
}
