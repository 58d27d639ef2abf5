package newsflow.core.dedup;

/**
 * What a shard remembers of an arrival: enough to verify a later candidate without fetching anything. A member indexed
 * before passages were kept has none ({@code passages} empty): it is still found by its text, not by passages.
 */
public record IndexedArticle(Arrival arrival, String textHash, long[] signature, int shingles, int[] passages) {
    public IndexedArticle {
        passages = passages == null ? new int[0] : passages;
    }

    public ReprintIndex.Fingerprint fingerprint() {
        return new ReprintIndex.Fingerprint(textHash, signature, shingles, passages);
    }
}
