package newsflow.sink;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import newsflow.model.Article;
import newsflow.model.DuplicateKind;
import newsflow.model.PageSource;
import newsflow.model.Story;
import newsflow.model.Topic;
import newsflow.runtime.JsonSerde;
import newsflow.runtime.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** The sink topology on a {@link TopologyTestDriver}, its input topics, and articles to feed it. */
final class SinkTopologyFixture implements AutoCloseable {
    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> rawPages;
    final TestInputTopic<String, Article> enriched;
    final TestInputTopic<String, Article> duplicates;
    final TestInputTopic<byte[], byte[]> deadLetters;
    final TestInputTopic<String, Story> stories;

    SinkTopologyFixture(Path stateDir) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(CountsTopology.build(p), p, Instant.parse("2024-05-01T12:00:00Z"));
        rawPages = driver.createInputTopic(Topics.PAGES_RAW, Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createInputTopic(Topics.ARTICLES_ENRICHED, Serdes.String().serializer(), JsonSerde.articles().serializer());
        duplicates = driver.createInputTopic(Topics.ARTICLES_DUPLICATES, Serdes.String().serializer(), JsonSerde.articles().serializer());
        deadLetters = driver.createInputTopic(Topics.PAGES_DLQ, Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        stories = driver.createInputTopic(Topics.STORIES, Serdes.String().serializer(), JsonSerde.stories().serializer());
    }

    StoreLookup stores() {
        return new StoreLookup() {
            @Override
            @SuppressWarnings("unchecked")
            public <K, V> ReadOnlyKeyValueStore<K, V> keyValueStore(String name) {
                return (ReadOnlyKeyValueStore<K, V>) driver.getKeyValueStore(name);
            }
        };
    }

    static Article article(String id, String publication, String date, String wire, Instant processedAt,
                           List<String> people, List<String> places, List<String> organizations) {
        return new Article(id, "story-" + id, "page-" + id, new PageSource(publication, date, null, null), 1,
                "headline " + id, null, null, null, null, wire, "body", List.of(), "zh", List.of(),
                people, places, organizations, List.of(new Topic("medtop:11000000", "politics")), processedAt,
                null, null, null, null);
    }

    static Article duplicate(Article of, String id, String publication, String date, DuplicateKind kind) {
        return new Article(id, of.storyId(), "page-" + id, new PageSource(publication, date, null, null), 1,
                of.headline(), null, null, null, null, of.wire(), of.body(), List.of(), of.language(), of.keywords(),
                of.people(), of.places(), of.organizations(), of.topics(), of.processedAt(), of.id(),
                kind == DuplicateKind.EXACT ? 1.0 : 0.9, kind, null);
    }

    @Override
    public void close() {
        driver.close();
    }
}
