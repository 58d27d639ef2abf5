package newsflow.bench;

import java.util.Map;

/** The report as a table for the terminal. */
final class Table {
    private Table() {
    }

    @SuppressWarnings("unchecked")
    static String render(Map<String, Object> report, Map<String, Object> extras) {
        Map<String, Object> pass = (Map<String, Object>) report.get("passThrough");
        Map<String, Object> nlp = (Map<String, Object>) report.get("nlpLimit");
        Map<String, Object> pipe = (Map<String, Object>) report.get("pipeline");
        Map<String, Object> ratios = (Map<String, Object>) report.get("ratios");
        Map<String, Object> lat = (Map<String, Object>) report.get("latencyMs");
        Map<String, Object> stages = (Map<String, Object>) report.get("stagesUsPerArticle");
        Map<String, Object> mem = (Map<String, Object>) report.get("memoryMiB");
        Map<String, Object> scaling = (Map<String, Object>) report.get("scaling");
        OfflinePass.Result offline = (OfflinePass.Result) extras.get("offline");
        KafkaRuns.Latency latency = (KafkaRuns.Latency) extras.get("latency");
        Map<String, Object> corpus = (Map<String, Object>) extras.get("corpus");

        StringBuilder b = new StringBuilder("\n");
        line(b, "corpus", String.format("%s pages, %.1f MB (%.0f chars/page); %d articles: %d unique, %d near, %d exact (%.0f%% repeats)",
                corpus.get("pages"), (double) corpus.get("mb"), offline.pageChars(), offline.articles(), offline.unique(),
                offline.near(), offline.exact(), 100.0 * (offline.near() + offline.exact()) / Math.max(1, offline.articles())));
        b.append(String.format("%-22s %12s %12s %12s%n", "", "pages/s", "articles/s", "CPU ms/page"));
        b.append(String.format("%-22s %12s %12s %12s   %s MB/s, exactly-once, %s records, %s threads%n", "passThrough",
                pass.get("pagesPerSec"), "", pass.get("cpuMsPerPage"), pass.get("mbPerSec"), pass.get("pages"), pass.get("threads")));
        b.append(String.format("%-22s %12s %12s %12s   tagger alone on %s threads, %s unique articles%n", "nlpLimit",
                nlp.get("pagesPerSec"), nlp.get("articlesPerSec"), nlp.get("cpuMsPerPage"), nlp.get("threads"), nlp.get("articles")));
        b.append(String.format("%-22s %12s %12s %12s   %s threads, %s s, start %s s%s%n", "pipeline",
                pipe.get("pagesPerSec"), pipe.get("articlesPerSec"), pipe.get("cpuMsPerPage"), pipe.get("threads"), pipe.get("seconds"),
                pipe.get("startSeconds"), Boolean.TRUE.equals(pipe.get("complete")) ? "" : "  INCOMPLETE"));
        @SuppressWarnings("unchecked")
        Map<Integer, KafkaRuns.Throughput> runs = (Map<Integer, KafkaRuns.Throughput>) extras.get("scalingRuns");
        KafkaRuns.Throughput reported = runs.get((Integer) pipe.get("threads"));
        if (reported != null) {
            ThreadCpu.Split cpu = reported.cpuPerPage();
            line(b, "  without the broker", String.format("%.1f CPU ms/page, of which the NLP limit's %s is %.3f (as if the broker ran "
                    + "elsewhere; by wall clock, sharing the cores with it: %.3f)", BenchCommand.withoutBroker(cpu), nlp.get("cpuMsPerPage"),
                    pipe.get("toNlpLimitByCpuWithoutBroker"), ratios.get("toNlpLimit")));
        }
        b.append(String.format("%-22s %12s %12s %12.1f   %s%n", "  1 stream thread", scaling.get("oneThread"), "",
                runs.get(1).cpuMsPerPage(), whose(runs.get(1))));
        b.append(String.format("%-22s %12s %12s %12.1f   %s; ×%.2f wall-clock%n", "  2 stream threads", scaling.get("twoThreads"), "",
                runs.get(2).cpuMsPerPage(), whose(runs.get(2)),
                (double) scaling.get("twoThreads") / Math.max(1e-9, (double) scaling.get("oneThread"))));
        KafkaRuns.Throughput one = runs.get(1);
        double busy = one.cpuMsPerPage() * one.pagesPerSec() / 1000;
        int cores = (int) extras.get("cores");
        line(b, "  scaling room", String.format("one stream thread kept %.2f of %d cores busy (the stream thread %.2f, the broker %.2f): "
                + "at this CPU per page, more threads can be at most ×%.2f as fast", busy, cores,
                one.cpuPerPage().streamThreads() * one.pagesPerSec() / 1000, one.cpuPerPage().broker() * one.pagesPerSec() / 1000,
                cores / Math.max(1e-9, busy)));
        if (pipe.get("oneHopCeiling") instanceof Map<?, ?> ceiling) {
            line(b, "one-hop ceiling", String.format("%s pages/s with %s threads (%s with 1, ×%.2f), CPU %s ms/page: %.3f of the NLP limit "
                    + "(%.3f by CPU without the broker); the pipeline is at %.3f of it", ceiling.get("pagesPerSec"), pipe.get("threads"),
                    ceiling.get("oneThread"), ceiling.get("scaling"), ceiling.get("cpuMsPerPage"), ceiling.get("toNlpLimit"),
                    ceiling.get("toNlpLimitByCpuWithoutBroker"), ceiling.get("pipelineToCeiling")));
            line(b, "", String.format("the most a design of the pipeline gets here: parse, split, dedup, tag and write in one exactly-once "
                    + "hop, the reprint index in memory shared by the threads (first %s pages)", ceiling.get("pages")));
        }
        line(b, "ratios", String.format("pipeline / passThrough %.4f, pipeline / nlpLimit %.3f", ratios.get("toPassThrough"),
                ratios.get("toNlpLimit")));
        line(b, "latency", String.format("at %s pages/s offered (%.1f achieved, %d pages): p50 %s ms, p99 %s ms, max %.0f ms, %d enriched "
                + "after the first %.1f s; with them p99 %.0f ms, max %.0f ms", lat.get("rate"), latency.achievedRate(), latency.pages(),
                lat.get("p50"), lat.get("p99"), latency.max(), latency.samples(), latency.warmupSeconds(), latency.p99WithWarmup(),
                latency.maxWithWarmup()));
        line(b, "", String.format("while offered, the process kept %.2f of %s cores busy: %.1f CPU ms/page at this rate, against %s at full speed "
                + "(fewer records to each poll, request and transaction)", latency.coresBusy(), extras.get("cores"),
                latency.cpuMsPerPage(), pipe.get("cpuMsPerPage")));
        b.append("stages, CPU µs per article (one thread, after a warm-up):\n");
        stages.forEach((k, v) -> b.append(String.format("  %-22s %10s%s%n", k, v,
                k.equals("tag") ? "   per tagged (unique) article, " + offline.taggedSample() + " timed"
                        : k.equals("parse") || k.equals("split") ? "   per page ÷ articles per page" : "")));
        offline.extraUs().forEach((k, v) -> b.append(String.format("  %-22s %10.1f%n", k, v)));
        Object internal = pipe.get("internalRecordsPerArticle");
        if (internal instanceof Map<?, ?> m && !m.isEmpty()) {
            b.append("internal topic records per article out (incl. transaction markers):\n");
            m.forEach((k, v) -> b.append(String.format("  %-44s %8s%n", k, v)));
        }
        line(b, "memory", String.format("heap peak %s MiB (-Xmx %.0f MiB), RSS peak %s MiB",
                mem.get("heapPeak"), (double) extras.get("heapMaxMiB"), mem.get("rss")));
        @SuppressWarnings("unchecked")
        Map<String, Double> run = (Map<String, Double>) extras.get("pipelineHeap");
        if (run != null) {
            line(b, "  pipeline run", String.format("heap peak %.0f MiB, live set halfway %.0f MiB (after a full collection), "
                    + "over a baseline of %.0f MiB held by the bench and its tagger before the run", run.get("peak"),
                    run.get("liveSet"), run.get("baseline")));
        }
        if (extras.get("profile") instanceof ProfileSummary profile) {
            b.append(profile.render());
        }
        line(b, "machine", String.format("%s cores, load average %.1f at the start and %.1f at the end (other work on the "
                + "machine slows every figure; the ratios, measured in one run, hold better)", extras.get("cores"),
                (double) extras.get("loadStart"), (double) extras.get("loadEnd")));
        return b.toString();
    }

    private static String whose(KafkaRuns.Throughput run) {
        ThreadCpu.Split cpu = run.cpuPerPage();
        return String.format("processor %.1f (stream threads %.1f), broker %.1f, JVM %.1f", cpu.processor(), cpu.streamThreads(),
                cpu.broker(), cpu.jvmAndNative());
    }

    private static void line(StringBuilder b, String name, String text) {
        b.append(String.format("%-22s %s%n", name, text));
    }
}
