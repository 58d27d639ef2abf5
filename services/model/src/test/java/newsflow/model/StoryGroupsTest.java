package newsflow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stories tied by the copies that showed them to be one are read as one story. */
class StoryGroupsTest {
    private static final Instant T = Instant.parse("2026-12-07T00:00:00Z");

    private static Story story(String id, int minutes, List<String> carriers, List<String> same) {
        return new Story(id, "head of " + id, id.replace("story-", ""), T.plusSeconds(60L * minutes),
                carriers.stream().map(a -> new Story.Carrier("paper of " + a, "2026-12-07", a, 1.0, "near", Story.Edits.NONE)).toList(),
                same);
    }

    @Test
    void storiesTiedOneToAnotherFoldIntoTheFirstSeenWithEveryCarrierOnce() {
        Story first = story("story-a", 0, List.of("a", "b"), List.of());
        Story second = story("story-c", 5, List.of("c", "d"), List.of("story-a"));   // d tied c's story to a's
        Story third = story("story-e", 9, List.of("e", "d"), List.of("story-c"));    // and a later copy e's to c's
        Story apart = story("story-x", 1, List.of("x"), List.of());

        List<Story> folded = StoryGroups.fold(List.of(third, apart, second, first));

        assertEquals(2, folded.size(), folded.toString());
        Story one = folded.stream().filter(s -> s.storyId().equals("story-a")).findFirst().orElseThrow();
        assertEquals("head of story-a", one.headline(), "the first seen leads");
        assertEquals(List.of("a", "b", "c", "d", "e"), one.carriers().stream().map(Story.Carrier::articleId).sorted().toList());
        assertEquals(List.of("story-c", "story-e"), one.sameStories().stream().sorted().toList());
        assertEquals(apart, folded.stream().filter(s -> s.storyId().equals("story-x")).findFirst().orElseThrow());
    }

    @Test
    void theGroupsAreTheSameWhateverOrderTheTiesCameIn() {
        StoryGroups forward = new StoryGroups();
        forward.join("story-1", "story-2");
        forward.join("story-3", "story-2");
        StoryGroups backward = new StoryGroups();
        backward.join("story-2", "story-3");
        backward.join("story-2", "story-1");

        for (String id : List.of("story-1", "story-2", "story-3")) {
            assertEquals(forward.find(id), backward.find(id));
        }
        assertEquals("story-4", forward.find("story-4"), "a story tied to none stands for itself");
    }

    @Test
    void aStoryRecordWrittenBeforeTiesWereKeptReadsAsTiedToNone() throws Exception {
        String json = "{\"storyId\":\"story-a\",\"headline\":null,\"canonicalId\":\"a\",\"firstSeen\":\"2026-12-07T00:00:00Z\",\"carriers\":[]}";

        assertEquals(List.of(), Json.MAPPER.readValue(json, Story.class).sameStories());
    }
}
