package newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a duplicate repeats its canonical: the same normalised text, or a reprint with edits. */
public enum DuplicateKind {
    EXACT("exact"), NEAR("near");

    private final String wireName;

    DuplicateKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
