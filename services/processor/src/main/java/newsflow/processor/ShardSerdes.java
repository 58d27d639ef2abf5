package newsflow.processor;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Function;
import newsflow.processor.dedup.Arrival;
import newsflow.processor.dedup.IndexedArticle;
import newsflow.processor.dedup.ShardProbe;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Binary serdes for what carries a MinHash signature — the probes sent to the shards and the shards' entries. A
 * signature is 128 longs: JSON writes about 2.5 kB of digits, these 1 kB, and every article sends one per shard.
 * Layout: a version byte, then the fields in order; strings as length-prefixed UTF-8.
 */
public final class ShardSerdes {
    private static final byte VERSION = 1;
    /** Room for any signature and ids, reused per stream thread; each record is copied out at its own length. */
    private static final ThreadLocal<ByteBuffer> SCRATCH = ThreadLocal.withInitial(() -> ByteBuffer.allocate(64 * 1024));

    private ShardSerdes() {
    }

    public static Serde<ShardProbe> probes() {
        return serde(ShardProbe.class, (out, p) -> {
            arrival(out, p.arrival());
            out.putShort((short) p.shard());
            fingerprint(out, p.textHash(), p.signature(), p.shingles());
        }, in -> {
            Arrival arrival = arrival(in);
            int shard = in.getShort();
            String textHash = string(in);
            long[] signature = signature(in);
            return new ShardProbe(arrival, shard, textHash, signature, in.getInt());
        });
    }

    public static Serde<IndexedArticle> indexedArticles() {
        return serde(IndexedArticle.class, (out, a) -> {
            arrival(out, a.arrival());
            fingerprint(out, a.textHash(), a.signature(), a.shingles());
        }, in -> {
            Arrival arrival = arrival(in);
            String textHash = string(in);
            long[] signature = signature(in);
            return new IndexedArticle(arrival, textHash, signature, in.getInt());
        });
    }

    private static <T> Serde<T> serde(Class<T> type, BiConsumer<ByteBuffer, T> write, Function<ByteBuffer, T> read) {
        return Serdes.serdeFrom((topic, value) -> {
            if (value == null) {
                return null;
            }
            ByteBuffer out = SCRATCH.get().clear();
            out.put(VERSION);
            write.accept(out, value);
            byte[] bytes = new byte[out.position()];
            out.flip().get(bytes);
            return bytes;
        }, (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                ByteBuffer in = ByteBuffer.wrap(bytes);
                if (in.get() != VERSION) {
                    throw new SerializationException(type.getSimpleName() + " of unknown version " + bytes[0]);
                }
                return read.apply(in);
            } catch (BufferUnderflowException e) {
                throw new SerializationException("truncated " + type.getSimpleName() + " of " + bytes.length + " bytes", e);
            }
        });
    }

    private static void arrival(ByteBuffer out, Arrival a) {
        string(out, a.arrivalId());
        string(out, a.articleId());
        out.putLong(a.timestamp()).putLong(a.day());
    }

    private static Arrival arrival(ByteBuffer in) {
        return new Arrival(string(in), string(in), in.getLong(), in.getLong());
    }

    private static void fingerprint(ByteBuffer out, String textHash, long[] signature, int shingles) {
        string(out, textHash);
        out.putShort((short) signature.length);
        for (long h : signature) {
            out.putLong(h);
        }
        out.putInt(shingles);
    }

    private static long[] signature(ByteBuffer in) {
        long[] signature = new long[in.getShort()];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = in.getLong();
        }
        return signature;
    }

    private static void string(ByteBuffer out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.putShort((short) b.length).put(b);
    }

    private static String string(ByteBuffer in) {
        byte[] b = new byte[in.getShort() & 0xFFFF];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
