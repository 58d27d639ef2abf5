package newsflow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import newsflow.core.SeedPages;
import newsflow.core.dedup.ReprintGather.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Reprints racing through the sharded index: many arrivals sent at once, their messages delivered in random turns
 * (in order per addressee, as Kafka delivers per key), their order stamps shuffled so that an arrival ordered first
 * often reaches the shards last. Whatever the interleaving: every arrival gets one verdict, every duplicate points to
 * a canonical of its own story, distinct stories are never merged, and no two canonicals repeat each other.
 */
class ReprintRaceTest {
    private static final int SHARDS = 8;
    private final ReprintIndex index = ReprintIndex.withDefaults();

    /** An arrival of the corpus: its article id, the story it was written from, its text. */
    record Sent(String articleId, int story, String text) {
    }

    @Test
    void anyInterleavingGivesOneVerdictPerArrivalAndNeverMergesOrDoublesAStory() {
        List<Sent> corpus = corpus();
        for (int seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            ReprintDesk desk = new ReprintDesk(index, SHARDS, new MapShardStorage(), random);
            List<Long> stamps = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                stamps.add((long) i);
            }
            Collections.shuffle(stamps, random);
            Map<String, Sent> byArrival = new HashMap<>();
            Map<String, ReprintIndex.Fingerprint> fingerprints = new HashMap<>();
            for (int i = 0; i < corpus.size(); i++) {
                Sent s = corpus.get(i);
                Arrival arrival = new Arrival(s.articleId() + "#" + i, s.articleId(), stamps.get(i), 0);
                ReprintIndex.Fingerprint f = index.fingerprint(s.text());
                byArrival.put(arrival.arrivalId(), s);
                fingerprints.put(arrival.arrivalId(), f);
                desk.send(arrival, null, f);
            }

            List<Verdict> verdicts = desk.deliver();

            String at = "seed " + seed + ": ";
            assertEquals(corpus.size(), verdicts.size(), at + "one verdict per arrival");
            assertEquals(corpus.size(), verdicts.stream().map(v -> v.arrival().arrivalId()).distinct().count(), at + "none twice");
            Map<String, Integer> storyOfCanonical = new HashMap<>();
            List<String> canonicalArrivals = new ArrayList<>();
            for (Verdict v : verdicts) {
                if (v.unique()) {
                    storyOfCanonical.put(v.arrival().articleId(), byArrival.get(v.arrival().arrivalId()).story());
                    canonicalArrivals.add(v.arrival().arrivalId());
                    assertEquals(ReprintGather.storyIdOf(v.arrival().articleId()), v.storyId());
                }
            }
            for (Verdict v : verdicts) {
                if (!v.unique()) {
                    assertTrue(storyOfCanonical.containsKey(v.duplicateOf()), at + v.arrival() + " points to a canonical, not " + v.duplicateOf());
                    assertEquals(ReprintGather.storyIdOf(v.duplicateOf()), v.storyId());
                    assertEquals(storyOfCanonical.get(v.duplicateOf()), byArrival.get(v.arrival().arrivalId()).story(),
                            at + v.arrival() + " was merged into another story");
                }
            }
            for (int i = 0; i < canonicalArrivals.size(); i++) {
                for (int j = i + 1; j < canonicalArrivals.size(); j++) {
                    ReprintIndex.Fingerprint a = fingerprints.get(canonicalArrivals.get(i));
                    ReprintIndex.Fingerprint b = fingerprints.get(canonicalArrivals.get(j));
                    boolean repeat = index.judge(a, b) != null;
                    assertFalse(repeat, at + "two canonicals repeat each other: " + canonicalArrivals.get(i) + ", " + canonicalArrivals.get(j));
                }
            }
        }
    }

    @Test
    void aStoryAlreadyOutStaysOutWhenAReprintOrderedBeforeItComesLater() {
        ReprintDesk desk = ReprintDesk.inOrder(index, SHARDS, new MapShardStorage());
        String text = SeedPages.rawArticleText("000-1");
        desk.send(new Arrival("late#1", "late", 100, 0), null, index.fingerprint(text));
        Verdict out = desk.deliver().get(0);

        desk.send(new Arrival("early#2", "early", 50, 0), null, index.fingerprint(text + "\n（本文有删节）"));
        Verdict reprint = desk.deliver().get(0);

        assertTrue(out.unique());
        assertEquals("late", reprint.duplicateOf(), "the story that is out keeps its canonical");
    }

    /** The seed articles and stories written for the evaluation, each with edited reprints, and a few sent twice. */
    private static List<Sent> corpus() {
        List<String> originals = new ArrayList<>();
        for (String id : List.of("000-1", "000-2", "000-3", "002-2", "002-3", "002-4", "002-5")) {
            originals.add(SeedPages.rawArticleText(id));
        }
        originals.addAll(ReprintEvaluationTest.SAME_TOPIC_STORIES);
        List<Sent> corpus = new ArrayList<>();
        Set<Integer> sentTwice = new HashSet<>(List.of(0, 3, 9));
        for (int story = 0; story < originals.size(); story++) {
            String original = originals.get(story);
            corpus.add(new Sent("s" + story, story, original));
            if (sentTwice.contains(story)) {
                corpus.add(new Sent("s" + story, story, original));
            }
            if (story < 7) { // the seed articles are long enough for every edit
                for (int e = 0; e < ReprintEvaluationTest.EDITS.size(); e++) {
                    corpus.add(new Sent("s" + story + "-e" + e, story, ReprintEvaluationTest.EDITS.get(e).apply().apply(original)));
                }
            }
        }
        return corpus;
    }
}
