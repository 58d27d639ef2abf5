package newsflow.core.dedup;

import java.util.Arrays;
import java.util.Objects;
import newsflow.model.DuplicateKind;

/**
 * Another arrival whose text this one repeats: how alike they are by the evidence that told it, whether word for word,
 * that evidence ({@code kind}; a message written before kinds were told has none: exact or near, as it said), and which
 * of the receiving arrival's passages the other holds too ({@code shared}, one bit per passage, see
 * {@link Passages.Lookup}; none in a message written before they were sent). Two matches whose shared passages
 * overlap tie two earlier texts to one story ({@link ReprintIndex#oneStoryThrough}).
 */
public record ReprintMatch(Arrival arrival, double similarity, boolean exact, DuplicateKind kind, long[] shared) {
    public ReprintMatch {
        kind = kind != null ? kind : exact ? DuplicateKind.EXACT : DuplicateKind.NEAR;
        shared = shared == null ? new long[0] : shared;
    }

    public ReprintMatch(Arrival arrival, double similarity, boolean exact) {
        this(arrival, similarity, exact, null, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReprintMatch m && arrival.equals(m.arrival) && similarity == m.similarity && exact == m.exact
                && kind == m.kind && Arrays.equals(shared, m.shared);
    }

    @Override
    public int hashCode() {
        return Objects.hash(arrival, similarity, exact, kind, Arrays.hashCode(shared));
    }

    @Override
    public String toString() {
        return "ReprintMatch[" + arrival + ", " + similarity + ", " + kind + ", " + Passages.count(shared) + " passages shared]";
    }
}
