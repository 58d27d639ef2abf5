package newsflow.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import newsflow.core.dedup.MinHasher;
import newsflow.core.dedup.ReprintDesk;
import newsflow.core.dedup.ReprintGather;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.dedup.TextNormalizer;
import newsflow.model.Json;
import newsflow.processor.ProcessorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 4's bench: indexes synthetic stories through the reprint index's whole protocol ({@link ReprintDesk}: fan-out,
 * shards, gathers, in one process) over an in-memory storage and, at 1 k, 10 k,
 * 100 k (and 1 M) stories, measures the per-article dedup cost of new stories and of edited reprints of indexed
 * ones (the thread's CPU time, as the stage timers take it), the earlier arrivals each verifies, and the bytes the
 * index keeps per story.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Per-article dedup cost and bytes per story as the reprint index grows (issue 4).")
final class DedupBench implements Callable<Integer> {
    @Option(names = "--max-stories", description = "largest index size: 1000, 10000, 100000 or 1000000 (default: ${DEFAULT-VALUE})",
            defaultValue = "100000")
    int maxStories;

    @Option(names = "--probes", description = "new stories and reprints timed at each size, of each kind (default: ${DEFAULT-VALUE})",
            defaultValue = "1000")
    int probes;

    @Option(names = "--storage", description = "objects: plain maps of the index's objects; stored: entries kept as the "
            + "state stores keep them (joined strings, binary members), so lookups pay the stores' serdes (default: ${DEFAULT-VALUE})",
            defaultValue = "objects")
    String storageKind;

    @Option(names = "--wording", description = "the stories' words: SEED (a third of each seed sentence's content words swapped "
            + "for others of the seed pages: unrelated stories share ten times the text real ones do, the harder case for the "
            + "index) or DICTIONARY (all swapped for words of HanLP's synonym dictionary: about as little as real ones) "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "SEED")
    Corpus.Wording wording;

    @Option(names = "--sources", description = "folder of seed pages (default: the repository's sources/)")
    Path sources;

    @Option(names = "--out", description = "write the figures as JSON to this file")
    Path out;

    record Row(int stories, double newUs, double reprintUs, double fingerprintUs, double lookupNewUs, double lookupReprintUs,
               double reprintsFound, double verifiedNew, double verifiedReprint, double storedBytesPerStory,
               double bandBytes, double memberBytes, double heapBytesPerStory, int bandKeys) {
    }

    @Override
    public Integer call() throws Exception {
        if (!serialCollector()) {
            // measured here: with G1 the same work (the fingerprint) took up to 3x the CPU time at one size as at another
            System.err.println("bench: for steady figures run the dedup bench with -XX:+UseSerialGC: with other collectors "
                    + "the CPU time of the same work moved by up to 3x between the sizes of one run");
        }
        Corpus corpus = Corpus.fromSources(sources != null ? sources : Corpus.defaultSources(), wording);
        List<Row> rows = run(corpus, maxStories, probes, storageKind.equals("stored"));
        System.out.println();
        System.out.printf("reprint index (%s storage, %s wording): per-article dedup cost (admit, µs) and bytes per indexed story%n",
                storageKind, wording);
        System.out.printf("%10s %10s %10s %12s %12s %12s %9s %10s %10s %12s %10s %10s %12s%n", "stories", "new µs", "reprint µs",
                "fingerpr. µs", "lookup new", "lookup repr", "found", "verif. new", "verif. rep", "stored B/st", "bands B",
                "member B", "heap B/st");
        for (Row r : rows) {
            System.out.printf("%10d %10.1f %10.1f %12.1f %12.1f %12.1f %8.1f%% %10.1f %10.1f %12.0f %10.0f %10.0f %12.0f%n",
                    r.stories(), r.newUs(), r.reprintUs(), r.fingerprintUs(), r.lookupNewUs(), r.lookupReprintUs(),
                    100 * r.reprintsFound(), r.verifiedNew(), r.verifiedReprint(), r.storedBytesPerStory(), r.bandBytes(),
                    r.memberBytes(), r.heapBytesPerStory());
        }
        System.out.println("verif.: earlier arrivals verified (members read) per article, over its shards: the part that grows.");
        System.out.println("stored B/story: the keys and values the reprint shards' two state stores (and their changelogs) hold per");
        System.out.println("  indexed article: bands: 64 band keys → comma-joined arrival ids (the article in each of its 64 bands);");
        System.out.println("  members: arrival id → binary {arrival, text digest, signature: 128 longs, shingles, passages: up to 512 ints, figures: up to 64 longs}, once per store.");
        System.out.println("  The gathers' decided state (~200 B per article, JSON) and RocksDB's own overhead are not counted.");
        System.out.println("  RocksDB's own overhead (per-entry ~20-30 B, compression, old versions) and the changelogs' record overhead are not counted.");
        System.out.println("heap B/story: the in-memory maps' growth in live heap (after a full GC), for the 'objects' storage.");
        if (out != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("storage", storageKind);
            json.put("wording", wording);
            json.put("sizes", rows);
            Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        }
        return 0;
    }

    static List<Row> run(Corpus corpus, int maxStories, int probes, boolean storedForm) {
        ReprintIndex index = ReprintIndex.withDefaults();
        MemoryStorage storage = storedForm ? MemoryStorage.stored() : MemoryStorage.objects();
        ReprintDesk desk = ReprintDesk.inOrder(index, ProcessorService.DEFAULT_SHARDS, storage);
        TextNormalizer normalizer = new TextNormalizer();
        MinHasher hasher = new MinHasher(128, 5);
        Random rnd = new Random(4);
        List<Row> rows = new ArrayList<>();
        // the stories are regenerated from their seeds when a reprint of one is wanted: a million texts are not kept
        List<Long> storySeeds = new ArrayList<>();
        long heapBefore = liveHeap();
        int indexed = 0;
        int probeId = 0;
        // warm-up on an index of its own
        ReprintDesk warm = ReprintDesk.inOrder(ReprintIndex.withDefaults(), ProcessorService.DEFAULT_SHARDS,
                storedForm ? MemoryStorage.stored() : MemoryStorage.objects());
        Random warmRnd = new Random(99);
        for (int i = 0; i < 3_000; i++) {
            String t = Corpus.text(corpus.story(warmRnd));
            warm.admit("w" + i, 0, t);
            OfflinePass.fingerprint(normalizer, hasher, t);
        }
        for (int size : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
            if (size > maxStories) {
                break;
            }
            while (indexed < size) {
                long seed = rnd.nextLong();
                storySeeds.add(seed);
                desk.admit("s" + indexed, 0, Corpus.text(corpus.story(new Random(seed))));
                indexed++;
            }
            long storedBytes = storage.storedBytes();
            long bandBytes = storage.bandBytes();
            long memberBytes = storage.memberBytes();
            int articles = storage.members();
            double heapPerStory = storedForm ? 0 : (liveHeap() - heapBefore) / (double) indexed;
            // probes: new stories (admitted: they join the index) and edited reprints of indexed stories
            List<String> fresh = new ArrayList<>(probes);
            List<String> reprints = new ArrayList<>(probes);
            for (int p = 0; p < probes; p++) {
                fresh.add(Corpus.text(corpus.story(rnd)));
                Corpus.Story original = corpus.story(new Random(storySeeds.get(rnd.nextInt(storySeeds.size()))));
                reprints.add(Corpus.text(Corpus.reprint(original, rnd)));
            }
            long fpNs = 0;
            for (String t : fresh) {
                long t0 = OfflinePass.now();
                OfflinePass.fingerprint(normalizer, hasher, t);
                fpNs += OfflinePass.now() - t0;
            }
            long fpReprintNs = 0;
            for (String t : reprints) {
                long t0 = OfflinePass.now();
                OfflinePass.fingerprint(normalizer, hasher, t);
                fpReprintNs += OfflinePass.now() - t0;
            }
            long readsBefore = storage.memberReads();
            long newNs = 0;
            for (String t : fresh) {
                long t0 = OfflinePass.now();
                desk.admit("n" + probeId++, 0, t);
                newNs += OfflinePass.now() - t0;
            }
            long readsNew = storage.memberReads() - readsBefore;
            long reprintNs = 0;
            int found = 0;
            for (String t : reprints) {
                long t0 = OfflinePass.now();
                ReprintGather.Verdict v = desk.admit("r" + probeId++, 0, t);
                reprintNs += OfflinePass.now() - t0;
                if (!v.unique()) {
                    found++;
                }
            }
            long readsReprint = storage.memberReads() - readsBefore - readsNew;
            indexed += probes; // the new probes joined the index
            double fp = fpNs / 1e3 / probes;
            double fpR = fpReprintNs / 1e3 / probes;
            rows.add(new Row(size, newNs / 1e3 / probes, reprintNs / 1e3 / probes, fp,
                    Math.max(0, newNs / 1e3 / probes - fp), Math.max(0, reprintNs / 1e3 / probes - fpR),
                    found / (double) probes, readsNew / (double) probes, readsReprint / (double) probes,
                    storedBytes / (double) articles, bandBytes / (double) articles, memberBytes / (double) articles,
                    heapPerStory, storage.bandKeys()));
            System.err.printf("bench: dedup index at %,d stories%n", size);
        }
        return rows;
    }

    /** Whether the JVM runs the serial collector (its beans: "Copy" and "MarkSweepCompact"). */
    private static boolean serialCollector() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(gc -> gc.getName().equals("MarkSweepCompact"));
    }

    private static long liveHeap() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
