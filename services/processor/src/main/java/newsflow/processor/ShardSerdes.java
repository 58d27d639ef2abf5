package newsflow.processor;

import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import newsflow.core.dedup.Arrival;
import newsflow.core.dedup.IndexedArticle;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.dedup.ShardProbe;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Binary serdes for what carries a MinHash signature — the probes sent to the shards and the shards' entries. A
 * signature is 128 longs: JSON writes about 2.5 kB of digits, these 1 kB, and every article sends one per shard.
 * Layout: a version byte, then the fields in order; strings as length-prefixed UTF-8.
 */
public final class ShardSerdes {
    private static final byte ONE_PROBE = 1;
    private static final byte PAGE_PROBE = 2;
    /** A page's probes with each text's passages. */
    private static final byte PAGE_PROBE_PASSAGES = 3;
    /** A page's probes with each text's passages and figures. */
    private static final byte PAGE_PROBE_FIGURES = 4;
    /** A page's probes with each text's passages, figures and script. */
    private static final byte PAGE_PROBE_SCRIPT = 5;
    private static final byte MEMBER = 1;
    /** A member with its passages. */
    private static final byte MEMBER_PASSAGES = 2;
    /** A member with its passages and figures. */
    private static final byte MEMBER_FIGURES = 3;
    /** A member with its passages, figures and script. */
    private static final byte MEMBER_SCRIPT = 4;
    /** Room for the signatures and ids of most pages, reused per stream thread; each record is copied out at its own length. */
    private static final int SCRATCH_BYTES = 64 * 1024;
    private static final ThreadLocal<ByteBuffer> SCRATCH = ThreadLocal.withInitial(() -> ByteBuffer.allocate(SCRATCH_BYTES));

    private ShardSerdes() {
    }

    /**
     * A page's probes to one shard: the shard, the count, then each probe's arrival and fingerprint. Reads a single
     * probe too (version 1, written before pages were batched), as a page of one, so that probes still in flight
     * when the processor is upgraded are not lost.
     */
    static Serde<PageProbe> pageProbes() {
        return serde(PageProbe.class, PAGE_PROBE_SCRIPT, (out, p) -> {
            out.putShort((short) p.shard()).putInt(p.probes().size());
            for (ShardProbe probe : p.probes()) {
                arrival(out, probe.arrival());
                fingerprint(out, probe.textHash(), probe.signature(), probe.shingles());
                passages(out, probe.fingerprint().passages());
                figures(out, probe.fingerprint().figures());
                out.put((byte) (probe.fingerprint().chinese() ? 1 : 0));
            }
        }, (version, in) -> switch (version) {
            case ONE_PROBE -> {
                Arrival arrival = arrival(in);
                int shard = in.getShort();
                yield new PageProbe(shard, List.of(probe(arrival, shard, in, version)));
            }
            case PAGE_PROBE, PAGE_PROBE_PASSAGES, PAGE_PROBE_FIGURES, PAGE_PROBE_SCRIPT -> {
                int shard = in.getShort();
                List<ShardProbe> probes = new ArrayList<>();
                for (int n = in.getInt(); n > 0; n--) {
                    probes.add(probe(arrival(in), shard, in, version));
                }
                yield new PageProbe(shard, probes);
            }
            default -> null;
        });
    }

    /**
     * A probe written before passages (or figures) were sent has none: it is still found by its text; one written
     * before its script was is read as Latin, the evidence it was sent for.
     */
    private static ShardProbe probe(Arrival arrival, int shard, ByteBuffer in, byte version) {
        String textHash = string(in);
        long[] signature = signature(in);
        int shingles = in.getInt();
        int[] passages = version >= PAGE_PROBE_PASSAGES ? passages(in) : new int[0];
        long[] figures = version >= PAGE_PROBE_FIGURES ? figures(in) : new long[0];
        boolean chinese = version >= PAGE_PROBE_SCRIPT && in.get() == 1;
        return new ShardProbe(arrival, shard, new ReprintIndex.Fingerprint(textHash, signature, shingles, passages, figures,
                chinese));
    }

    /**
     * Members kept before passages (version 1) or figures (version 2) were read with none, and before their script
     * (version 3) as Latin, so that an upgraded shard keeps its index.
     */
    public static Serde<IndexedArticle> indexedArticles() {
        return serde(IndexedArticle.class, MEMBER_SCRIPT, (out, a) -> {
            arrival(out, a.arrival());
            fingerprint(out, a.textHash(), a.signature(), a.shingles());
            passages(out, a.passages());
            figures(out, a.figures());
            out.put((byte) (a.chinese() ? 1 : 0));
        }, (version, in) -> {
            if (version != MEMBER && version != MEMBER_PASSAGES && version != MEMBER_FIGURES && version != MEMBER_SCRIPT) {
                return null;
            }
            Arrival arrival = arrival(in);
            String textHash = string(in);
            long[] signature = signature(in);
            int shingles = in.getInt();
            int[] passages = version >= MEMBER_PASSAGES ? passages(in) : new int[0];
            long[] figures = version >= MEMBER_FIGURES ? figures(in) : new long[0];
            boolean chinese = version >= MEMBER_SCRIPT && in.get() == 1;
            return new IndexedArticle(arrival, textHash, signature, shingles, passages, figures, chinese);
        });
    }

    /** {@code read} gives null for a version it does not know. */
    private static <T> Serde<T> serde(Class<T> type, byte version, BiConsumer<ByteBuffer, T> write,
                                      BiFunction<Byte, ByteBuffer, T> read) {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : write(version, write, value), (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                ByteBuffer in = ByteBuffer.wrap(bytes);
                T value = read.apply(in.get(), in);
                if (value == null) {
                    throw new SerializationException(type.getSimpleName() + " of unknown version " + bytes[0]);
                }
                return value;
            } catch (BufferUnderflowException e) {
                throw new SerializationException("truncated " + type.getSimpleName() + " of " + bytes.length + " bytes", e);
            }
        });
    }

    /** Into the thread's scratch buffer, grown to twice its size while a value does not fit (a page of many articles). */
    private static <T> byte[] write(byte version, BiConsumer<ByteBuffer, T> write, T value) {
        while (true) {
            ByteBuffer out = SCRATCH.get().clear();
            try {
                out.put(version);
                write.accept(out, value);
                byte[] bytes = new byte[out.position()];
                out.flip().get(bytes);
                return bytes;
            } catch (BufferOverflowException e) {
                SCRATCH.set(ByteBuffer.allocate(out.capacity() * 2));
            }
        }
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

    private static void passages(ByteBuffer out, int[] passages) {
        out.putShort((short) passages.length);
        for (int h : passages) {
            out.putInt(h);
        }
    }

    private static int[] passages(ByteBuffer in) {
        int[] passages = new int[in.getShort() & 0xFFFF];
        for (int i = 0; i < passages.length; i++) {
            passages[i] = in.getInt();
        }
        return passages;
    }

    private static void figures(ByteBuffer out, long[] figures) {
        out.put((byte) figures.length);
        for (long f : figures) {
            out.putLong(f);
        }
    }

    private static long[] figures(ByteBuffer in) {
        long[] figures = new long[in.get() & 0xFF];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = in.getLong();
        }
        return figures;
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
