package newsflow.model;

/** The optional metadata headers of a raw page record; the JSON envelope carries the same fields in its body. */
public final class PageHeaders {
    public static final String SOURCE = "source";
    public static final String DATE = "date";
    public static final String PAGE = "page";
    public static final String URL = "url";
    public static final String CONTENT_TYPE = "content-type";

    private PageHeaders() {
    }
}
