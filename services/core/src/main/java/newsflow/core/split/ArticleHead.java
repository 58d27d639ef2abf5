package newsflow.core.split;

/** The head of an article as printed above its body; any part may be null. */
record ArticleHead(String headline, String kicker, String subheadline, String byline) {

    static final ArticleHead NONE = new ArticleHead(null, null, null, null);
}
