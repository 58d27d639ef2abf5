package newsflow.core.dedup;

import newsflow.model.DuplicateKind;

/**
 * Another arrival whose text this one repeats: how alike they are by the evidence that told it, whether word for word,
 * and that evidence ({@code kind}; a message written before kinds were told has none: exact or near, as it said).
 */
public record ReprintMatch(Arrival arrival, double similarity, boolean exact, DuplicateKind kind) {
    public ReprintMatch {
        kind = kind != null ? kind : exact ? DuplicateKind.EXACT : DuplicateKind.NEAR;
    }

    public ReprintMatch(Arrival arrival, double similarity, boolean exact) {
        this(arrival, similarity, exact, null);
    }
}
