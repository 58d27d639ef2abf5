package newsflow.runtime;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates newsflow's topics where they are missing, so a fresh broker works out of the box. Settings:
 * {@code newsflow.topic.partitions} (default 6) and {@code newsflow.topic.replication.factor} (default: the broker's).
 */
public final class TopicSetup {
    /** Room for the largest accepted page (5 MB by default) and the article records cut from it. */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    /**
     * Divisible by 1, 2, 3 and 6 stream threads in all, so every thread gets an equal share of each step's tasks: with
     * 3, two threads split the tagging 2:1 and ran 1.2 times one thread; with 6, 1.43 times (bench, 1,000 pages).
     */
    public static final int DEFAULT_PARTITIONS = 6;

    private TopicSetup() {
    }

    public static void ensureTopics(Properties settings) {
        ensureTopics(settings, Topics.ALL);
    }

    /** Creates these topics where they are missing, with the partitions and replication the settings give. */
    public static void ensureTopics(Properties settings, Collection<String> names) {
        int partitions = Integer.parseInt(settings.getProperty("newsflow.topic.partitions", String.valueOf(DEFAULT_PARTITIONS)));
        String rf = settings.getProperty("newsflow.topic.replication.factor");
        ensureTopics(KafkaSettings.clientProperties(settings), names, partitions, rf == null ? (short) -1 : Short.parseShort(rf));
    }

    private static Map<String, String> configFor(String topic) {
        return Topics.COMPACTED.contains(topic)
                ? Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES),
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                : Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES));
    }

    public static void ensureTopics(Properties clientProps, Collection<String> names, int partitions, short replicationFactor) {
        try (Admin admin = Admin.create(clientProps)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, java.util.Optional.of(partitions),
                            replicationFactor < 0 ? java.util.Optional.empty() : java.util.Optional.of(replicationFactor))
                            .configs(configFor(name)))
                    .toList();
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e; // another instance creating the same topics at the same time is fine
                    }
                }
                awaitServing(admin, missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + names + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * Waits until the leader of every partition of just-created topics serves it. The broker's metadata names a
     * new partition's leader a moment before that leader takes writes, and an idempotent producer whose first
     * request lands in that moment while its next one lands after loses the first for good (KAFKA-15591, fixed in
     * Kafka 4.5: the broker refuses the retried first as out of order until the delivery timeout). A leader answers
     * ListOffsets only once it serves the partition, so an answer for every partition means writes are safe.
     */
    private static void awaitServing(Admin admin, List<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
                admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().forEach(d ->
                        d.partitions().forEach(p -> partitions.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                // a topic not yet in the metadata, or a leader not yet serving: not ready
                if (!(e.getCause() instanceof RetriableException)) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("partitions of " + topics + " are not served after 30 s");
            }
            Thread.sleep(50);
        }
    }
}
