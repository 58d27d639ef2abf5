package newsflow.processor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsflow.core.dedup.ReprintMessage;
import newsflow.core.dedup.ReprintMessage.Addressed;
import newsflow.core.dedup.ReprintMessage.PageBatch;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * How the reprint-messages topic is addressed. An arrival id names the input record that brought the article and its
 * ordinal there ({@code partition-offset:ordinal}), so the arrivals of one page share a prefix; every message to them
 * goes to the partition of that prefix, and messages to several of them travel as one record ({@link PageBatch}).
 * A page of 3–4 articles thus sends its gathers one record from the fan-out and one per shard, instead of one each per
 * article.
 */
final class ReprintMail {
    private static final char ORDINAL_MARK = ':';

    private ReprintMail() {
    }

    /**
     * The record's place and the article's ordinal: unique, and free of the commas that band lists are joined with (the
     * offset fixed-width, so that arrivals of one partition with equal times sort as they came).
     */
    static String arrivalId(int partition, long offset, int ordinal) {
        return String.format("%d-%016x%c%d", partition, offset, ORDINAL_MARK, ordinal);
    }

    /**
     * The page part of an arrival id. Ids written before pages were batched ({@code partition-offset-ordinal}) have none
     * of their own: the whole id stands for its page, so their gathers are still found where Kafka's default
     * partitioner placed them.
     */
    static String pageOf(String arrivalId) {
        int mark = arrivalId.lastIndexOf(ORDINAL_MARK);
        return mark < 0 ? arrivalId : arrivalId.substring(0, mark);
    }

    /**
     * The messages as records: those to arrivals of one page in one batch (keyed by the first of them), in the order
     * given; a message alone in its page as it is.
     */
    static List<Addressed> byPage(List<Addressed> messages) {
        Map<String, List<Addressed>> pages = new LinkedHashMap<>();
        for (Addressed m : messages) {
            pages.computeIfAbsent(pageOf(m.to()), page -> new ArrayList<>()).add(m);
        }
        List<Addressed> records = new ArrayList<>(pages.size());
        for (List<Addressed> page : pages.values()) {
            records.add(page.size() == 1 ? page.get(0) : new Addressed(page.get(0).to(), new PageBatch(List.copyOf(page))));
        }
        return records;
    }

    /** What a record carries, one message per arrival: a batch unpacked, or the message to the record's key. */
    static List<Addressed> unpacked(String key, ReprintMessage message) {
        return message instanceof PageBatch batch ? batch.messages() : List.of(new Addressed(key, message));
    }

    /** Places each message by the page of its arrival id, hashed as Kafka's default partitioner hashes a key. */
    static final class ByPage implements StreamPartitioner<String, ReprintMessage> {
        @Override
        public Optional<Set<Integer>> partitions(String topic, String arrivalId, ReprintMessage message, int numPartitions) {
            byte[] page = pageOf(arrivalId).getBytes(StandardCharsets.UTF_8);
            return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(page)) % numPartitions));
        }
    }
}
