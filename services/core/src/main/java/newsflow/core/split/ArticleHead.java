package newsflow.core.split;

/**
 * The head of an article as printed above its body; any part may be null. The wire is set where a credit line named
 * one that the byline does not show as printed (the OCR garbled it).
 */
record ArticleHead(String headline, String kicker, String subheadline, String byline, String wire) {

    static final ArticleHead NONE = new ArticleHead(null, null, null, null);

    ArticleHead(String headline, String kicker, String subheadline, String byline) {
        this(headline, kicker, subheadline, byline, null);
    }
}
