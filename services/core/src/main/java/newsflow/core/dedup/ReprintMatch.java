package newsflow.core.dedup;

/** Another arrival whose text this one repeats: how alike they are (MinHash Jaccard estimate), and whether word for word. */
public record ReprintMatch(Arrival arrival, double similarity, boolean exact) {
}
