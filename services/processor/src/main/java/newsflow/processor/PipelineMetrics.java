package newsflow.processor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The processor's own meters, in Micrometer's naming (Prometheus shows {@code newsflow_pages_in_total} and so on):
 * pages in, pages processed, dead letters by reason, articles out by result, and page → output latency. Counted per
 * processing attempt: after a crash the replayed records count again; the sink's counts are the exact ones.
 */
public final class PipelineMetrics {
    private final MeterRegistry registry;
    private final Counter pagesIn;
    private final Counter pagesProcessed;
    private final Counter unique;
    private final Counter exact;
    private final Counter near;
    private final Timer latency;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.pagesIn = Counter.builder("newsflow.pages.in").description("raw page records read").register(registry);
        this.pagesProcessed = Counter.builder("newsflow.pages.processed").description("pages accepted and split").register(registry);
        this.unique = articles("unique");
        this.exact = articles("exact");
        this.near = articles("near");
        this.latency = Timer.builder("newsflow.page.latency")
                .description("from the page record's timestamp to its article's output")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
    }

    private Counter articles(String result) {
        return Counter.builder("newsflow.articles.out").description("articles written, by result")
                .tag("result", result).register(registry);
    }

    void pageIn() {
        pagesIn.increment();
    }

    void pageProcessed() {
        pagesProcessed.increment();
    }

    void deadLetter(String reason) {
        int cut = reason.indexOf(':');
        String category = (cut > 0 ? reason.substring(0, cut) : reason).replaceAll("\\d+", "N").strip();
        registry.counter("newsflow.dead.letters", "reason", category).increment();
    }

    void articleOut(String kind, long pageTimestampMs, long nowMs) {
        (kind == null ? unique : kind.equals("exact") ? exact : near).increment();
        if (pageTimestampMs > 0 && nowMs >= pageTimestampMs) {
            latency.record(Duration.ofMillis(nowMs - pageTimestampMs));
        }
    }
}
