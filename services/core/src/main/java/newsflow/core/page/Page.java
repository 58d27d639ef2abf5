package newsflow.core.page;

import newsflow.model.PageSource;

/**
 * A page accepted for processing: its id, where it was printed, its content type and its text (markdown for HTML
 * the splitter cuts, the article's body for a site's article page); {@code article} is that article, null for every
 * page the splitter cuts into its stories.
 */
public record Page(String pageId, PageSource source, String contentType, String text, WebArticle article) {

    public Page(String pageId, PageSource source, String contentType, String text) {
        this(pageId, source, contentType, text, null);
    }
}
