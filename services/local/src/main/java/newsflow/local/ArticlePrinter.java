package newsflow.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.model.Article;
import newsflow.runtime.JsonSerde;
import newsflow.runtime.KafkaSettings;
import newsflow.runtime.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints one line per enriched article and per duplicate as they are committed. Its consumer group commits what it
 * printed, so a restart prints only what is new.
 */
final class ArticlePrinter implements Runnable, AutoCloseable {
    private final KafkaConsumer<String, Article> consumer;
    private final PrintStream out;
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final Thread thread = new Thread(this, "article-printer");
    private volatile boolean running = true;

    ArticlePrinter(Properties settings, PrintStream out) {
        Properties config = KafkaSettings.clientProperties(settings);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-local-printer");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), JsonSerde.articles().deserializer());
        this.out = out;
    }

    void start() {
        consumer.subscribe(List.of(Topics.ARTICLES_ENRICHED, Topics.ARTICLES_DUPLICATES));
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, Article> r : consumer.poll(Duration.ofMillis(200))) {
                    out.println(line(r.value()));
                }
                consumer.assignment().forEach(tp -> positions.put(tp, consumer.position(tp)));
                consumer.commitAsync();
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** True once this printer has read each partition up to the given end offsets. */
    boolean caughtUp(Map<TopicPartition, Long> endOffsets) {
        return endOffsets.entrySet().stream()
                .allMatch(e -> e.getValue() == 0 || positions.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }

    static String line(Article a) {
        String where = a.source() == null ? "" : "[" + a.source().publication() + " " + a.source().date() + "] ";
        if (a.duplicateOf() != null) {
            return String.format("duplicate %s %s %.2f of %s  %s%s", a.id(), a.kind().wireName(), a.similarity(),
                    a.duplicateOf(), where, a.headline());
        }
        return String.format("enriched  %s %s%s | %s people=%s places=%s orgs=%s topics=%s", a.id(), where, a.headline(),
                a.language(), a.people(), a.places(), a.organizations(),
                a.topics() == null ? "[]" : a.topics().stream().map(t -> t.label()).toList());
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
