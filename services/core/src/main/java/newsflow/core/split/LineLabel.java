package newsflow.core.split;

/** What a line of an OCR page is, as the {@link LineModel} tells it: the parts of an article, or noise. */
public enum LineLabel {
    /** The first line of a headline: a new article starts here. */
    HEAD_START,
    /** A further line of the same headline. */
    HEAD,
    /** A deck (sub-headline) between the headline and the body. */
    DECK,
    /** The first line of an article printed without a headline. */
    UNTITLED_START,
    /** Article text. */
    BODY,
    /** Masthead, advertisements, boxes, jump lines: no article's. */
    NOISE
}
