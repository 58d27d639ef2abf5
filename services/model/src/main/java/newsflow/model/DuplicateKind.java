package newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a duplicate repeats its canonical, by the evidence that told it: the same normalised text ({@code exact}); most
 * of their text in common ({@code near}); most of the shorter text within the other, a cut copy ({@code contained});
 * runs of words in common in several places or over half the shorter text, a copy edited, rewritten in part or run
 * into another story ({@code passages}).
 */
public enum DuplicateKind {
    EXACT("exact"), NEAR("near"), CONTAINED("contained"), PASSAGES("passages");

    private final String wireName;

    DuplicateKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The kind a setting names ("near", " Passages "); a name of none is an error that lists them. */
    public static DuplicateKind named(String name) {
        for (DuplicateKind kind : values()) {
            if (kind.wireName.equalsIgnoreCase(name.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("a reprint evidence must be exact, near, contained or passages, not '" + name + "'");
    }
}
