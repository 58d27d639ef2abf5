package newsflow.processor.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Decides whether an article repeats one seen before: the same normalised text (exact), or a reprint with edits
 * (near: MinHash similarity at or above the threshold, candidates found through LSH bands). The first article seen
 * of a story is its canonical; later ones point to it. State lives behind {@link Storage}, so the same logic runs on
 * Kafka Streams state stores and in plain unit tests. Fingerprinting ({@link #fingerprint}) needs no state and runs
 * wherever the article is; only {@link #admit} needs the index. Entries expire by page date ({@link #expire}).
 */
public final class ReprintIndex {
    /** Where the index keeps its entries. */
    public interface Storage {
        String exactOwner(String textHash);

        void putExactOwner(String textHash, String articleId);

        List<String> bandMembers(String bandKey);

        void putBandMembers(String bandKey, List<String> articleIds);

        IndexedArticle article(String articleId);

        void putArticle(IndexedArticle article);

        /** Canonical articles indexed on a page date before {@code day} (epoch day). */
        List<IndexedArticle> articlesBefore(long day);

        void removeArticle(String articleId);

        /** Removes every exact-text entry that points to one of these articles. */
        void removeExactOwners(Set<String> articleIds);
    }

    /** What an article's text looks like to the index: the digest of its normalised form and its MinHash signature. */
    public record Fingerprint(String textHash, long[] signature, int shingles) {
    }

    /** What the index remembers of a canonical article; {@code day} is its page date as an epoch day. */
    public record IndexedArticle(String id, String storyId, long[] signature, int shingles, long day) {
    }

    /** The decision for one article. */
    public record Verdict(String storyId, String duplicateOf, double similarity, boolean exact) {
        public boolean unique() {
            return duplicateOf == null;
        }
    }

    /** A band stops growing here: past it a band key is a boilerplate phrase, not evidence of a reprint. */
    private static final int MAX_BAND_MEMBERS = 32;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final MinHasher hasher;
    private final int bands;
    private final int rows;
    private final double threshold;
    private final double containmentThreshold;
    private final int windowDays;

    public ReprintIndex(int hashes, int bands, int shingleLength, double threshold, double containmentThreshold, int windowDays) {
        if (hashes % bands != 0) {
            throw new IllegalArgumentException("hashes (" + hashes + ") must be a multiple of bands (" + bands + ")");
        }
        this.hasher = new MinHasher(hashes, shingleLength);
        this.bands = bands;
        this.rows = hashes / bands;
        this.threshold = threshold;
        this.containmentThreshold = containmentThreshold;
        this.windowDays = windowDays;
    }

    /**
     * 128 hashes in 64 bands of 2 over 5-character shingles: narrow bands make even a heavily truncated reprint
     * (Jaccard 0.3) a candidate with near certainty; each candidate is then verified on the whole signature. A reprint
     * has a Jaccard similarity of at least 0.5 with its canonical, or at least 0.8 of the shorter text's shingles in
     * the other (cut or truncated reprints). Measured in {@code ReprintEvaluationTest}. Stories are remembered for 30
     * days of page dates.
     */
    public static ReprintIndex withDefaults() {
        return new ReprintIndex(128, 64, 5, 0.5, 0.8, 30);
    }

    public ReprintIndex withWindowDays(int days) {
        return new ReprintIndex(hasher.hashes(), bands, hasher.shingleLength(), threshold, containmentThreshold, days);
    }

    /** How many days of page dates a story stays in the index. */
    public int windowDays() {
        return windowDays;
    }

    public Fingerprint fingerprint(String text) {
        String normalized = normalizer.normalize(text);
        return new Fingerprint(sha256(normalized), hasher.signature(normalized), hasher.shingleCount(normalized));
    }

    /** Decides on one article printed on {@code day} (epoch day of its page date) and indexes it if it is new. */
    public Verdict admit(String articleId, long day, Fingerprint fingerprint, Storage storage) {
        String textHash = fingerprint.textHash();
        String owner = storage.exactOwner(textHash);
        if (owner != null) {
            IndexedArticle canonical = storage.article(owner);
            return new Verdict(canonical != null ? canonical.storyId() : owner, owner, 1.0, true);
        }
        long[] signature = fingerprint.signature();
        int shingles = fingerprint.shingles();
        List<String> bandKeys = bandKeys(signature);
        IndexedArticle best = null;
        double bestSimilarity = -1;
        Set<String> checked = new HashSet<>();
        for (String key : bandKeys) {
            for (String candidateId : storage.bandMembers(key)) {
                if (!checked.add(candidateId)) {
                    continue; // a close reprint shares many bands: verify it once
                }
                IndexedArticle candidate = storage.article(candidateId);
                if (candidate == null) {
                    continue;
                }
                double jaccard = MinHasher.similarity(signature, candidate.signature());
                boolean reprint = jaccard >= threshold
                        || containment(jaccard, shingles, candidate.shingles()) >= containmentThreshold;
                if (reprint && jaccard > bestSimilarity) {
                    best = candidate;
                    bestSimilarity = jaccard;
                }
            }
        }
        if (best != null) {
            storage.putExactOwner(textHash, best.id()); // a re-send of this reprint repeats the same canonical
            return new Verdict(best.storyId(), best.id(), bestSimilarity, false);
        }
        String storyId = "story-" + articleId;
        storage.putExactOwner(textHash, articleId);
        storage.putArticle(new IndexedArticle(articleId, storyId, signature, shingles, day));
        for (String key : bandKeys) {
            List<String> members = new ArrayList<>(storage.bandMembers(key));
            if (members.size() < MAX_BAND_MEMBERS) {
                members.add(articleId);
                storage.putBandMembers(key, members);
            }
        }
        return new Verdict(storyId, null, 0, false);
    }

    /**
     * Forgets the canonicals printed before {@code oldestDayKept} (epoch day): their entries, band memberships and
     * exact-text entries. A reprint of a story older than the window starts a new story. Returns how many expired.
     */
    public int expire(long oldestDayKept, Storage storage) {
        List<IndexedArticle> expired = storage.articlesBefore(oldestDayKept);
        Set<String> ids = new HashSet<>();
        for (IndexedArticle a : expired) {
            ids.add(a.id());
            for (String key : bandKeys(a.signature())) {
                List<String> members = new ArrayList<>(storage.bandMembers(key));
                if (members.remove(a.id())) {
                    storage.putBandMembers(key, members);
                }
            }
            storage.removeArticle(a.id());
        }
        if (!ids.isEmpty()) {
            storage.removeExactOwners(ids);
        }
        return ids.size();
    }

    /**
     * The share of the smaller text's shingles found in the larger one, estimated from the Jaccard estimate and both
     * sizes: |A∩B| = J(|A|+|B|)/(1+J). A truncated or abridged reprint has a low Jaccard but a high containment.
     */
    static double containment(double jaccard, int a, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        double intersection = jaccard * (a + b) / (1 + jaccard);
        return Math.min(1.0, intersection / Math.min(a, b));
    }

    private List<String> bandKeys(long[] signature) {
        List<String> keys = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = h * 31 + signature[b * rows + r];
            }
            keys.add(b + ":" + Long.toHexString(h));
        }
        return keys;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
