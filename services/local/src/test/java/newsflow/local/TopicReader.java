package newsflow.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import newsflow.model.Article;
import newsflow.model.JsonSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from where it last stopped, with read_committed, as a downstream consumer would. */
final class TopicReader<V> implements AutoCloseable {
    private final KafkaConsumer<String, V> consumer;

    private TopicReader(KafkaConsumer<String, V> consumer, String topic) {
        this.consumer = consumer;
        consumer.subscribe(List.of(topic));
    }

    static TopicReader<Article> articles(String bootstrap, String topic) {
        return new TopicReader<>(new KafkaConsumer<>(config(bootstrap), new StringDeserializer(), JsonSerde.articles().deserializer()), topic);
    }

    static TopicReader<byte[]> bytes(String bootstrap, String topic) {
        return new TopicReader<>(new KafkaConsumer<>(config(bootstrap), new StringDeserializer(), new ByteArrayDeserializer()), topic);
    }

    private static Properties config(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
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
