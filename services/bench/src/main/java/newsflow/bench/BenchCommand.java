package newsflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import newsflow.bench.Corpus.CorpusPage;
import newsflow.core.tag.ArticleTagger;
import newsflow.model.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One benchmark run: the pipeline beside Kafka Streams' exactly-once pass-through and beside the tagger's NLP alone,
 * on one generated corpus, with latency at an offered rate, the cost of each step, memory, and 1 vs 2 stream threads.
 * Prints a table and writes a JSON report. It measures; it never asserts a time.
 */
@Command(name = "newsflow-bench", mixinStandardHelpOptions = true, version = "newsflow-bench 0.1",
        subcommands = DedupBench.class,
        description = "Measures the newsflow pipeline against Kafka's pass-through and the NLP it cannot avoid.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--pages", description = "pages in the corpus (default: ${DEFAULT-VALUE})", defaultValue = "20000")
    int pages;

    @Option(names = "--threads", description = "num.stream.threads, and the tagger's threads for nlpLimit (default: ${DEFAULT-VALUE})",
            defaultValue = "2")
    int threads;

    @Option(names = "--rate", description = "pages/s offered in the latency run (default: half the measured pipeline rate)")
    Double rate;

    @Option(names = "--out", description = "write the JSON report to this file")
    Path out;

    @Option(names = "--sources", description = "folder of seed pages (default: the repository's sources/)")
    Path sources;

    @Option(names = "--seed", description = "corpus seed (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--wording", description = "the fresh stories' words: SEED (a third of the content words swapped for "
            + "others of the seed pages) or DICTIONARY (all swapped for words of HanLP's synonym dictionary, so unrelated "
            + "stories share about as little text as real ones) (default: ${DEFAULT-VALUE})", defaultValue = "SEED")
    Corpus.Wording wording;

    @Option(names = "--latency-seconds", description = "how long pages are offered in the latency run (default: ${DEFAULT-VALUE})",
            defaultValue = "30")
    int latencySeconds;

    @Option(names = "--latency-warmup-seconds", description = "pages offered at the same rate first, whose latency is not "
            + "counted: the processor's start-up (default: ${DEFAULT-VALUE})", defaultValue = "5")
    int latencyWarmupSeconds;

    @Option(names = "--pass-through-pages", description = "at least this many records through the pass-through: the corpus "
            + "is sent again until there are (default: ${DEFAULT-VALUE})", defaultValue = "10000")
    int passThroughPages;

    @Option(names = "--processor-config", description = "a Kafka Streams property for the processor runs, KEY=VALUE, "
            + "repeatable (e.g. commit.interval.ms=30)")
    Map<String, String> processorConfig = new LinkedHashMap<>();

    @Option(names = "--warmup-pages", description = "an untimed pipeline run over this many pages (at most a quarter of the "
            + "corpus) first, so the measured runs do not pay for compiling Streams, RocksDB and the processor (default: ${DEFAULT-VALUE})",
            defaultValue = "200")
    int warmupPages;

    @Option(names = "--profile", description = "profile the reported pipeline run with async-profiler: its collapsed stacks "
            + "to this file, and where the CPU went in the table")
    Path profile;

    @Option(names = "--ceiling-pages", description = "pages of the corpus the one-hop ceiling runs over, with 1 and 2 stream "
            + "threads (its reprint index is in memory and grows with them); 0 leaves it out (default: ${DEFAULT-VALUE})",
            defaultValue = "5000")
    int ceilingPages;

    @Option(names = "--tag-sample", description = "unique articles timed in the tag and serialise stages (default: ${DEFAULT-VALUE})",
            defaultValue = "300")
    int tagSample;

    public static void main(String[] args) {
        quietLogs();
        int code = new CommandLine(new BenchCommand()).execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        if (pages < 1 || threads < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--pages and --threads must be at least 1");
        }
        if (profile != null && threads > 2) {
            // the profiled run is the reported one of the scaling pair, which has 1 and 2 threads
            throw new CommandLine.ParameterException(new CommandLine(this), "--profile needs --threads 1 or 2");
        }
        try (MemoryWatch memory = new MemoryWatch()) {
            Map<String, Object> report = run(memory);
            System.out.println(Table.render(report, extras));
            if (out != null) {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
                System.out.println("report written to " + out);
            }
        }
        return 0;
    }

    /** Figures shown in the table but kept out of the JSON report, whose keys are fixed. */
    private final Map<String, Object> extras = new LinkedHashMap<>();

    Map<String, Object> run(MemoryWatch memory) throws Exception {
        extras.put("loadStart", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // loaded first, so that a platform without async-profiler fails before the runs, not after
        PipelineProfiler profiler = profile != null ? PipelineProfiler.load() : null;
        Path seeds = sources != null ? sources : Corpus.defaultSources();
        long t0 = System.nanoTime();
        List<CorpusPage> corpus = Corpus.fromSources(seeds, wording).pages(pages, seed);
        long bytes = corpus.stream().mapToLong(CorpusPage::size).sum();
        int planned = corpus.stream().mapToInt(CorpusPage::articles).sum();
        int plannedRepeats = corpus.stream().mapToInt(CorpusPage::reprints).sum();
        progress("corpus: %d pages, %.1f MB, %d articles planned of which %d reprints or re-sent (%.0f%%), in %.1f s",
                pages, bytes / 1048576.0, planned, plannedRepeats, 100.0 * plannedRepeats / planned, secondsSince(t0));

        t0 = System.nanoTime();
        ArticleTagger tagger = new ArticleTagger();
        extras.put("taggerStartSeconds", secondsSince(t0));

        t0 = System.nanoTime();
        OfflinePass.Result offline = OfflinePass.run(corpus, tagger, tagSample);
        progress("stages: %d articles, %d unique, %d near, %d exact, %d rejected pages (%.1f s)", offline.articles(),
                offline.unique(), offline.near(), offline.exact(), offline.rejected(), secondsSince(t0));

        NlpLimit.Result nlp = NlpLimit.run(offline.uniqueTexts(), pages, tagger, threads);
        progress("nlpLimit: %.1f pages/s (%d unique articles on %d threads in %.1f s)", nlp.pagesPerSec(), nlp.articles(),
                threads, nlp.seconds());
        offline = offline.withoutTexts();
        extras.put("offline", offline);

        int repeat = Math.max(1, (int) Math.ceil(passThroughPages / (double) pages));
        KafkaRuns.Throughput pass = KafkaRuns.passThrough(corpus, repeat, threads);
        progress("passThrough: %.0f pages/s, %.1f MB/s (%d records)", pass.pagesPerSec(), pass.mbPerSec(), pass.pages());

        KafkaRuns.processorOverrides().putAll(processorConfig);
        int warm = Math.min(warmupPages, pages / 4);
        if (warm > 0) {
            List<CorpusPage> warmPages = corpus.subList(0, warm);
            long warmArticles = java.util.Arrays.stream(offline.articlesPerPage(), 0, warm).sum();
            KafkaRuns.Throughput w = KafkaRuns.pipeline(warmPages, warmArticles, threads, tagger, null);
            progress("warm-up pipeline run: %d pages, %.1f pages/s (not reported)", warm, w.pagesPerSec());
        }
        memory.resetRun();
        // the live set is measured in this run, whose throughput is not the one reported: its full collection stops the world
        KafkaRuns.Throughput firstRun = KafkaRuns.pipeline(corpus, offline.articles(), threads, tagger, memory::measureLiveSet);
        extras.put("pipelineHeap", memory.runFigures());
        extras.put("pipelineFirstRun", firstRun);
        progress("pipeline, first run (%d threads): %.1f pages/s, %.1f articles/s%s", threads, firstRun.pagesPerSec(),
                firstRun.articlesPerSec(), firstRun.complete() ? "" : " (INCOMPLETE)");

        // both after a first full run, so that neither is the colder: reusing that run for its thread count made the
        // other count look faster by the JIT and caches it had warmed
        Map<Integer, KafkaRuns.Throughput> scaling = new LinkedHashMap<>();
        for (int t : new int[] {1, 2}) {
            boolean profiled = profiler != null && t == threads;
            if (profiled) {
                progress("profiling the %d-thread run with async-profiler (engine: %s)", t, profiler.start());
            }
            KafkaRuns.Throughput run = KafkaRuns.pipeline(corpus, offline.articles(), t, tagger, null);
            if (profiled) {
                String stacks = profiler.stop();
                Files.writeString(profile, stacks);
                extras.put("profile", ProfileSummary.of(stacks));
            }
            progress("pipeline (%d thread%s): %.1f pages/s%s", t, t == 1 ? "" : "s", run.pagesPerSec(),
                    profiled ? ", profiled: " + profile : "");
            scaling.put(t, run);
        }
        // the figure reported is a warm run, as nlpLimit's is: the first run still pays for much of the JIT's work
        // (measured here: 58 pages/s against 103 for the same run later)
        KafkaRuns.Throughput pipeline = scaling.getOrDefault(threads, firstRun);

        double maxRate = scaling.values().stream().mapToDouble(KafkaRuns.Throughput::pagesPerSec).max().orElse(1);
        double offered = rate != null ? rate : Math.max(0.5, maxRate / 2);
        KafkaRuns.Latency latency = KafkaRuns.latency(corpus, offline.articlesPerPage(), offered, latencySeconds,
                latencyWarmupSeconds, threads, tagger);
        progress("latency at %.1f pages/s: p50 %.0f ms, p99 %.0f ms (%d enriched articles)", offered, latency.p50(), latency.p99(),
                latency.samples());

        // memory as the runs above left it: the ceiling, after them, keeps a reprint index of its own in the heap
        Map<String, Object> memoryFigures = ordered("heapPeak", round(memory.heapPeakMiB()), "rss", round(MemoryWatch.rssPeakMiB()));
        Map<Integer, KafkaRuns.Throughput> ceiling = new LinkedHashMap<>();
        if (ceilingPages > 0) {
            List<CorpusPage> ceilingCorpus = corpus.subList(0, Math.min(ceilingPages, pages));
            for (int t : new TreeSet<>(List.of(1, 2, threads))) {
                KafkaRuns.Throughput run = KafkaRuns.oneHopCeiling(ceilingCorpus, t, tagger);
                progress("one-hop ceiling (%d thread%s, %d pages): %.1f pages/s", t, t == 1 ? "" : "s", ceilingCorpus.size(), run.pagesPerSec());
                ceiling.put(t, run);
            }
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("passThrough", ordered(
                "pagesPerSec", round(pass.pagesPerSec()), "mbPerSec", round(pass.mbPerSec()), "pages", pass.pages(),
                "seconds", round(pass.seconds()), "threads", threads, "cpuMsPerPage", round(pass.cpuMsPerPage()),
                "complete", pass.complete()));
        report.put("nlpLimit", ordered(
                "pagesPerSec", round(nlp.pagesPerSec()), "articlesPerSec", round(nlp.articlesPerSec()),
                "articles", nlp.articles(), "seconds", round(nlp.seconds()), "threads", threads,
                "cpuMsPerPage", round(nlp.cpuMsPerPage())));
        Map<String, Object> pipelineFigures = ordered(
                "pagesPerSec", round(pipeline.pagesPerSec()), "articlesPerSec", round(pipeline.articlesPerSec()),
                "mbPerSec", round(pipeline.mbPerSec()), "pages", pipeline.pages(), "articles", pipeline.articles(),
                "unique", pipeline.unique(), "near", pipeline.near(), "exact", pipeline.exact(),
                "deadLetters", pipeline.deadLetters(), "seconds", round(pipeline.seconds()),
                "startSeconds", round(pipeline.startSeconds()), "threads", threads, "cpuMsPerPage", round(pipeline.cpuMsPerPage()),
                "complete", pipeline.complete(),
                "cpuMsPerPageBy", cpuBy(pipeline.cpuPerPage()),
                // as if the broker ran elsewhere, as it does in a deployment: the NLP's CPU per page over the pipeline's
                "toNlpLimitByCpuWithoutBroker", round4(nlp.cpuMsPerPage() / withoutBroker(pipeline.cpuPerPage())),
                "internalRecordsPerArticle", pipeline.internalRecordsPerArticle());
        if (!ceiling.isEmpty()) {
            pipelineFigures.put("oneHopCeiling", ceilingFigures(ceiling, ceiling.get(threads), pipeline, nlp));
        }
        report.put("pipeline", pipelineFigures);
        report.put("ratios", ordered(
                "toPassThrough", round4(pipeline.pagesPerSec() / pass.pagesPerSec()),
                "toNlpLimit", round4(pipeline.pagesPerSec() / nlp.pagesPerSec())));
        report.put("latencyMs", ordered("rate", round(offered), "p50", round(latency.p50()), "p99", round(latency.p99())));
        Map<String, Object> stages = new LinkedHashMap<>();
        offline.usPerArticle().forEach((k, v) -> stages.put(k, round(v)));
        report.put("stagesUsPerArticle", stages);
        report.put("memoryMiB", memoryFigures);
        report.put("scaling", ordered("oneThread", round(scaling.get(1).pagesPerSec()), "twoThreads", round(scaling.get(2).pagesPerSec())));

        extras.put("latency", latency);
        extras.put("scalingRuns", scaling);
        extras.put("loadEnd", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        extras.put("cores", Runtime.getRuntime().availableProcessors());
        extras.put("heapMaxMiB", MemoryWatch.heapMaxMiB());
        extras.put("corpus", ordered("pages", pages, "mb", bytes / 1048576.0, "plannedArticles", planned,
                "plannedRepeats", plannedRepeats));
        return report;
    }

    /** Kafka's clients and broker warn a lot about things a bench does on purpose (fresh topics, temp dirs): errors only. */
    static void quietLogs() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "error"));
        System.setProperty("org.slf4j.simpleLogger.log.newsflow", System.getProperty("org.slf4j.simpleLogger.log.newsflow", "warn"));
        // retriable by design under exactly-once (KAFKA-18202), logged as errors by the embedded broker: records still arrive once
        System.setProperty("org.slf4j.simpleLogger.log.kafka.server.ReplicaManager", "off");
    }

    static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The ceiling at 1 and 2 threads, and at {@code --threads}: its ratio to the NLP limit, and the pipeline's to it. */
    private static Map<String, Object> ceilingFigures(Map<Integer, KafkaRuns.Throughput> runs, KafkaRuns.Throughput atThreads,
                                                      KafkaRuns.Throughput pipeline, NlpLimit.Result nlp) {
        return ordered("pages", atThreads.pages(), "articles", atThreads.articles(),
                "oneThread", round(runs.get(1).pagesPerSec()), "twoThreads", round(runs.get(2).pagesPerSec()),
                "scaling", round4(runs.get(2).pagesPerSec() / runs.get(1).pagesPerSec()),
                "pagesPerSec", round(atThreads.pagesPerSec()), "cpuMsPerPage", round(atThreads.cpuMsPerPage()),
                "cpuMsPerPageBy", cpuBy(atThreads.cpuPerPage()),
                "complete", runs.values().stream().allMatch(KafkaRuns.Throughput::complete),
                "toNlpLimit", round4(atThreads.pagesPerSec() / nlp.pagesPerSec()),
                "toNlpLimitByCpuWithoutBroker", round4(nlp.cpuMsPerPage() / withoutBroker(atThreads.cpuPerPage())),
                "pipelineToCeiling", round4(pipeline.pagesPerSec() / atThreads.pagesPerSec()));
    }

    private static Map<String, Object> cpuBy(ThreadCpu.Split cpu) {
        return ordered("processor", round(cpu.processor()), "streamThreads", round(cpu.streamThreads()),
                "broker", round(cpu.broker()), "jvmAndNative", round(cpu.jvmAndNative()), "bench", round(cpu.bench()));
    }

    /** CPU ms per page of the processor and of the JVM's work for it (GC, JIT, RocksDB's native threads). */
    static double withoutBroker(ThreadCpu.Split cpu) {
        return cpu.processor() + cpu.jvmAndNative();
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void progress(String format, Object... args) {
        System.err.printf("bench: " + format + "%n", args);
    }
}
