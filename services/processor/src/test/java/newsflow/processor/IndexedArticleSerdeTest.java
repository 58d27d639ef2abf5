package newsflow.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import newsflow.model.JsonSerde;
import newsflow.processor.dedup.ReprintIndex;
import newsflow.processor.dedup.ReprintIndex.IndexedArticle;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class IndexedArticleSerdeTest {
    private final IndexedArticleSerde serde = new IndexedArticleSerde();
    private final ReprintIndex index = ReprintIndex.withDefaults();

    @Test
    void anEntryReadsBackAsItWasWrittenInAboutAThirdOfItsJsonSize() {
        ReprintIndex.Fingerprint f = index.fingerprint("新华社北京电 城际铁路今天全线贯通，沿海三市之间最快四十分钟可达。");
        IndexedArticle written = new IndexedArticle("p1-2", "story-p1-2", f.signature(), f.shingles(), 18_400);

        byte[] bytes = serde.serializer().serialize("t", written);
        IndexedArticle read = serde.deserializer().deserialize("t", bytes);

        assertEquals(written.id(), read.id());
        assertEquals(written.storyId(), read.storyId());
        assertEquals(written.shingles(), read.shingles());
        assertEquals(written.day(), read.day());
        assertArrayEquals(written.signature(), read.signature());
        assertEquals(IndexedArticleSerde.size(written), bytes.length);
        int json = JsonSerde.of(IndexedArticle.class).serializer().serialize("t", written).length;
        assertEquals(true, bytes.length * 2 < json, bytes.length + " binary bytes against " + json + " as JSON");
    }

    @Test
    void anEntryAnEarlierVersionWroteAsJsonStillReads() {
        IndexedArticle old = new IndexedArticle("老-1", "story-老-1", new long[] {-3, 7, Long.MAX_VALUE}, 40, 18_000);
        byte[] json = JsonSerde.of(IndexedArticle.class).serializer().serialize("t", old);

        IndexedArticle read = serde.deserializer().deserialize("t", json);

        assertEquals("老-1", read.id());
        assertArrayEquals(old.signature(), read.signature());
    }

    @Test
    void aTruncatedEntryIsAClearError() {
        byte[] bytes = serde.serializer().serialize("t", new IndexedArticle("a", "story-a", new long[128], 10, 1));
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 5);

        SerializationException e = assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", cut));
        assertEquals(true, e.getMessage().contains("truncated"), e.getMessage());
    }
}
