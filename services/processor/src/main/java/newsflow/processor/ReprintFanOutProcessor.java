package newsflow.processor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import newsflow.core.dedup.Arrival;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.dedup.ReprintMessage;
import newsflow.core.dedup.ReprintMessage.Addressed;
import newsflow.core.dedup.ShardProbe;
import newsflow.model.Article;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Sends a page's articles into the sharded reprint index: their fingerprints (normalising and MinHash cost most of
 * dedup, so they are done here, on every partition) to every shard, one record per shard keyed by it, and the
 * articles themselves to their gathers, as one record (see {@link ReprintMail}). Each article's arrival id names the
 * input record it came in, so a page sent twice gives two arrivals.
 */
final class ReprintFanOutProcessor implements Processor<String, List<Article>, String, Object> {
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
    public void process(Record<String, List<Article>> record) {
        if (record.value().isEmpty()) {
            return;
        }
        RecordMetadata input = context.recordMetadata().orElseThrow();
        List<Addressed> arrived = new ArrayList<>(record.value().size());
        List<List<ShardProbe>> probes = new ArrayList<>(shards);
        for (int s = 0; s < shards; s++) {
            probes.add(new ArrayList<>(record.value().size()));
        }
        for (Article a : record.value()) {
            Arrival arrival = new Arrival(ReprintMail.arrivalId(input.partition(), input.offset(), a.ordinal()), a.id(),
                    record.timestamp(), pageDay(a, record.timestamp()));
            ReprintIndex.Fingerprint f = index.fingerprint((a.headline() == null ? "" : a.headline()) + "\n" + (a.body() == null ? "" : a.body()));
            arrived.add(new Addressed(arrival.arrivalId(), new ReprintMessage.Arrived(arrival, a)));
            for (int s = 0; s < shards; s++) {
                probes.get(s).add(new ShardProbe(arrival, s, f));
            }
        }
        for (Addressed a : ReprintMail.byPage(arrived)) {
            context.forward(record.withKey(a.to()).withValue(a.message()));
        }
        for (int s = 0; s < shards; s++) {
            context.forward(record.withKey(shardKey(s)).withValue(new PageProbe(s, probes.get(s))));
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
