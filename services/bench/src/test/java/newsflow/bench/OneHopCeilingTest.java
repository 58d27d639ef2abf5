package newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import newsflow.bench.Corpus.CorpusPage;
import newsflow.core.tag.ArticleTagger;
import newsflow.model.Article;
import newsflow.runtime.JsonSerde;
import newsflow.runtime.Topics;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class OneHopCeilingTest {
    @Test
    void aPageSentTwiceIsTaggedOnceAndComesBackAsExactDuplicates() {
        // Given the ceiling's topology and one page of the bench's corpus
        OneHopCeiling.Progress progress = new OneHopCeiling.Progress();
        CorpusPage page = Corpus.fromSources(Corpus.defaultSources()).pages(1, 1).get(0);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "ceiling-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(OneHopCeiling.topology(new ArticleTagger(), progress), config)) {
            TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(Topics.PAGES_RAW, new ByteArraySerializer(), new ByteArraySerializer());

            // When it is sent twice
            for (int i = 0; i < 2; i++) {
                raw.pipeInput(new TestRecord<>(null, page.value(), new RecordHeaders(page.metadata().headers())));
            }

            // Then its articles go out tagged once, and again as exact duplicates of those, untagged
            List<Article> enriched = driver.createOutputTopic(Topics.ARTICLES_ENRICHED, new StringDeserializer(),
                    JsonSerde.articles().deserializer()).readValuesToList();
            List<Article> duplicates = driver.createOutputTopic(Topics.ARTICLES_DUPLICATES, new StringDeserializer(),
                    JsonSerde.articles().deserializer()).readValuesToList();
            assertFalse(enriched.isEmpty());
            assertEquals(enriched.size(), duplicates.size());
            for (Article a : enriched) {
                assertNull(a.duplicateOf());
                assertNotNull(a.language(), "a unique article is tagged");
                assertFalse(a.keywords().isEmpty(), "a unique article is tagged");
            }
            Set<String> canonicals = enriched.stream().map(Article::id).collect(Collectors.toSet());
            for (Article d : duplicates) {
                assertTrue(canonicals.contains(d.duplicateOf()), d.id() + " repeats " + d.duplicateOf());
                assertTrue(d.keywords().isEmpty(), "a duplicate is never tagged");
            }
            assertEquals(2, progress.pages.get());
            assertEquals(enriched.size(), progress.unique.get());
            assertEquals(duplicates.size(), progress.exact.get());
        }
    }
}
