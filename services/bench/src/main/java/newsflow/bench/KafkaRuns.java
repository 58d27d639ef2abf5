package newsflow.bench;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import newsflow.bench.Corpus.CorpusPage;
import newsflow.core.tag.ArticleTagger;
import newsflow.kafka.EmbeddedKafkaBroker;
import newsflow.processor.ProcessorService;
import newsflow.producer.PagePublisher;
import newsflow.runtime.KafkaSettings;
import newsflow.runtime.StreamsLifecycle;
import newsflow.runtime.TopicSetup;
import newsflow.runtime.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The runs on a broker: Kafka Streams' own pass-through, the whole processor, and the processor at an offered rate.
 * Each run gets a fresh embedded broker (so fresh topics) and a fresh application id and state directory, and
 * deletes them afterwards: no run sees another's data.
 */
final class KafkaRuns {
    /** Partitions of every topic, as {@code newsflow.topic.partitions} gives them by default. */
    static final int PARTITIONS = TopicSetup.DEFAULT_PARTITIONS;
    /** No progress for this long ends a run as stalled (reported, not thrown). */
    private static final Duration STALL = Duration.ofSeconds(120);

    record Throughput(double seconds, double startSeconds, long pages, long articles, double pagesPerSec, double mbPerSec,
                      double articlesPerSec, long unique, long near, long exact, long deadLetters, boolean complete,
                      Map<String, Double> internalRecordsPerArticle, ThreadCpu.Split cpuPerPage) {
        /** CPU ms per page of the whole process: processor, broker, bench and the JVM's own. */
        double cpuMsPerPage() {
            return cpuPerPage.total();
        }
    }

    /** CPU time of the whole process (all threads, the broker's included), in ns; -1 where the JVM does not say. */
    static long processCpuNs() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /**
     * Percentiles of the articles of pages sent after the warm-up; {@code p99WithWarmup} and {@code maxWithWarmup} of
     * all of them. {@code coresBusy} and {@code cpuMsPerPage}: the whole process's CPU while the counted pages were
     * offered.
     */
    record Latency(double rate, int pages, int samples, double p50, double p99, double max, double achievedRate, boolean complete,
                   double warmupSeconds, double p99WithWarmup, double maxWithWarmup, double coresBusy, double cpuMsPerPage) {
    }

    private static final Properties PROCESSOR_OVERRIDES = new Properties();

    private KafkaRuns() {
    }

    /** Extra Kafka Streams properties for the processor runs (the pass-through keeps Kafka's defaults). */
    static Properties processorOverrides() {
        return PROCESSOR_OVERRIDES;
    }

    // ------------------------------------------------------------------------------------------------ pass-through

    /**
     * A Streams app that copies the input to an output topic unchanged, exactly-once, {@code threads} stream threads.
     * The clock runs from RUNNING until the app's committed input offsets reach the end of the input (with
     * exactly-once the offsets commit in the transaction that wrote the copies). {@code repeat} times the corpus, so
     * the run lasts long enough to measure.
     */
    static Throughput passThrough(List<CorpusPage> pages, int repeat, int threads) throws Exception {
        return withBroker(broker -> {
            String in = "bench.passthrough.in";
            String out = "bench.passthrough.out";
            Properties client = new Properties();
            client.put("bootstrap.servers", broker.bootstrapServers());
            TopicSetup.ensureTopics(client, List.of(in, out), PARTITIONS, (short) -1);
            Properties publisherSettings = new Properties();
            publisherSettings.putAll(client);
            publisherSettings.put("newsflow.topic.pages", in);
            long bytes = publish(publisherSettings, pages, repeat);
            long records = (long) pages.size() * repeat;

            String appId = "bench-passthrough-" + UUID.randomUUID();
            Path state = Files.createTempDirectory("newsflow-bench-state-");
            Properties config = new Properties();
            config.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
            config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
            config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, String.valueOf(threads));
            config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
            config.put(StreamsConfig.PRODUCER_PREFIX + "max.request.size", String.valueOf(TopicSetup.MAX_MESSAGE_BYTES));
            StreamsBuilder builder = new StreamsBuilder();
            builder.stream(in, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                    .to(out, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
            KafkaStreams streams = new KafkaStreams(builder.build(), config);
            try (Admin admin = Admin.create(client)) {
                long t0 = System.nanoTime();
                StreamsLifecycle.startAndAwaitRunning(streams, Duration.ofSeconds(120));
                long running = System.nanoTime();
                ThreadCpu.Snapshot cpu0 = ThreadCpu.snapshot();
                boolean complete = awaitProgress(() -> committed(admin, appId, in), records, 25);
                long end = System.nanoTime();
                ThreadCpu.Split cpu = ThreadCpu.between(cpu0, ThreadCpu.snapshot(), appId);
                double s = (end - running) / 1e9;
                return new Throughput(s, (running - t0) / 1e9, records, 0, records / s, bytes / 1048576.0 / s, 0, 0, 0, 0, 0,
                        complete, Map.of(), cpu.perUnit(records));
            } finally {
                StreamsLifecycle.stop(streams, Duration.ofSeconds(30));
                deleteRecursively(state);
            }
        });
    }

    // ------------------------------------------------------------------------------------------------ pipeline

    /**
     * The processor ({@link ProcessorService}, {@code threads} stream threads, its default exactly-once) over the
     * corpus published beforehand. Done when its own meters ({@code PipelineMetrics}) have counted every page in and
     * as many articles out as the corpus splits into; the clock runs from RUNNING to then. Afterwards, the records
     * written to each internal topic (repartitions, changelogs) per article. {@code atHalfway}, if given, runs once
     * when half the articles are out.
     */
    static Throughput pipeline(List<CorpusPage> pages, long expectedArticles, int threads, ArticleTagger tagger,
                               Runnable atHalfway) throws Exception {
        return withBroker(broker -> {
            Path state = Files.createTempDirectory("newsflow-bench-state-");
            Properties settings = processorSettings(broker, "bench-pipeline-" + threads + "t-" + UUID.randomUUID(), threads, state);
            TopicSetup.ensureTopics(settings);
            long bytes = publish(settings, pages, 1);
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            ProcessorService processor = new ProcessorService(settings, tagger, registry);
            try {
                long t0 = System.nanoTime();
                processor.start();
                long running = System.nanoTime();
                ThreadCpu.Snapshot cpu0 = ThreadCpu.snapshot();
                boolean[] halfway = {atHalfway == null};
                boolean complete = awaitProgress(() -> {
                    long out = (long) count(registry, "newsflow.articles.out");
                    if (!halfway[0] && out >= expectedArticles / 2) {
                        halfway[0] = true;
                        atHalfway.run();
                    }
                    return count(registry, "newsflow.pages.in") >= pages.size() ? out : Math.min(out, expectedArticles - 1);
                }, expectedArticles, 50);
                long end = System.nanoTime();
                ThreadCpu.Split cpu = ThreadCpu.between(cpu0, ThreadCpu.snapshot(), settings.getProperty("application.id"));
                double s = (end - running) / 1e9;
                long articles = (long) count(registry, "newsflow.articles.out");
                Map<String, Double> internal = internalRecordsPerArticle(settings, settings.getProperty("application.id"), articles);
                return new Throughput(s, (running - t0) / 1e9, pages.size(), articles, pages.size() / s,
                        bytes / 1048576.0 / s, articles / s, (long) result(registry, "unique"), (long) result(registry, "near"),
                        (long) result(registry, "exact"), (long) count(registry, "newsflow.dead.letters"), complete, internal,
                        cpu.perUnit(pages.size()));
            } finally {
                processor.stop();
                deleteRecursively(state);
            }
        });
    }

    /**
     * {@link OneHopCeiling} over the corpus published beforehand, {@code threads} stream threads, the processor's
     * Streams configuration; the clock runs from RUNNING until it has processed every page (the commit follows within
     * {@code commit.interval.ms}, as in {@link #pipeline}).
     */
    static Throughput oneHopCeiling(List<CorpusPage> pages, int threads, ArticleTagger tagger) throws Exception {
        return withBroker(broker -> {
            Path state = Files.createTempDirectory("newsflow-bench-state-");
            Properties settings = processorSettings(broker, "bench-ceiling-" + threads + "t-" + UUID.randomUUID(), threads, state);
            TopicSetup.ensureTopics(settings);
            long bytes = publish(settings, pages, 1);
            OneHopCeiling.Progress progress = new OneHopCeiling.Progress();
            Properties config = ProcessorService.streamsConfig(settings);
            KafkaStreams streams = new KafkaStreams(OneHopCeiling.topology(tagger, progress), config);
            try {
                long t0 = System.nanoTime();
                StreamsLifecycle.startAndAwaitRunning(streams, Duration.ofSeconds(120));
                long running = System.nanoTime();
                ThreadCpu.Snapshot cpu0 = ThreadCpu.snapshot();
                boolean complete = awaitProgress(progress.pages::get, pages.size(), 25);
                long end = System.nanoTime();
                ThreadCpu.Split cpu = ThreadCpu.between(cpu0, ThreadCpu.snapshot(), config.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
                double s = (end - running) / 1e9;
                long articles = progress.unique.get() + progress.near.get() + progress.exact.get();
                return new Throughput(s, (running - t0) / 1e9, pages.size(), articles, pages.size() / s, bytes / 1048576.0 / s,
                        articles / s, progress.unique.get(), progress.near.get(), progress.exact.get(), 0, complete, Map.of(),
                        cpu.perUnit(pages.size()));
            } finally {
                StreamsLifecycle.stop(streams, Duration.ofSeconds(30));
                deleteRecursively(state);
            }
        });
    }

    /**
     * The processor running, pages offered at {@code rate} pages/s for about {@code seconds}; the latency of each
     * enriched article is the time a read_committed consumer receives it less the record's timestamp, which Kafka
     * Streams carries over from the page record (set by the producer when it sent the page): page → enriched as a
     * downstream consumer sees it, commit interval included. The pages of the first {@code warmupSeconds} (at most a
     * quarter of the corpus) are offered at the same rate but not counted: a processor just started still initialises
     * its tasks and state stores while RUNNING, and its first seconds are start-up, not the steady state at that rate
     * (reported beside, as {@code p99WithWarmup}).
     */
    static Latency latency(List<CorpusPage> pages, int[] articlesPerPage, double rate, int seconds, int warmupSeconds, int threads,
                           ArticleTagger tagger) throws Exception {
        // a small corpus keeps three quarters of its pages for the measure
        int warmPages = (int) Math.min(Math.round(rate * warmupSeconds), pages.size() / 4);
        int n = (int) Math.min(pages.size(), warmPages + Math.max(20, Math.round(rate * seconds)));
        long expected = 0;
        for (int i = 0; i < n; i++) {
            expected += articlesPerPage[i];
        }
        long expectedArticles = expected;
        return withBroker(broker -> {
            Path state = Files.createTempDirectory("newsflow-bench-state-");
            Properties settings = processorSettings(broker, "bench-latency-" + UUID.randomUUID(), threads, state);
            TopicSetup.ensureTopics(settings);
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            ProcessorService processor = new ProcessorService(settings, tagger, registry);
            // (page send time, latency) of each enriched article
            List<long[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());
            Properties cc = new Properties();
            cc.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            cc.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            cc.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            cc.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            cc.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(TopicSetup.MAX_MESSAGE_BYTES));
            KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cc, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> tps = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                tps.add(new TopicPartition(Topics.ARTICLES_ENRICHED, p));
            }
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            tps.forEach(consumer::position);
            AtomicBoolean stop = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                        samples.add(new long[] {r.timestamp(), System.currentTimeMillis() - r.timestamp()});
                    }
                }
            }, "latency-reader");
            try {
                processor.start();
                reader.start();
                long t0 = System.nanoTime();
                // the send time of the first counted page (its record's timestamp, which its articles carry)
                long measuredFrom = System.currentTimeMillis() + Math.round(warmPages * 1000 / rate);
                long[] measuring = new long[2]; // wall clock and process CPU when the first counted page is due
                try (PagePublisher publisher = new PagePublisher(settings)) {
                    List<Future<RecordMetadata>> sent = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        if (i == warmPages) {
                            measuring[0] = System.nanoTime();
                            measuring[1] = processCpuNs();
                        }
                        long due = t0 + (long) (i * 1e9 / rate);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        sent.add(publisher.send(pages.get(i).value(), pages.get(i).metadata()));
                    }
                    publisher.flush();
                    PagePublisher.awaitAll(sent);
                }
                double offeredSeconds = (System.nanoTime() - t0) / 1e9;
                double measuredCpuMs = (processCpuNs() - measuring[1]) / 1e6;
                double measuredSeconds = (System.nanoTime() - measuring[0]) / 1e9;
                boolean complete = awaitProgress(() -> (long) count(registry, "newsflow.articles.out"), expectedArticles, 50);
                long unique = (long) result(registry, "unique");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (samples.size() < unique && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                stop.set(true);
                reader.join(5_000);
                long[] all;
                long[] measured;
                synchronized (samples) {
                    all = latenciesSentFrom(samples, Long.MIN_VALUE);
                    measured = latenciesSentFrom(samples, measuredFrom);
                }
                return new Latency(rate, n, measured.length, percentile(measured, 0.50), percentile(measured, 0.99),
                        measured.length == 0 ? 0 : measured[measured.length - 1], n / offeredSeconds,
                        complete && all.length >= unique, warmPages / rate, percentile(all, 0.99),
                        all.length == 0 ? 0 : all[all.length - 1], measuredCpuMs / 1000 / measuredSeconds, measuredCpuMs / (n - warmPages));
            } finally {
                stop.set(true);
                reader.join(5_000);
                consumer.close();
                processor.stop();
                deleteRecursively(state);
            }
        });
    }

    /** The latencies, sorted, of the samples ({@code [page send time, latency]}) of pages sent at {@code from} or later. */
    static long[] latenciesSentFrom(List<long[]> samples, long from) {
        return samples.stream().filter(x -> x[0] >= from).mapToLong(x -> x[1]).sorted().toArray();
    }

    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    interface BrokerRun<T> {
        T run(EmbeddedKafkaBroker broker) throws Exception;
    }

    /** Runs on a fresh broker, removed afterwards. */
    private static <T> T withBroker(BrokerRun<T> run) throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        try {
            return run.run(broker);
        } finally {
            broker.close();
            deleteRecursively(broker.dataDir());
        }
    }

    private static Properties processorSettings(EmbeddedKafkaBroker broker, String appId, int threads, Path state) {
        Properties overrides = new Properties();
        overrides.put("bootstrap.servers", broker.bootstrapServers());
        overrides.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
        overrides.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, String.valueOf(threads));
        overrides.put("newsflow.state.dir", state.toString());
        overrides.put("newsflow.topic.partitions", String.valueOf(PARTITIONS));
        overrides.putAll(PROCESSOR_OVERRIDES);
        return KafkaSettings.load(Map.of(), null, overrides);
    }

    /** Publishes the pages {@code repeat} times with the project's producer; returns the bytes sent. */
    private static long publish(Properties settings, List<CorpusPage> pages, int repeat) throws InterruptedException {
        long bytes = 0;
        try (PagePublisher publisher = new PagePublisher(settings)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(pages.size());
            for (int r = 0; r < repeat; r++) {
                for (CorpusPage p : pages) {
                    sent.add(publisher.send(p.value(), p.metadata()));
                    bytes += p.size();
                }
                PagePublisher.awaitAll(sent);
                sent.clear();
            }
        }
        return bytes;
    }

    interface Progress {
        long done() throws Exception;
    }

    /** Polls until {@code target} is reached; false when progress stalled for {@link #STALL}. */
    private static boolean awaitProgress(Progress progress, long target, long pollMs) throws Exception {
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long done = progress.done();
            if (done >= target) {
                return true;
            }
            if (done != last) {
                last = done;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > STALL.toNanos()) {
                System.err.printf("bench: no progress for %d s (%d of %d); reporting what was done%n", STALL.toSeconds(), done, target);
                return false;
            }
            Thread.sleep(pollMs);
        }
    }

    private static long committed(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        // committed offsets of a transactional input count its records (the input is not transactional: no markers)
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    private static double count(MeterRegistry registry, String name) {
        return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    private static double result(MeterRegistry registry, String result) {
        return registry.find("newsflow.articles.out").tag("result", result).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** End offsets of the app's internal topics per article out (transaction markers included: an upper bound). */
    private static Map<String, Double> internalRecordsPerArticle(Properties settings, String appId, long articles) {
        try (Admin admin = Admin.create(KafkaSettings.clientProperties(settings))) {
            List<String> internal = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(appId + "-")).sorted().toList();
            Map<TopicPartition, OffsetSpec> specs = new java.util.HashMap<>();
            for (var d : admin.describeTopics(internal).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                d.partitions().forEach(p -> specs.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<String, Double> out = new TreeMap<>();
            admin.listOffsets(specs).all().get(30, TimeUnit.SECONDS).forEach((tp, info) ->
                    out.merge(tp.topic().substring(appId.length() + 1), (double) info.offset(), Double::sum));
            out.replaceAll((k, v) -> Math.round(v / Math.max(1, articles) * 100) / 100.0);
            return out;
        } catch (Exception e) {
            return Map.of();
        }
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temp dir left behind is harmless
        }
    }
}
