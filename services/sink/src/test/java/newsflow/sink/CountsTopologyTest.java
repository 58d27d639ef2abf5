package newsflow.sink;

import newsflow.model.PageHeaders;
import static newsflow.sink.SinkTopologyFixture.article;
import static newsflow.sink.SinkTopologyFixture.duplicate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsflow.model.Article;
import newsflow.model.DuplicateKind;
import newsflow.runtime.StateStores;
import newsflow.runtime.Topics;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountsTopologyTest {
    private static final Instant WRITTEN = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path stateDir;
    private SinkTopologyFixture sink;

    @BeforeEach
    void start() {
        sink = new SinkTopologyFixture(stateDir);
    }

    @AfterEach
    void stop() {
        sink.close();
    }

    private ReadOnlyKeyValueStore<String, Long> counts() {
        return sink.stores().keyValueStore(StateStores.COUNTS);
    }

    @Test
    void givenArticlesWithAndWithoutWires_thenByWireCountsUniqueAndDuplicatesAndNoneForNoCredit() {
        Article xinhua = article("a1", "导报", "2020-08-24", "新华社", WRITTEN, List.of(), List.of(), List.of());
        sink.enriched.pipeInput("a1", xinhua);
        sink.enriched.pipeInput("a2", article("a2", "导报", "2020-08-24", null, WRITTEN, List.of(), List.of(), List.of()));
        sink.duplicates.pipeInput("d1", duplicate(xinhua, "d1", "晚报", "2020-08-23", DuplicateKind.NEAR));

        Counts counts = Counts.of(counts());

        assertEquals(Map.of("新华社", 2L, "none", 1L), counts.byWire());
        assertEquals(3, counts.unique() + counts.duplicates());
    }

    @Test
    void givenArticlesOfSeveralDays_thenTheTimelineCountsEachDayByIssueDateElseTheDayWritten() {
        Article a = article("a1", "导报", "2020-08-24", null, WRITTEN, List.of(), List.of(), List.of());
        sink.enriched.pipeInput("a1", a);
        sink.enriched.pipeInput("a2", article("a2", "导报", "2020-08-24T06:00:00+08:00", null, WRITTEN, List.of(), List.of(), List.of()));
        sink.enriched.pipeInput("a3", article("a3", "晚报", null, null, WRITTEN, List.of(), List.of(), List.of()));
        sink.duplicates.pipeInput("d1", duplicate(a, "d1", "晚报", "2020-08-23", DuplicateKind.NEAR));
        sink.duplicates.pipeInput("d2", duplicate(a, "d2", "导报", "2020-08-24", DuplicateKind.EXACT));

        Timeline august = Timeline.of(counts(), 3, LocalDate.parse("2020-08-25"));
        assertEquals(LocalDate.parse("2020-08-23"), august.from());
        assertEquals(List.of(
                new Timeline.Day(LocalDate.parse("2020-08-23"), 0, 1, 0, 1),
                new Timeline.Day(LocalDate.parse("2020-08-24"), 2, 1, 1, 0),
                new Timeline.Day(LocalDate.parse("2020-08-25"), 0, 0, 0, 0)), august.byDay());
        assertEquals(new Timeline.Totals(2, 2, 1, 1), august.total());

        Timeline latest = Timeline.of(counts(), 2, null);
        assertEquals(LocalDate.parse("2024-05-01"), latest.to(), "ends at the newest day counted: a3's day written");
        assertEquals(1, latest.byDay().get(1).unique());
    }

    @Test
    void givenReprintsToldByTheirPassagesOrAsCutCopies_thenTheTimelineCountsThemAsReprintsWithEdits() {
        Article a = article("a1", "导报", "2020-08-24", null, WRITTEN, List.of(), List.of(), List.of());
        sink.enriched.pipeInput("a1", a);
        sink.duplicates.pipeInput("d1", duplicate(a, "d1", "晚报", "2020-08-24", DuplicateKind.PASSAGES));
        sink.duplicates.pipeInput("d2", duplicate(a, "d2", "商报", "2020-08-24", DuplicateKind.CONTAINED));

        Timeline day = Timeline.of(counts(), 1, LocalDate.parse("2020-08-24"));

        assertEquals(List.of(new Timeline.Day(LocalDate.parse("2020-08-24"), 1, 2, 0, 2)), day.byDay());
    }

    @Test
    void givenAnIssueDateInTheFutureOrUnreadable_thenTheArticleCountsForTheDayItWasWritten() {
        sink.enriched.pipeInput("a1", article("a1", "导报", "2099-01-01", null, WRITTEN, List.of(), List.of(), List.of()));
        sink.enriched.pipeInput("a2", article("a2", "导报", "24 Aug 2020", null, WRITTEN, List.of(), List.of(), List.of()));

        Timeline t = Timeline.of(counts(), 1, null);

        assertEquals(LocalDate.parse("2024-05-01"), t.to());
        assertEquals(2, t.byDay().get(0).unique());
    }

    @Test
    void givenDeadLetters_thenTheNewestAreListedFirstWithTheirReasonSizeSourceAndOrigin() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(PageHeaders.SOURCE, "某报".getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.HEADER_DLQ_REASON, "page too large: 6000000 bytes > 5242880".getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.HEADER_DLQ_TOPIC, Topics.PAGES_RAW.getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.HEADER_DLQ_PARTITION, "2".getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.HEADER_DLQ_OFFSET, "41".getBytes(StandardCharsets.UTF_8));
        sink.deadLetters.pipeInput(new org.apache.kafka.streams.test.TestRecord<>("p1".getBytes(StandardCharsets.UTF_8),
                new byte[1234], headers, Instant.parse("2024-05-01T10:00:00Z")));
        sink.deadLetters.pipeInput(new org.apache.kafka.streams.test.TestRecord<>(null, new byte[0], new RecordHeaders(),
                Instant.parse("2024-05-01T11:00:00Z")));

        DeadLetterListing listing = DeadLetterListing.of(sink.stores().keyValueStore(SinkStores.DEAD_LETTERS), 10);

        assertEquals(2, listing.kept());
        DeadLetter newest = listing.deadLetters().get(0);
        assertEquals(Instant.parse("2024-05-01T11:00:00Z"), newest.time());
        assertEquals("unknown", newest.reason());
        assertNull(newest.source());
        assertNull(newest.topic());
        DeadLetter big = listing.deadLetters().get(1);
        assertEquals(new DeadLetter(Instant.parse("2024-05-01T10:00:00Z"), "page too large: 6000000 bytes > 5242880",
                "page too large", 1234, "p1", "某报", Topics.PAGES_RAW, 2, 41L, 0, 0), big);
        assertEquals(1, DeadLetterListing.of(sink.stores().keyValueStore(SinkStores.DEAD_LETTERS), 1).deadLetters().size());
        assertEquals(2, Counts.of(counts()).deadLetters());
    }

    @Test
    void givenMoreDeadLettersThanKept_thenOnlyTheNewestAreKeptButAllAreCounted() {
        Instant t0 = Instant.parse("2024-05-01T00:00:00Z");
        int n = DeadLetterLog.KEEP + 5;
        for (int i = 0; i < n; i++) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(Topics.HEADER_DLQ_REASON, ("empty page " + i).getBytes(StandardCharsets.UTF_8));
            sink.deadLetters.pipeInput(new org.apache.kafka.streams.test.TestRecord<>(null, new byte[0], headers, t0.plusSeconds(i)));
        }

        DeadLetterListing listing = DeadLetterListing.of(sink.stores().keyValueStore(SinkStores.DEAD_LETTERS), DeadLetterListing.MAX_LIMIT);

        assertEquals(DeadLetterLog.KEEP, listing.kept());
        assertEquals("empty page " + (n - 1), listing.deadLetters().get(0).reason());
        assertEquals("empty page 5", listing.deadLetters().get(DeadLetterLog.KEEP - 1).reason());
        assertEquals(n, Counts.of(counts()).deadLetters());
    }

    @Test
    void givenTaggedArticles_thenTopEntitiesCountUniqueArticlesPerEntityOverTheDaysAsked() {
        sink.enriched.pipeInput("a1", article("a1", "导报", "2020-08-24", null, WRITTEN,
                List.of("习近平", "习近平", "李强"), List.of("合肥"), List.of("新华社")));
        Article a2 = article("a2", "晚报", "2020-08-23", null, WRITTEN, List.of("习近平"), List.of("合肥", "上海"), List.of());
        sink.enriched.pipeInput("a2", a2);
        sink.enriched.pipeInput("a3", article("a3", "晚报", "2020-08-10", null, WRITTEN, List.of("李强"), List.of(), List.of()));
        sink.duplicates.pipeInput("d1", duplicate(a2, "d1", "导报", "2020-08-24", DuplicateKind.NEAR));
        sink.enriched.pipeInput("a4", article("a4", "晚报", "2020-08-24", null, WRITTEN, List.of(), List.of(), List.of()));
        ReadOnlyKeyValueStore<String, Long> entities = sink.stores().keyValueStore(SinkStores.ENTITY_DAYS);

        TopEntities people = TopEntities.of(entities, counts(), "people", 7, 20, null);

        assertEquals(LocalDate.parse("2020-08-24"), people.to(), "the newest day with unique articles");
        assertEquals(LocalDate.parse("2020-08-18"), people.from());
        assertEquals(List.of(new TopEntities.Entity("习近平", 2), new TopEntities.Entity("李强", 1)), people.entities(),
                "once per article, duplicates not counted, 08-10 is outside the 7 days");
        assertEquals(List.of(new TopEntities.Entity("合肥", 2)), TopEntities.of(entities, counts(), "places", 7, 1, null).entities());
        assertEquals(2, TopEntities.of(entities, counts(), "places", 7, 1, null).distinct());
        assertEquals(List.of(new TopEntities.Entity("习近平", 2), new TopEntities.Entity("李强", 2)),
                TopEntities.of(entities, counts(), "people", 30, 20, null).entities(), "ties by name");
        assertEquals(List.of(new TopEntities.Entity("李强", 1)),
                TopEntities.of(entities, counts(), "people", 1, 20, LocalDate.parse("2020-08-10")).entities());
        assertEquals(List.of(new TopEntities.Entity("新华社", 1)),
                TopEntities.of(entities, counts(), "organizations", 7, 20, null).entities());
        assertThrows(IllegalArgumentException.class, () -> TopEntities.of(entities, counts(), "animals", 7, 20, null));
    }

    @Test
    void givenEntityDaysOlderThanTheRetention_whenTheTrimRuns_thenTheyAreDroppedAndRecentDaysKept() {
        LocalDate newest = LocalDate.parse("2024-04-30");
        LocalDate oldestKept = newest.minusDays(EntityCounter.RETENTION_DAYS - 1);
        sink.enriched.pipeInput("a1", article("a1", "报", oldestKept.minusDays(1).toString(), null, WRITTEN, List.of("甲"), List.of(), List.of()));
        sink.enriched.pipeInput("a2", article("a2", "报", oldestKept.toString(), null, WRITTEN, List.of("乙"), List.of(), List.of()));
        sink.enriched.pipeInput("a3", article("a3", "报", newest.toString(), null, WRITTEN, List.of("丙"), List.of(), List.of()));
        ReadOnlyKeyValueStore<String, Long> entities = sink.stores().keyValueStore(SinkStores.ENTITY_DAYS);
        assertEquals(1L, entities.get(EntityCounter.key(oldestKept.minusDays(1), "people", "甲")));

        sink.driver.advanceWallClockTime(EntityCounter.TRIM_EVERY.plus(Duration.ofSeconds(1)));

        assertNull(entities.get(EntityCounter.key(oldestKept.minusDays(1), "people", "甲")));
        assertEquals(1L, entities.get(EntityCounter.key(oldestKept, "people", "乙")));
        assertEquals(1L, entities.get(EntityCounter.key(newest, "people", "丙")));
    }

    @Test
    void givenAReasonWithNumbers_thenItsCategoryGroupsThem() {
        assertEquals("page too large", CountsTopology.reasonCategory("page too large: 6000000 bytes > 5242880"));
        assertEquals("empty page", CountsTopology.reasonCategory("empty page"));
    }
}
