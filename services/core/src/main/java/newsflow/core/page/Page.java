package newsflow.core.page;

import newsflow.model.PageSource;

/** A page accepted for processing: its id, where it was printed, its content type and its text (markdown for HTML). */
public record Page(String pageId, PageSource source, String contentType, String text) {
}
