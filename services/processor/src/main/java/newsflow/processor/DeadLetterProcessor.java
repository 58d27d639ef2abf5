package newsflow.processor;

import java.nio.charset.StandardCharsets;
import newsflow.runtime.Topics;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Writes a rejected record's original key and bytes, with the reason and origin added as headers. */
final class DeadLetterProcessor implements Processor<String, PageOutcome, byte[], byte[]> {
    private ProcessorContext<byte[], byte[]> context;

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, PageOutcome> record) {
        PageOutcome.Rejected rejected = (PageOutcome.Rejected) record.value();
        Record<byte[], byte[]> letter = new Record<>(rejected.key(), rejected.value(), record.timestamp(), record.headers());
        letter.headers().remove(Topics.HEADER_DLQ_REASON);
        letter.headers().add(Topics.HEADER_DLQ_REASON, rejected.reason().getBytes(StandardCharsets.UTF_8));
        context.recordMetadata().ifPresent(meta -> addOrigin(letter, meta));
        context.forward(letter);
    }

    private static void addOrigin(Record<byte[], byte[]> letter, RecordMetadata meta) {
        letter.headers().add(Topics.HEADER_DLQ_TOPIC, meta.topic().getBytes(StandardCharsets.UTF_8));
        letter.headers().add(Topics.HEADER_DLQ_PARTITION, String.valueOf(meta.partition()).getBytes(StandardCharsets.UTF_8));
        letter.headers().add(Topics.HEADER_DLQ_OFFSET, String.valueOf(meta.offset()).getBytes(StandardCharsets.UTF_8));
    }
}
