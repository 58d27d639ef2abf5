package newsflow.core.dedup;

/**
 * What a shard remembers of an arrival: enough to verify a later candidate without fetching anything. A member indexed
 * before passages (or figures) were kept has none: it is still found by its text, not by passages, and no figures
 * keep it apart; one kept before its script was is read as Latin, as it was judged then.
 */
public record IndexedArticle(Arrival arrival, String textHash, long[] signature, int shingles, int[] passages,
                             long[] figures, boolean chinese) {
    public IndexedArticle {
        passages = passages == null ? new int[0] : passages;
        figures = figures == null ? new long[0] : figures;
    }

    public ReprintIndex.Fingerprint fingerprint() {
        return new ReprintIndex.Fingerprint(textHash, signature, shingles, passages, figures, chinese);
    }
}
