package newsflow.sink;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import newsflow.model.PageHeaders;
import newsflow.runtime.Topics;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the newest dead letters of its task's DLQ partition in {@link SinkStores#DEAD_LETTERS}: one small record each
 * (not the page), the oldest dropped once there are more than {@link #KEEP}.
 */
final class DeadLetterLog implements Processor<byte[], byte[], Void, Void> {
    static final int KEEP = 1000;
    static final int MAX_TEXT = 500;

    private final int keep;
    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, DeadLetter> store;
    private long size;

    DeadLetterLog() {
        this(KEEP);
    }

    DeadLetterLog(int keep) {
        this.keep = keep;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.store = context.getStateStore(SinkStores.DEAD_LETTERS);
        try (KeyValueIterator<String, DeadLetter> it = store.all()) {
            while (it.hasNext()) {
                it.next();
                size++;
            }
        }
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        int dlqPartition = meta == null ? -1 : meta.partition();
        long dlqOffset = meta == null ? -1 : meta.offset();
        Headers h = record.headers();
        String reason = header(h, Topics.HEADER_DLQ_REASON);
        DeadLetter letter = new DeadLetter(
                Instant.ofEpochMilli(record.timestamp()),
                reason == null ? "unknown" : cut(reason),
                CountsTopology.reasonCategory(reason == null ? "unknown" : reason),
                record.value() == null ? 0 : record.value().length,
                record.key() == null ? null : cut(new String(record.key(), StandardCharsets.UTF_8)),
                cut(header(h, PageHeaders.SOURCE)),
                cut(header(h, Topics.HEADER_DLQ_TOPIC)),
                parseInt(header(h, Topics.HEADER_DLQ_PARTITION)),
                parseLong(header(h, Topics.HEADER_DLQ_OFFSET)),
                dlqPartition, dlqOffset);
        String key = key(record.timestamp(), dlqPartition, dlqOffset);
        if (store.get(key) == null) {
            size++;
        }
        store.put(key, letter);
        trim();
    }

    /** Zero-padded, so that the store's byte order (UTF-8 text) is time order, then DLQ position. */
    static String key(long timestamp, int partition, long offset) {
        return String.format("%020d|%010d|%020d", Math.max(0, timestamp), Math.max(0, partition), Math.max(0, offset));
    }

    private void trim() {
        if (size <= keep) {
            return;
        }
        java.util.List<String> drop = new java.util.ArrayList<>();
        try (KeyValueIterator<String, DeadLetter> oldest = store.all()) {
            while (size - drop.size() > keep && oldest.hasNext()) {
                drop.add(oldest.next().key);
            }
        }
        drop.forEach(store::delete);
        size -= drop.size();
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "…";
    }

    private static Integer parseInt(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return s == null ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
