package newsflow.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import newsflow.processor.dedup.ReprintIndex.IndexedArticle;

/**
 * A prototype binary form of {@link IndexedArticle} for the reprint-articles store: id and story id as
 * length-prefixed UTF-8, the shingle count, and the signature as raw longs. Only to measure what a binary serde
 * would save against the JSON the store keeps now; the real serde belongs in the processor.
 */
final class BinaryIndexedArticle {
    private BinaryIndexedArticle() {
    }

    static byte[] write(IndexedArticle a) {
        byte[] id = a.id().getBytes(StandardCharsets.UTF_8);
        byte[] story = a.storyId().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(4 + id.length + 4 + story.length + 8 + 4 + 4 + 8 * a.signature().length);
        b.putInt(id.length).put(id).putInt(story.length).put(story).putLong(a.day()).putInt(a.shingles()).putInt(a.signature().length);
        for (long v : a.signature()) {
            b.putLong(v);
        }
        return b.array();
    }

    static IndexedArticle read(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        byte[] id = new byte[b.getInt()];
        b.get(id);
        byte[] story = new byte[b.getInt()];
        b.get(story);
        long day = b.getLong();
        int shingles = b.getInt();
        long[] sig = new long[b.getInt()];
        b.asLongBuffer().get(sig);
        return new IndexedArticle(new String(id, StandardCharsets.UTF_8), new String(story, StandardCharsets.UTF_8), sig, shingles, day);
    }
}
