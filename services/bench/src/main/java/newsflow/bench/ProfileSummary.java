package newsflow.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a profiled run's CPU went, read from async-profiler's collapsed stacks (with thread names): the share of each
 * kind of thread, and inside the stream threads the share of each kind of work and of each processor step.
 */
record ProfileSummary(long samples, Map<String, Long> threads, long streamSamples, Map<String, Long> streamWork,
                      Map<String, Long> streamSteps) {

    private record Kind(String name, Predicate<String> matches) {
    }

    private static final String STREAM_THREADS = "stream threads";
    private static final Pattern STREAM_THREAD = Pattern.compile(".*-StreamThread-\\d+( tid=\\d+)?");

    /** Thread kinds, by the name async-profiler gives the thread; the first that matches. */
    private static final List<Kind> THREAD_KINDS = List.of(
            new Kind(STREAM_THREADS, ProfileSummary::isStreamThread),
            // a stream thread's producer names its I/O thread after it:
            // "kafka-producer-network-thread | …-StreamThread-1-producer"
            new Kind("producer I/O threads", t -> t.startsWith("kafka-producer-network-thread")),
            new Kind("broker request handlers", t -> t.contains("kafka-request-handler")),
            new Kind("broker network threads", t -> t.contains("kafka-network-thread")),
            new Kind("broker transactions (partitions, markers)",
                    t -> t.startsWith("AddPartitionsToTxn") || t.startsWith("TxnMarkerSender")),
            new Kind("GC", t -> t.startsWith("GC Thread") || t.startsWith("G1 ") || t.startsWith("VM Thread")),
            new Kind("JIT compiler", t -> t.startsWith("C1 CompilerThre") || t.startsWith("C2 CompilerThre")),
            new Kind("RocksDB background (flush, compaction)", t -> t.startsWith("rocksdb:")));

    /**
     * Kinds of work on a stream thread, by the frames of a stack; the first that matches, so that what the tagger calls
     * (HanLP, its regexes) counts as tagging, and a store's native calls as RocksDB whichever step made them.
     */
    private static final List<Kind> WORK_KINDS = List.of(
            new Kind("HanLP", s -> s.contains("com/hankcs/")),
            new Kind("tagger's own work", s -> s.contains("newsflow/core/tag/")),
            new Kind("RocksDB (JNI and native)", s -> s.contains("org/rocksdb/") || s.contains("rocksdb::")),
            new Kind("Jackson", s -> s.contains("com/fasterxml/jackson/")),
            new Kind("dedup (fingerprints, lookups)", s -> s.contains("newsflow/core/dedup/")),
            new Kind("parse and split", s -> s.contains("newsflow/core/page/") || s.contains("newsflow/core/split/")),
            new Kind("regex", s -> s.contains("java/util/regex/")),
            new Kind("Kafka clients (send, poll)", s -> s.contains("org/apache/kafka/clients/")),
            new Kind("Kafka Streams", s -> s.contains("org/apache/kafka/streams/")));

    private static final Pattern STEP = Pattern.compile("newsflow/processor/(\\w+Processor)\\.");
    private static final String OTHER = "other";

    static ProfileSummary of(String collapsed) {
        long samples = 0;
        long streamSamples = 0;
        Map<String, Long> threads = new LinkedHashMap<>();
        Map<String, Long> work = new LinkedHashMap<>();
        Map<String, Long> steps = new LinkedHashMap<>();
        for (String line : collapsed.split("\n")) {
            int space = line.lastIndexOf(' ');
            if (space < 0 || !line.startsWith("[")) {
                continue;
            }
            long n = Long.parseLong(line.substring(space + 1).strip());
            String stack = line.substring(0, space);
            String thread = stack.substring(1, Math.max(1, stack.indexOf(']')));
            String kind = kindOf(THREAD_KINDS, thread);
            samples += n;
            threads.merge(kind, n, Long::sum);
            if (kind.equals(STREAM_THREADS)) {
                streamSamples += n;
                work.merge(kindOf(WORK_KINDS, stack), n, Long::sum);
                steps.merge(innermostStep(stack), n, Long::sum);
            }
        }
        return new ProfileSummary(samples, sorted(threads), streamSamples, sorted(work), sorted(steps));
    }

    /** A Kafka Streams stream thread, by its name (async-profiler's or the JVM's). */
    static boolean isStreamThread(String name) {
        return STREAM_THREAD.matcher(name).matches();
    }

    private static String kindOf(List<Kind> kinds, String text) {
        return kinds.stream().filter(k -> k.matches().test(text)).map(Kind::name).findFirst().orElse(OTHER);
    }

    /** The processor running when the sample was taken: the innermost one, since a step forwards to the next in-line. */
    private static String innermostStep(String stack) {
        Matcher m = STEP.matcher(stack);
        String step = "(between records: polling, committing)";
        while (m.find()) {
            step = m.group(1);
        }
        return step;
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The summary as lines for the bench's table. */
    String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("profile of the reported pipeline run (async-profiler, %d CPU samples of 1 ms):%n", samples));
        b.append("  threads, share of all samples:\n");
        threads.forEach((k, v) -> b.append(String.format("    %5.1f %%  %s%n", 100.0 * v / samples, k)));
        b.append("  stream threads, share of their samples, by kind of work:\n");
        streamWork.forEach((k, v) -> b.append(String.format("    %5.1f %%  %s%n", 100.0 * v / Math.max(1, streamSamples), k)));
        b.append("  stream threads, by processor step:\n");
        streamSteps.forEach((k, v) -> b.append(String.format("    %5.1f %%  %s%n", 100.0 * v / Math.max(1, streamSamples), k)));
        return b.toString();
    }
}
