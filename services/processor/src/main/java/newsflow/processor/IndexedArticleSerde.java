package newsflow.processor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import newsflow.model.JsonSerde;
import newsflow.processor.dedup.ReprintIndex.IndexedArticle;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The reprint index's article entries in binary: a MinHash signature is 128 longs, which JSON writes as about 2.5 kB of
 * digits and this form as 1 kB. Layout: version byte, id and story id (length-prefixed UTF-8), shingle count, page day,
 * hash count, the hashes. Entries written as JSON by earlier versions are still read, so an existing changelog restores.
 */
public final class IndexedArticleSerde implements Serde<IndexedArticle> {
    private static final byte VERSION = 1;
    private static final JsonSerde<IndexedArticle> LEGACY_JSON = JsonSerde.of(IndexedArticle.class);

    /** The bytes an entry takes in this form. */
    public static int size(IndexedArticle a) {
        return 1 + 2 + utf8(a.id()).length + 2 + utf8(a.storyId()).length + 4 + 8 + 2 + 8 * a.signature().length;
    }

    @Override
    public Serializer<IndexedArticle> serializer() {
        return (topic, a) -> {
            if (a == null) {
                return null;
            }
            byte[] id = utf8(a.id());
            byte[] storyId = utf8(a.storyId());
            ByteBuffer out = ByteBuffer.allocate(size(a));
            out.put(VERSION);
            out.putShort((short) id.length).put(id);
            out.putShort((short) storyId.length).put(storyId);
            out.putInt(a.shingles()).putLong(a.day());
            out.putShort((short) a.signature().length);
            for (long h : a.signature()) {
                out.putLong(h);
            }
            return out.array();
        };
    }

    @Override
    public Deserializer<IndexedArticle> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length > 0 && bytes[0] == '{') {
                return LEGACY_JSON.deserializer().deserialize(topic, bytes);
            }
            try {
                ByteBuffer in = ByteBuffer.wrap(bytes);
                byte version = in.get();
                if (version != VERSION) {
                    throw new SerializationException("reprint index entry of unknown version " + version);
                }
                String id = string(in);
                String storyId = string(in);
                int shingles = in.getInt();
                long day = in.getLong();
                long[] signature = new long[in.getShort()];
                for (int i = 0; i < signature.length; i++) {
                    signature[i] = in.getLong();
                }
                return new IndexedArticle(id, storyId, signature, shingles, day);
            } catch (java.nio.BufferUnderflowException e) {
                throw new SerializationException("truncated reprint index entry of " + bytes.length + " bytes", e);
            }
        };
    }

    private static String string(ByteBuffer in) {
        byte[] b = new byte[in.getShort() & 0xFFFF];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
