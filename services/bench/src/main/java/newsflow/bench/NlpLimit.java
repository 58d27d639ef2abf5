package newsflow.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.bench.OfflinePass.ArticleText;
import newsflow.core.tag.ArticleTagger;

/**
 * The tagger alone: {@link ArticleTagger#tag} (the instance and configuration the pipeline uses) over the texts of
 * the articles the pipeline tags, on {@code threads} threads taking the next text from a shared counter, no Kafka.
 * The rate is given in pages of input per second: the corpus's pages over the time to tag its unique articles.
 */
final class NlpLimit {
    record Result(double seconds, double pagesPerSec, double articlesPerSec, int articles, int threads, double cpuMsPerPage) {
    }

    private NlpLimit() {
    }

    static Result run(List<ArticleText> texts, int pages, ArticleTagger tagger, int threads) throws InterruptedException {
        // warm-up, untimed: HanLP's and the tagger's code compiled before the clock starts
        for (int k = 0; k < Math.min(200, texts.size() / 4); k++) {
            tagger.tag(texts.get(k).headline(), texts.get(k).body());
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nlp-limit");
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        long cpu0 = KafkaRuns.processCpuNs();
        for (int i = 0; i < threads; i++) {
            pool.execute(() -> {
                for (int k = next.getAndIncrement(); k < texts.size(); k = next.getAndIncrement()) {
                    tagger.tag(texts.get(k).headline(), texts.get(k).body());
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(6, TimeUnit.HOURS)) {
            throw new IllegalStateException("the tagger did not finish");
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (KafkaRuns.processCpuNs() - cpu0) / 1e6;
        return new Result(s, pages / s, texts.size() / s, texts.size(), threads, cpuMs / pages);
    }
}
