package newsflow.core.split;

/**
 * One line of a page with what it is taken to be, and the blank-line separated block it stands in; {@code mark} is
 * the list mark printed before it ("■", "△"), kept apart so that it does not hide what the line is.
 */
record PageItem(Kind kind, String text, int block, String mark) {

    PageItem(Kind kind, String text, int block) {
        this(kind, text, block, "");
    }

    enum Kind {
        /** Page furniture or junk: never part of a story. */
        NOISE,
        /** The publication's name set as the page's top heading. */
        MASTHEAD,
        /** A markdown heading at headline level. */
        HEADING,
        /** A markdown heading below headline level: a kicker or an intertitle. */
        MINOR_HEADING,
        /** A plain line shaped like a head: headline, kicker, deck or intertitle. */
        HEAD_LINE,
        /** A byline printed on a line of its own. */
        BYLINE,
        /** A photo credit on a line of its own ("新华社记者 王晔/摄"). */
        PHOTO_CREDIT,
        /** A credit that closes a story: "(徐林 岳宗)". */
        CLOSING_CREDIT,
        /** A photo caption, with its credit when the page prints one. */
        CAPTION,
        /** A paragraph of story text. */
        BODY,
        /**
         * A line that ends a story on this page: a jump line ("(下转A06版)", "Continued on A6"), or the date a listing
         * prints under each item ("日期:2025-10-09").
         */
        END_MARK
    }

    boolean isHead() {
        return kind == Kind.HEADING || kind == Kind.MINOR_HEADING || kind == Kind.HEAD_LINE || kind == Kind.BYLINE;
    }

    boolean isStoryText() {
        return kind == Kind.BODY || kind == Kind.CLOSING_CREDIT;
    }

    PageItem as(Kind newKind, String newText) {
        return new PageItem(newKind, newText, block, mark);
    }
}
