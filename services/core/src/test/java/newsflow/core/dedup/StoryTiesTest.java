package newsflow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import newsflow.core.dedup.ReprintGather.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Two copies of a wire story cut to different parts of it ({@link CutCopies}) share too little to be linked; a third
 * paper that prints the whole story repeats both, and its verdict ties their two stories into one. A page that runs two
 * different stories together repeats one part of each and ties nothing.
 */
class StoryTiesTest {
    private final ReprintDesk desk = ReprintDesk.inOrder(ReprintIndex.withDefaults(), 4, new MapShardStorage());

    @Test
    void aCopyOfTheWholeStoryTiesTheStoriesOfTwoCopiesCutToDifferentParts() {
        Verdict leadOnly = desk.admit("lead-only", 1, CutCopies.LEAD_ONLY);
        Verdict endOnly = desk.admit("end-only", 1, CutCopies.END_ONLY);
        assertNotEquals(leadOnly.storyId(), endOnly.storyId(), "one paragraph in common is not enough to link two copies");

        Verdict whole = desk.admit("whole", 1, CutCopies.WHOLE);

        assertTrue(List.of(leadOnly.storyId(), endOnly.storyId()).contains(whole.storyId()), "the whole copy joins one of them");
        String other = whole.storyId().equals(leadOnly.storyId()) ? endOnly.storyId() : leadOnly.storyId();
        assertEquals(List.of(other), whole.sameStories(), "and names the other as the same story");
    }

    @Test
    void aPageRunningTwoStoriesTogetherTiesNothing() {
        Verdict fire = desk.admit("fire", 1, CutCopies.LOCAL_FIRE + "\n" + CutCopies.LEAD);
        Verdict school = desk.admit("school", 1, CutCopies.LOCAL_SCHOOL + "\n" + CutCopies.END);

        Verdict runTogether = desk.admit("run-together", 1, CutCopies.LOCAL_FIRE + "\n" + CutCopies.LOCAL_SCHOOL);

        assertTrue(List.of(fire.storyId(), school.storyId()).contains(runTogether.storyId()), "it repeats both");
        assertEquals(List.of(), runTogether.sameStories(), "the parts it shares with each are apart: no tie");
    }

    @Test
    void theTieIsFoundWhateverOrderTheMessagesAreDeliveredIn() {
        for (int seed = 0; seed < 20; seed++) {
            ReprintDesk shuffled = new ReprintDesk(ReprintIndex.withDefaults(), 4, new MapShardStorage(), new Random(seed));
            ReprintIndex index = ReprintIndex.withDefaults();
            shuffled.send(new Arrival("a#0", "lead-only", 0, 1), null, index.fingerprint(CutCopies.LEAD_ONLY));
            shuffled.send(new Arrival("a#1", "end-only", 1, 1), null, index.fingerprint(CutCopies.END_ONLY));
            shuffled.send(new Arrival("a#2", "whole", 2, 1), null, index.fingerprint(CutCopies.WHOLE));

            List<Verdict> verdicts = shuffled.deliver();

            assertEquals(3, verdicts.size(), "every arrival is decided (seed " + seed + ")");
            Verdict whole = verdicts.stream().filter(v -> v.arrival().articleId().equals("whole")).findFirst().orElseThrow();
            assertEquals(1, whole.sameStories().size(), "seed " + seed + ": " + verdicts);
            assertNull(verdicts.stream().filter(v -> v.arrival().articleId().equals("lead-only")).findFirst().orElseThrow()
                    .duplicateOf(), "the first arrival opens a story");
        }
    }

    @Test
    void aWholeCopyOrderedBeforeTheCutOnesButComingAfterThemTiesThemToo() {
        // a page whose record time is earlier, sent late: the cut copies, already decided, tell it to join them
        ReprintIndex index = ReprintIndex.withDefaults();
        ReprintDesk late = ReprintDesk.inOrder(index, 4, new MapShardStorage());
        late.send(new Arrival("a#1", "lead-only", 10, 1), null, index.fingerprint(CutCopies.LEAD_ONLY));
        late.send(new Arrival("a#2", "end-only", 20, 1), null, index.fingerprint(CutCopies.END_ONLY));
        List<Verdict> cut = late.deliver();

        late.send(new Arrival("a#0", "whole", 5, 1), null, index.fingerprint(CutCopies.WHOLE));
        Verdict whole = late.deliver().get(0);

        assertEquals("whole", whole.arrival().articleId());
        assertEquals(1, whole.sameStories().size(), whole.toString());
        assertTrue(cut.stream().map(Verdict::storyId).toList().containsAll(List.of(whole.storyId(), whole.sameStories().get(0))));
    }
}
