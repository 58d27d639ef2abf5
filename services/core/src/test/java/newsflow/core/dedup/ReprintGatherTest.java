package newsflow.core.dedup;

import newsflow.model.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import newsflow.core.dedup.ReprintGather.Step;
import newsflow.core.dedup.ReprintMessage.Addressed;
import newsflow.core.dedup.ReprintMessage.Arrived;
import newsflow.core.dedup.ReprintMessage.EarlierTwin;
import newsflow.core.dedup.ReprintMessage.RootAnswer;
import newsflow.core.dedup.ReprintMessage.RootQuery;
import newsflow.core.dedup.ReprintMessage.ShardReport;
import newsflow.core.dedup.ReprintMessage.TwinAnswer;
import org.junit.jupiter.api.Test;

/**
 * One gather, message by message. A decided gather is asked again and again (every later reprint of its story asks
 * it for the canonical) and stays as it is: those answers give no state to store, so no changelog record either.
 */
class ReprintGatherTest {
    private static final int SHARDS = 2;
    private final ReprintGather gather = new ReprintGather(SHARDS);
    private final Arrival self = new Arrival("0-00000000000000a1:0", "first", 10, 7);
    private final Arrival later = new Arrival("1-00000000000000b2:3", "second", 20, 7);
    private final Arrival earlierTwin = new Arrival("2-00000000000000c3:1", "twin", 5, 7);

    @Test
    void aDecidedGatherAnswersARootQueryAndHasNothingNewToStore() throws JsonProcessingException {
        GatherState decided = canonical();
        String before = json(decided);

        Step step = gather.receive(self.arrivalId(), decided, new RootQuery(later));

        assertNull(step.state(), "nothing to store");
        assertEquals(before, json(decided), "the state given is left as it was");
        assertEquals(List.of(new Addressed(later.arrivalId(), new RootAnswer("first", ReprintGather.storyIdOf("first"), 7, self.arrivalId()))),
                step.messages());
    }

    @Test
    void aDecidedGatherTellsAnEarlierTwinToFollowItAndHasNothingNewToStore() throws JsonProcessingException {
        GatherState decided = canonical();
        String before = json(decided);

        Step step = gather.receive(self.arrivalId(), decided, new EarlierTwin(new ReprintMatch(earlierTwin, 0.8, false)));

        assertNull(step.state(), "nothing to store");
        assertEquals(before, json(decided), "the state given is left as it was");
        TwinAnswer answer = (TwinAnswer) step.messages().get(0).message();
        assertEquals(earlierTwin.arrivalId(), step.messages().get(0).to());
        assertEquals(TwinAnswer.Answer.FOLLOW_ME, answer.answer());
        assertEquals("first", answer.rootArticleId());
    }

    @Test
    void aGatherStillCollectingKeepsWhatItIsTold() {
        GatherState collecting = gather.receive(self.arrivalId(), null, new Arrived(self, null)).state();

        Step twin = gather.receive(self.arrivalId(), collecting, new EarlierTwin(new ReprintMatch(earlierTwin, 0.8, false)));
        Step query = gather.receive(self.arrivalId(), twin.state(), new RootQuery(later));

        assertNotNull(twin.state());
        assertEquals(List.of(new ReprintMatch(earlierTwin, 0.8, false)), twin.state().earlier, "the twin is a candidate parent");
        assertNotNull(query.state());
        assertEquals(List.of(later), query.state().rootWaiters, "the question waits for the decision");
        assertTrue(query.messages().isEmpty());
    }

    private GatherState canonical() {
        GatherState s = gather.receive(self.arrivalId(), null, new Arrived(self, null)).state();
        Step step = null;
        for (int shard = 0; shard < SHARDS; shard++) {
            step = gather.receive(self.arrivalId(), s, new ShardReport(shard, List.of(), List.of(), List.of()));
            s = step.state();
        }
        assertNotNull(step.verdict(), "decided once every shard reported");
        assertTrue(step.verdict().unique());
        return s;
    }

    private static String json(GatherState s) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsString(s);
    }
}
