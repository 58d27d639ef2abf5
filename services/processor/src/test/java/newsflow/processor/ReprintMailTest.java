package newsflow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsflow.core.dedup.Arrival;
import newsflow.core.dedup.GatherState;
import newsflow.core.dedup.ReprintGather;
import newsflow.core.dedup.ReprintMatch;
import newsflow.model.DuplicateKind;
import newsflow.core.dedup.ReprintMessage;
import newsflow.core.dedup.ReprintMessage.Addressed;
import newsflow.core.dedup.ReprintMessage.PageBatch;
import newsflow.runtime.JsonSerde;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class ReprintMailTest {
    private static final ReprintMail.ByPage BY_PAGE = new ReprintMail.ByPage();

    @Test
    void givenTheArticlesOfOnePage_thenEveryMessageToThemGoesToOnePartition_whateverTheCount() {
        for (int partitions = 1; partitions <= 12; partitions++) {
            Set<Integer> placed = new HashSet<>();
            for (int ordinal = 1; ordinal <= 20; ordinal++) {
                placed.addAll(partitionsOf(ReprintMail.arrivalId(3, 0x1f4L, ordinal), partitions));
            }
            assertEquals(1, placed.size(), partitions + " partitions: " + placed);
        }
    }

    @Test
    void givenManyPages_thenTheirGathersSpreadOverAllPartitions() {
        Set<Integer> placed = new HashSet<>();
        for (long offset = 0; offset < 200; offset++) {
            placed.addAll(partitionsOf(ReprintMail.arrivalId(0, offset, 1), 6));
        }
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), placed);
    }

    @Test
    void givenAnArrivalIdWrittenBeforePagesWereBatched_thenItsMessagesGoWhereKafkasDefaultPartitionerPutTheGather() {
        for (String legacy : List.of("0-00000000000001f4-1", "5-0000000000000a00-12", "2-0000000000000000-3")) {
            int byDefault = BuiltInPartitioner.partitionForKey(legacy.getBytes(StandardCharsets.UTF_8), 6);
            assertEquals(Set.of(byDefault), partitionsOf(legacy, 6), legacy);
        }
    }

    @Test
    void givenMessagesToArrivalsOfTwoPagesAndOneAlone_whenBatched_thenOneRecordPerPageInTheOrderGiven() {
        String a1 = ReprintMail.arrivalId(0, 7, 1);
        String a2 = ReprintMail.arrivalId(0, 7, 2);
        String b1 = ReprintMail.arrivalId(1, 7, 1);
        String c3 = ReprintMail.arrivalId(0, 9, 3);
        List<Addressed> messages = List.of(query(a2, b1), query(b1, a1), query(a1, b1), query(c3, a1), query(b1, c3));

        List<Addressed> records = ReprintMail.byPage(messages);

        assertEquals(3, records.size());
        assertEquals(a2, records.get(0).to());
        assertEquals(List.of(query(a2, b1), query(a1, b1)), assertInstanceOf(PageBatch.class, records.get(0).message()).messages());
        assertEquals(b1, records.get(1).to());
        assertEquals(List.of(query(b1, a1), query(b1, c3)), assertInstanceOf(PageBatch.class, records.get(1).message()).messages());
        assertEquals(query(c3, a1), records.get(2), "a message alone in its page travels as it is");
        assertEquals(List.of(query(c3, a1)), ReprintMail.unpacked(records.get(2).to(), records.get(2).message()));
    }

    @Test
    void givenAPageBatch_whenItGoesThroughTheMessagesTopicsSerde_thenItsMessagesComeBackAsSent() {
        Arrival from = new Arrival(ReprintMail.arrivalId(4, 99, 2), "article-2", 1_000L, 18_500L);
        List<Addressed> messages = List.of(
                new Addressed(ReprintMail.arrivalId(2, 5, 1), new ReprintMessage.ShardReport(3,
                        List.of(new ReprintMatch(from, 0.875, false)), List.of(from),
                        List.of(new ReprintMatch(from, 0.5, false, DuplicateKind.PASSAGES, new long[] {5L, 1L << 63})))),
                new Addressed(ReprintMail.arrivalId(2, 5, 2), new ReprintMessage.RootAnswer("article-1", "story-article-1", 18_499L, "arrival-1")));
        Serde<ReprintMessage> serde = JsonSerde.of(ReprintMessage.class);

        ReprintMessage back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", new PageBatch(messages)));

        assertEquals(messages, assertInstanceOf(PageBatch.class, back).messages());
    }

    @Test
    void givenAPageBatch_whenHandedToAGatherWithoutUnpacking_thenItIsRefused() {
        ReprintGather gather = new ReprintGather(4);
        PageBatch batch = new PageBatch(List.of(query(ReprintMail.arrivalId(0, 1, 1), ReprintMail.arrivalId(0, 2, 1))));
        assertThrows(IllegalArgumentException.class, () -> gather.receive("x", new GatherState(), batch));
    }

    private static Set<Integer> partitionsOf(String arrivalId, int partitions) {
        return BY_PAGE.partitions("t", arrivalId, null, partitions).orElseThrow();
    }

    private static Addressed query(String to, String from) {
        return new Addressed(to, new ReprintMessage.RootQuery(new Arrival(from, "article-" + from, 1L, 1L)));
    }
}
