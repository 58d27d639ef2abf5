package newsflow.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.bench.Corpus.CorpusPage;
import newsflow.core.dedup.MinHasher;
import newsflow.core.dedup.ReprintDesk;
import newsflow.core.dedup.ReprintGather;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.dedup.TextNormalizer;
import newsflow.core.page.Page;
import newsflow.core.page.PageReader;
import newsflow.core.page.RejectedPageException;
import newsflow.core.split.PageSplitter;
import newsflow.core.split.SplitArticle;
import newsflow.core.split.SplitPage;
import newsflow.core.tag.ArticleTagger;
import newsflow.core.tag.Tags;
import newsflow.model.Article;
import newsflow.model.PageSource;
import newsflow.processor.ProcessorService;
import newsflow.runtime.JsonSerde;
import newsflow.runtime.Topics;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The pipeline's domain steps run over the corpus in one thread, without Kafka, each timed by the bench's own
 * timers (the thread's CPU time, see {@link #now}) after a warm-up: parse ({@link PageReader}), split ({@link PageSplitter}), normalise + fingerprint
 * ({@link TextNormalizer}, SHA-256, {@link MinHasher}, as {@link ReprintIndex} does them), the dedup lookup
 * (the reprint index's whole protocol, {@link ReprintDesk}, over an in-memory storage, less its own normalise +
 * fingerprint), tag
 * ({@link ArticleTagger#tag}, unique articles only, as in the pipeline) and serialise (the enriched article through
 * {@link JsonSerde}). The same pass finds what the pipeline will do with the corpus: articles per page, and the
 * unique articles, whose texts are what the tagger has to analyse ({@code nlpLimit}).
 */
final class OfflinePass {
    /** Articles of the pages below this many are also fingerprinted apart and run through a stored-form index. */
    private static final int FINGERPRINT_SAMPLE_PAGES = 500;
    private static final int WARMUP_PAGES = 150;

    /** A unique article's text, as the tagger gets it. */
    record ArticleText(String headline, String body) {
    }

    record Result(int pages, int articles, int unique, int near, int exact, int rejected, int[] articlesPerPage,
                  List<ArticleText> uniqueTexts, Map<String, Double> usPerArticle, Map<String, Double> extraUs,
                  int taggedSample, double pageChars) {
        /** The same figures without the texts, once {@code nlpLimit} has had them: 20,000 pages hold 100 MB of them. */
        Result withoutTexts() {
            return new Result(pages, articles, unique, near, exact, rejected, articlesPerPage, List.of(), usPerArticle,
                    extraUs, taggedSample, pageChars);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported();

    private OfflinePass() {
    }

    /**
     * The stage clock: this thread's CPU time, so time the thread spends preempted by other work on the machine does
     * not count (on a busy machine wall-clock stage times come out 2-3 times too long); wall-clock where the JVM has
     * no thread CPU clock.
     */
    static long now() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static Result run(List<CorpusPage> corpus, ArticleTagger tagger, int tagSample) {
        PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
        PageSplitter splitter = new PageSplitter();
        TextNormalizer normalizer = new TextNormalizer();
        MinHasher hasher = new MinHasher(128, 5);

        // warm-up: the same steps over the first pages, into a throw-away index
        ReprintDesk warmDesk = ReprintDesk.inOrder(ReprintIndex.withDefaults(), ProcessorService.DEFAULT_SHARDS, MemoryStorage.objects());
        for (int w = 0; w < 2; w++) {
            for (int i = 0; i < Math.min(WARMUP_PAGES, corpus.size()); i++) {
                try {
                    Page page = reader.read(null, corpus.get(i).value(), headers(corpus.get(i)));
                    for (SplitArticle a : splitter.split(page.text()).articles()) {
                        String text = fingerprintText(a.headline(), a.body());
                        fingerprint(normalizer, hasher, text);
                        warmDesk.admit(w + "-" + i + "-" + a.ordinal(), 0, text);
                    }
                } catch (RejectedPageException e) {
                    // counted in the measured pass
                }
            }
        }

        ReprintDesk desk = ReprintDesk.inOrder(ReprintIndex.withDefaults(), ProcessorService.DEFAULT_SHARDS, MemoryStorage.objects());
        ReprintDesk storedDesk = ReprintDesk.inOrder(ReprintIndex.withDefaults(), ProcessorService.DEFAULT_SHARDS, MemoryStorage.stored());
        long parseNs = 0, splitNs = 0, fpNs = 0, admitSampleNs = 0, admitNs = 0, storedAdmitNs = 0;
        int sampleArticles = 0;
        int articles = 0, unique = 0, near = 0, exact = 0, rejected = 0;
        long chars = 0;
        int[] perPage = new int[corpus.size()];
        List<ArticleText> uniqueTexts = new ArrayList<>();
        List<SplitArticle> uniqueSplits = new ArrayList<>();
        List<PageSource> uniqueSources = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            CorpusPage cp = corpus.get(i);
            long t0 = now();
            Page page;
            try {
                page = reader.read(null, cp.value(), headers(cp));
            } catch (RejectedPageException e) {
                rejected++;
                continue;
            }
            long t1 = now();
            SplitPage split = splitter.split(page.text());
            long t2 = now();
            parseNs += t1 - t0;
            splitNs += t2 - t1;
            chars += page.text().length();
            perPage[i] = split.articles().size();
            for (SplitArticle a : split.articles()) {
                articles++;
                String id = "p" + i + "-" + a.ordinal();
                String text = fingerprintText(a.headline(), a.body());
                boolean sample = i < FINGERPRINT_SAMPLE_PAGES;
                long f0 = now();
                if (sample) {
                    fingerprint(normalizer, hasher, text);
                }
                long f1 = now();
                ReprintGather.Verdict v = desk.admit(id, 0, text);
                long f2 = now();
                admitNs += f2 - f1;
                if (sample) {
                    storedDesk.admit(id, 0, text);
                    long f3 = now();
                    fpNs += f1 - f0;
                    admitSampleNs += f2 - f1;
                    storedAdmitNs += f3 - f2;
                    sampleArticles++;
                }
                if (v.unique()) {
                    unique++;
                    uniqueTexts.add(new ArticleText(a.headline(), a.body()));
                    if (uniqueSplits.size() < tagSample) { // what the tag and serialise stages time
                        uniqueSplits.add(a);
                        uniqueSources.add(page.source());
                    }
                } else if (v.exact()) {
                    exact++;
                } else {
                    near++;
                }
            }
        }

        // tag and serialise: unique articles only, as the pipeline; a sample, after a warm-up
        int sample = Math.min(tagSample, uniqueTexts.size());
        int warm = Math.min(100, uniqueTexts.size());
        for (int k = 0; k < warm; k++) {
            tagger.tag(uniqueTexts.get(k).headline(), uniqueTexts.get(k).body());
        }
        List<Article> enriched = new ArrayList<>(sample);
        long tagNs = 0;
        for (int k = 0; k < sample; k++) {
            ArticleText t = uniqueTexts.get(k);
            long t0 = now();
            Tags tags = tagger.tag(t.headline(), t.body());
            tagNs += now() - t0;
            enriched.add(article("p-" + k, uniqueSplits.get(k), uniqueSources.get(k), tags, null));
        }
        Serializer<Article> serializer = JsonSerde.articles().serializer();
        for (int w = 0; w < 3; w++) {
            for (Article a : enriched) {
                serializer.serialize(Topics.ARTICLES_ENRICHED, a);
            }
        }
        long serNs = 0;
        for (int rep = 0; rep < 3; rep++) {
            long t0 = now();
            for (Article a : enriched) {
                serializer.serialize(Topics.ARTICLES_ENRICHED, a);
            }
            serNs += now() - t0;
        }

        Map<String, Double> us = new LinkedHashMap<>();
        double perArticle = Math.max(1, articles);
        us.put("parse", parseNs / 1e3 / perArticle);
        us.put("split", splitNs / 1e3 / perArticle);
        double fp = fpNs / 1e3 / Math.max(1, sampleArticles);
        us.put("normaliseFingerprint", fp);
        us.put("dedupLookup", Math.max(0.01, admitSampleNs / 1e3 / Math.max(1, sampleArticles) - fp));
        us.put("tag", tagNs / 1e3 / Math.max(1, sample));
        us.put("serialise", serNs / 1e3 / Math.max(1, 3L * enriched.size()));
        Map<String, Double> extra = new LinkedHashMap<>();
        extra.put("dedupAdmitTotal", admitNs / 1e3 / perArticle);
        extra.put("dedupAdmitStoredForm", storedAdmitNs / 1e3 / Math.max(1, sampleArticles));
        int pages = corpus.size() - rejected;
        return new Result(pages, articles, unique, near, exact, rejected, perPage, uniqueTexts, us, extra, sample,
                pages == 0 ? 0 : (double) chars / pages);
    }

    static Map<String, String> headers(CorpusPage page) {
        return headers(page.metadata().headers());
    }

    /** Record headers as {@link PageReader} takes them. */
    static Map<String, String> headers(Iterable<Header> headers) {
        Map<String, String> h = new HashMap<>();
        headers.forEach(x -> h.put(x.key(), new String(x.value(), StandardCharsets.UTF_8)));
        return h;
    }

    /** The text the dedup step fingerprints: headline and body, as {@code ReprintFanOutProcessor} joins them. */
    static String fingerprintText(String headline, String body) {
        return (headline == null ? "" : headline) + "\n" + (body == null ? "" : body);
    }

    /** What {@link ReprintIndex#admit} computes before it looks anything up. */
    static Object fingerprint(TextNormalizer normalizer, MinHasher hasher, String text) {
        String normalized = normalizer.normalize(text);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Object[] {java.util.HexFormat.of().formatHex(digest), hasher.signature(normalized), hasher.shingleCount(normalized)};
    }

    /** An article as the processor writes it; a duplicate's {@code duplicateOf} names its canonical. */
    static Article article(String id, SplitArticle a, PageSource source, Tags t, String duplicateOf) {
        return new Article(id, "story-" + (duplicateOf == null ? id : duplicateOf), "page-" + id, source, a.ordinal(), a.headline(),
                a.kicker(), a.subheadline(), a.byline(), a.dateline(), a.wire(), a.body(), a.captions(), t.language(),
                t.keywords(), t.people(), t.places(), t.organizations(), t.topics(), java.time.Instant.now(), duplicateOf, null, null, null);
    }
}
