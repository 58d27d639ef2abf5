package newsflow.core.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import newsflow.model.DuplicateKind;

/**
 * The fingerprint of an article's text and the rule that says whether two texts are one story: the same normalised text
 * (exact), or a reprint with edits (near: MinHash similarity at or above the threshold, or most of the shorter text's
 * shingles in the longer one, on enough equal hashes to tell that from a shared sentence). LSH band keys say which
 * earlier arrivals are worth checking. The index itself is spread over shards ({@link ReprintShard}, by band) and
 * decided per arrival ({@link ReprintGather}); this class holds what both share and needs no state.
 */
public final class ReprintIndex {
    /**
     * What an article's text looks like to the index: the digest of its normalised form, its MinHash signature and
     * shingle count, its passages ({@link Passages}) and its figures ({@link Figures}).
     */
    public record Fingerprint(String textHash, long[] signature, int shingles, int[] passages, long[] figures,
                              boolean chinese) {
        public Fingerprint {
            passages = passages == null ? new int[0] : passages;
            figures = figures == null ? new long[0] : figures;
        }
    }

    /** How one text repeats another ({@code kind}) and how alike they are by that evidence (0..1). */
    public record Judgement(DuplicateKind kind, double similarity) {
    }

    /** Passage evidence, chosen on the training halves of the reprint development sets (see docs/quality.md). */
    static final int MIN_SHARED_PASSAGES = 8;
    static final int MIN_PASSAGE_RUNS = 2;
    static final double MIN_PASSAGES_CONTAINED = 0.12;
    /**
     * The same share between two Chinese texts: a portal's own report that keeps the agency's lead sentence and one
     * more shares 0.12–0.13 of the agency's text (web training half); 1916 OCR copies, which share less for the OCR's
     * errors, keep the Latin share.
     */
    static final double MIN_PASSAGES_CONTAINED_CHINESE = 0.14;
    static final double MIN_ONE_RUN_CONTAINED = 0.5;
    /** Of the fewer passages a text shares with either of two earlier texts, the share both hold (see {@link #oneStoryThrough}). */
    static final double MIN_SHARED_THROUGH = 0.3;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final MinHasher hasher;
    private final int bands;
    private final int rows;
    private final double threshold;
    private final double containmentThreshold;
    private final double containmentMinSimilarity;
    private final int windowDays;
    /** The weakest evidence that makes a reprint: passages by default; a stricter setting keeps such copies apart. */
    private final DuplicateKind weakest;

    public ReprintIndex(int hashes, int bands, int shingleLength, double threshold, double containmentThreshold,
            double containmentMinSimilarity, int windowDays) {
        this(hashes, bands, shingleLength, threshold, containmentThreshold, containmentMinSimilarity, windowDays,
                DuplicateKind.PASSAGES);
    }

    private ReprintIndex(int hashes, int bands, int shingleLength, double threshold, double containmentThreshold,
            double containmentMinSimilarity, int windowDays, DuplicateKind weakest) {
        if (hashes % bands != 0) {
            throw new IllegalArgumentException("hashes (" + hashes + ") must be a multiple of bands (" + bands + ")");
        }
        this.hasher = new MinHasher(hashes, shingleLength);
        this.bands = bands;
        this.rows = hashes / bands;
        this.threshold = threshold;
        this.containmentThreshold = containmentThreshold;
        this.containmentMinSimilarity = containmentMinSimilarity;
        this.windowDays = windowDays;
        this.weakest = weakest;
    }

    /**
     * 128 hashes in 64 bands of 2 over 5-character shingles: narrow bands make even a heavily truncated reprint
     * (Jaccard 0.3) a candidate with near certainty; each candidate is then verified on the whole signature. A reprint
     * has a Jaccard similarity of at least 0.5 with its canonical, or at least 0.8 of the shorter text's shingles in
     * the other (cut or truncated reprints) on at least 16 equal hashes (Jaccard 0.125). Containment is estimated from
     * the Jaccard estimate and the sizes, and between a brief and a story many times its length a few equal hashes
     * make it whole: a phrase in common and chance give those, and a growing index verifies hundreds of thousands of
     * candidates, so it meets them. On the bench's 5,000 pages, the 9 containment verdicts with under half the
     * shorter text in the other (measured on exact shingle sets) had 3 to 14 equal hashes; of 1,702 true ones
     * (0.8 or more), 20 had fewer than 16. Measured in {@code ReprintEvaluationTest}. Stories are remembered for 30
     * days of page dates.
     */
    public static ReprintIndex withDefaults() {
        return new ReprintIndex(128, 64, 5, 0.5, 0.8, 0.125, 30);
    }

    public ReprintIndex withWindowDays(int days) {
        return new ReprintIndex(hasher.hashes(), bands, hasher.shingleLength(), threshold, containmentThreshold,
                containmentMinSimilarity, days, weakest);
    }

    /**
     * An index that takes nothing weaker than {@code kind} for a reprint: {@code near} keeps cut copies and copies told
     * by passages apart (on the enriched topic, each its own story), {@code exact} finds re-sends only.
     */
    public ReprintIndex withWeakestEvidence(DuplicateKind kind) {
        return new ReprintIndex(hasher.hashes(), bands, hasher.shingleLength(), threshold, containmentThreshold,
                containmentMinSimilarity, windowDays, kind);
    }

    /** How many days of page dates a story stays in the index. */
    public int windowDays() {
        return windowDays;
    }

    public int bands() {
        return bands;
    }

    public Fingerprint fingerprint(String text) {
        String simplified = normalizer.simplified(text);
        String normalized = TextNormalizer.lettersAndDigits(simplified);
        Passages.Read passages = Passages.read(simplified);
        return new Fingerprint(sha256(normalized), hasher.signature(normalized), hasher.shingleCount(normalized),
                passages.passages(), Figures.of(simplified), passages.inCharacters());
    }

    /**
     * Whether {@code b} repeats {@code a} (or the other way), and by what evidence; null when they are different stories.
     * In order: the same text; MinHash similarity at the threshold; most of the shorter text's shingles in the other on
     * enough equal hashes ({@link #containment}); then passages in common:
     * at least {@link #MIN_SHARED_PASSAGES}, lying in at least {@link #MIN_PASSAGE_RUNS} separate runs and making at
     * least {@link #MIN_PASSAGES_CONTAINED} of the shorter text ({@link #MIN_PASSAGES_CONTAINED_CHINESE} between two
     * Chinese texts), or a single run making at least
     * {@link #MIN_ONE_RUN_CONTAINED} of it. Two stories on one event share names, not runs of words; a boilerplate line
     * both carry is one run, a small part of each. Whatever the evidence short of the same text, two texts whose
     * figures disagree ({@link Figures}) are two editions of a template, not one story.
     */
    public Judgement judge(Fingerprint a, Fingerprint b) {
        if (a.textHash().equals(b.textHash())) {
            return new Judgement(DuplicateKind.EXACT, 1.0);
        }
        Judgement j = evidence(a, b);
        // the next edition of a template shares its sentences, not its figures
        return j == null || Figures.compare(a.figures(), b.figures()).disagree() ? null : j;
    }

    private Judgement evidence(Fingerprint a, Fingerprint b) {
        double jaccard = MinHasher.similarity(a.signature(), b.signature());
        if (jaccard >= threshold && weakest.compareTo(DuplicateKind.NEAR) >= 0) {
            return new Judgement(DuplicateKind.NEAR, jaccard);
        }
        double contained = containment(jaccard, a.shingles(), b.shingles());
        if (jaccard >= containmentMinSimilarity && contained >= containmentThreshold
                && weakest.compareTo(DuplicateKind.CONTAINED) >= 0) {
            return new Judgement(DuplicateKind.CONTAINED, contained);
        }
        if (weakest != DuplicateKind.PASSAGES) {
            return null;
        }
        Passages.Overlap o = Passages.overlap(a.passages(), b.passages());
        double share = a.chinese() && b.chinese() ? MIN_PASSAGES_CONTAINED_CHINESE : MIN_PASSAGES_CONTAINED;
        boolean passages = o.shared() >= MIN_SHARED_PASSAGES
                && (o.runs() >= MIN_PASSAGE_RUNS && o.contained() >= share || o.contained() >= MIN_ONE_RUN_CONTAINED);
        return passages ? new Judgement(DuplicateKind.PASSAGES, o.contained()) : null;
    }

    /**
     * Whether two earlier texts that one text repeats are one story: the passages it shares with the one and with the
     * other ({@link Passages.Lookup}, masks over its own passages) are largely the same ones, at least
     * {@link #MIN_SHARED_PASSAGES} and {@link #MIN_SHARED_THROUGH} of the fewer. A copy cut to its lead and another cut
     * to its later paragraphs may share too little to be linked, and a third that runs the whole story holds the
     * passages of both; a page that carries two stories shares one part with each, and those parts are apart. Chosen on
     * the training halves of the reprint sets (docs/quality.md).
     */
    public static boolean oneStoryThrough(long[] sharedWithOne, long[] sharedWithOther) {
        int both = Passages.common(sharedWithOne, sharedWithOther);
        return both >= MIN_SHARED_PASSAGES
                && both >= MIN_SHARED_THROUGH * Math.min(Passages.count(sharedWithOne), Passages.count(sharedWithOther));
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

    /** The band keys of a signature that belong to one shard of {@code shards}. */
    public List<String> bandKeys(long[] signature, int shard, int shards) {
        List<String> keys = new ArrayList<>(bands / shards + 1);
        for (int b = shard; b < bands; b += shards) {
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
