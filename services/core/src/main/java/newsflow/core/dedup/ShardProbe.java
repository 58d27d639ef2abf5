package newsflow.core.dedup;

/** An arrival's fingerprint sent to one shard of the band index, which holds the LSH bands with {@code band % shards == shard}. */
public record ShardProbe(Arrival arrival, int shard, ReprintIndex.Fingerprint fingerprint) {
    public String textHash() {
        return fingerprint.textHash();
    }

    public long[] signature() {
        return fingerprint.signature();
    }

    public int shingles() {
        return fingerprint.shingles();
    }
}
