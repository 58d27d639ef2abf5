package newsflow.processor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import newsflow.model.Article;
import newsflow.processor.dedup.Arrival;
import newsflow.processor.dedup.ReprintIndex;
import newsflow.processor.dedup.ReprintMessage;
import newsflow.processor.dedup.ShardProbe;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Sends each article into the sharded reprint index: its fingerprint (normalising and MinHash cost most of dedup, so
 * they are done here, on every partition) to every shard, keyed by shard, and the article itself to its gather, keyed
 * by its arrival id. The arrival id names the input record it came in, so a page sent twice gives two arrivals.
 */
final class ReprintFanOutProcessor implements Processor<String, Article, String, Object> {
    private final ReprintIndex index;
    private final int shards;
    private ProcessorContext<String, Object> context;

    ReprintFanOutProcessor(ReprintIndex index, int shards) {
        this.index = index;
        this.shards = shards;
    }

    static String shardKey(int shard) {
        return "shard-" + shard;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Article> record) {
        Article a = record.value();
        RecordMetadata input = context.recordMetadata().orElseThrow();
        // the record's place and the article's ordinal: unique, and free of the commas that band lists are joined with
        // (the offset fixed-width, so that arrivals of one partition with equal times sort as they came)
        Arrival arrival = new Arrival(String.format("%d-%016x-%d", input.partition(), input.offset(), a.ordinal()), a.id(),
                record.timestamp(), pageDay(a, record.timestamp()));
        ReprintIndex.Fingerprint f = index.fingerprint((a.headline() == null ? "" : a.headline()) + "\n" + (a.body() == null ? "" : a.body()));
        context.forward(record.withKey(arrival.arrivalId()).withValue(new ReprintMessage.Arrived(arrival, a)));
        for (int s = 0; s < shards; s++) {
            context.forward(record.withKey(shardKey(s)).withValue(new ShardProbe(arrival, s, f.textHash(), f.signature(), f.shingles())));
        }
    }

    /** The page's date as an epoch day; the record's time where the page has no readable date. */
    static long pageDay(Article a, long timestampMs) {
        String date = a.source() == null ? null : a.source().date();
        if (date != null && date.length() >= 10) {
            try {
                return LocalDate.parse(date.substring(0, 10)).toEpochDay();
            } catch (DateTimeParseException e) {
                // fall through to the record time
            }
        }
        return Instant.ofEpochMilli(timestampMs).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }
}
