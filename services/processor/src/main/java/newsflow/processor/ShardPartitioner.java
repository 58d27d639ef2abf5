package newsflow.processor;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Places reprint shard {@code s} on partition {@code s mod partitions}: with no more shards than partitions each shard
 * has a task of its own. Hashing the shard keys instead piled them up (8 shards over 6 partitions landed on 4 tasks,
 * one of them holding 4), and every task that holds a shard keeps a copy of every member.
 */
final class ShardPartitioner implements StreamPartitioner<String, PageProbe> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, PageProbe probe, int numPartitions) {
        return Optional.of(Set.of(probe.shard() % numPartitions));
    }
}
