package newsflow.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import newsflow.model.Article;
import newsflow.runtime.JsonSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning, with read_committed, as a downstream consumer would. It assigns itself every
 * partition rather than joining a group, so its position survives broker restarts and rebalances: a record is read
 * once however the cluster behaves.
 */
final class TopicReader<V> implements AutoCloseable {
    private final KafkaConsumer<String, V> consumer;

    private TopicReader(KafkaConsumer<String, V> consumer, String topic) {
        this.consumer = consumer;
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    static TopicReader<Article> articles(String bootstrap, String topic) {
        return articles(bootstrapOnly(bootstrap), topic);
    }

    /** With these client properties (a secured broker's, say) under the reader's own. */
    static TopicReader<Article> articles(Properties client, String topic) {
        return new TopicReader<>(new KafkaConsumer<>(config(client), new StringDeserializer(), JsonSerde.articles().deserializer()), topic);
    }

    static TopicReader<byte[]> bytes(String bootstrap, String topic) {
        return bytes(bootstrapOnly(bootstrap), topic);
    }

    static TopicReader<byte[]> bytes(Properties client, String topic) {
        return new TopicReader<>(new KafkaConsumer<>(config(client), new StringDeserializer(), new ByteArrayDeserializer()), topic);
    }

    private static Properties bootstrapOnly(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return p;
    }

    private static Properties config(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }

    /** One poll: whatever arrived within 200 ms. */
    List<ConsumerRecord<String, V>> poll() {
        List<ConsumerRecord<String, V>> out = new ArrayList<>();
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
        return out;
    }

    /** Reads until {@code count} new records arrived, then a little longer to catch any extra one, or until the timeout. */
    List<ConsumerRecord<String, V>> read(int count, Duration timeout) {
        List<ConsumerRecord<String, V>> out = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (out.size() < count && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(out::add);
        }
        Instant settle = Instant.now().plusSeconds(2);
        while (Instant.now().isBefore(settle)) {
            consumer.poll(Duration.ofMillis(200)).forEach(out::add);
        }
        return out;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
