package newsflow.core.dedup;

/** What a shard remembers of an arrival: enough to verify a later candidate without fetching anything. */
public record IndexedArticle(Arrival arrival, String textHash, long[] signature, int shingles) {
}
