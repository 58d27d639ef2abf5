package newsflow.core.split;

/** A paragraph of an article's body: story text, an intertitle kept in place, or a closing credit. */
record Paragraph(String text, Kind kind) {

    enum Kind { TEXT, INTERTITLE, CLOSING_CREDIT }

    boolean isText() {
        return kind == Kind.TEXT;
    }
}
