package newsflow.model;

/** Where a page was printed: publication, issue date (ISO-8601), page label and URL; any may be null. */
public record PageSource(String publication, String date, String page, String url) {
}
