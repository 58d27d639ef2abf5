package newsflow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import newsflow.core.SeedPages;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.page.PageReader;
import newsflow.core.split.PageSplitter;
import newsflow.core.tag.ArticleTagger;
import newsflow.model.PageHeaders;
import newsflow.runtime.Topics;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas in {@code docs/schemas} against what the topology really writes. Every record of every output
 * topic is read as raw JSON (not through the record serdes, which would forgive an unknown field) and must match its
 * topic's schema, so a field added, renamed or retyped in a record fails here until its schema follows. Each schema
 * must also reject a real record broken the way a careless change would break it, so a schema that accepts anything
 * cannot pass.
 */
class TopicSchemasTest {
    @TempDir
    static Path stateDir;

    private static final String PAGE_000 = "000_fe3380e024d71eeb.txt";
    private static final String PAGE_002 = "002_488d0b9540606021.txt";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ArticleTagger tagger;
    private static SchemaRegistry registry;
    private static Map<String, String> schemaTexts;
    private static Schema article;
    private static Schema story;
    private static Schema pageReport;
    private static Schema pageEnvelope;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, String> enriched;
    private TestOutputTopic<String, String> duplicates;
    private TestOutputTopic<String, String> stories;
    private TestOutputTopic<String, String> reports;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeAll
    static void loadSchemasAndTagger() throws IOException {
        // the schemas live at the repository root, for readers who never open the code: two folders above this module
        Path dir = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("../../docs/schemas").normalize();
        assertTrue(Files.isDirectory(dir), "no JSON Schemas: expected docs/schemas at the repository root, " + dir);
        schemaTexts = new LinkedHashMap<>();
        for (String file : List.of("article.schema.json", "story.schema.json", "page-report.schema.json", "page-envelope.schema.json")) {
            Path path = dir.resolve(file);
            assertTrue(Files.isRegularFile(path), "missing JSON Schema " + path);
            schemaTexts.put(file, Files.readString(path, StandardCharsets.UTF_8));
        }
        // format is only an annotation in 2020-12 unless asked for: the instants must really be date-times
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        article = registry.getSchema(schemaTexts.get("article.schema.json"), InputFormat.JSON);
        story = registry.getSchema(schemaTexts.get("story.schema.json"), InputFormat.JSON);
        pageReport = registry.getSchema(schemaTexts.get("page-report.schema.json"), InputFormat.JSON);
        pageEnvelope = registry.getSchema(schemaTexts.get("page-envelope.schema.json"), InputFormat.JSON);
        tagger = new ArticleTagger();
    }

    @BeforeEach
    void start() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "topic-schemas-test");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(ProcessorTopology.build(config, new PageReader(PageReader.DEFAULT_MAX_BYTES),
                new PageSplitter(), ReprintIndex.withDefaults(), ProcessorService.DEFAULT_SHARDS, tagger,
                Clock.fixed(NOW, ZoneOffset.UTC), new PipelineMetrics(new SimpleMeterRegistry())), config);
        raw = driver.createInputTopic(Topics.PAGES_RAW, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ARTICLES_ENRICHED, new StringDeserializer(), new StringDeserializer());
        duplicates = driver.createOutputTopic(Topics.ARTICLES_DUPLICATES, new StringDeserializer(), new StringDeserializer());
        stories = driver.createOutputTopic(Topics.STORIES, new StringDeserializer(), new StringDeserializer());
        reports = driver.createOutputTopic(Topics.PAGES_PROCESSED, new StringDeserializer(), new StringDeserializer());
        deadLetters = driver.createOutputTopic(Topics.PAGES_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void theSchemasAreValidDraft2020_12SchemasWithADescriptionOnEveryProperty() throws IOException {
        // a keyword of the wrong shape would only make a validator skip it; and the schemas are the topics' docs
        Schema metaSchema = registry.getSchema(SchemaLocation.of(META_SCHEMA));
        for (Map.Entry<String, String> file : schemaTexts.entrySet()) {
            JsonNode schema = JSON.readTree(file.getValue());
            assertEquals(META_SCHEMA, schema.path("$schema").asText(), file.getKey());
            assertEquals("https://newsflow.dev/schemas/" + file.getKey(), schema.path("$id").asText(), file.getKey());
            assertTrue(schema.hasNonNull("title") && schema.hasNonNull("description"), file.getKey() + " has a title and a description");
            assertEquals(List.of(), metaSchema.validate(file.getValue(), InputFormat.JSON), file.getKey());
            List<String> undescribed = new ArrayList<>();
            collectUndescribed(schema, "", undescribed);
            assertEquals(List.of(), undescribed, file.getKey() + ": properties without a description");
        }
    }

    @Test
    void everyRecordOnEveryOutputTopicMatchesItsSchema() throws IOException {
        // Given the two seed pages (one reprints a story of the other), the first sent again, and a page of noise
        sendSeedPages();
        raw.pipeInput(null, "微信公众号\n\n扫码关注\n\nhttp://example.org".getBytes(StandardCharsets.UTF_8), NOW);

        // When the output topics are read as they are on the wire
        List<String> uniques = enriched.readValuesToList();
        List<String> dups = duplicates.readValuesToList();
        List<String> storyRecords = stories.readValuesToList();
        List<String> reportRecords = reports.readValuesToList();

        // Then there is something of each kind to check, exact and near duplicates and an empty page among them
        assertEquals(7, uniques.size(), "unique articles");
        assertEquals(Set.of("exact", "near"), valuesOf(dups, "kind"), "both kinds of duplicate");
        assertFalse(storyRecords.isEmpty(), "stories");
        assertEquals(List.of("3", "5", "3", "0"), valuesOfEach(reportRecords, "articles"), "one report per page");
        assertTrue(deadLetters.isEmpty());
        // and every record matches its schema
        uniques.forEach(json -> assertValid(article, json, Topics.ARTICLES_ENRICHED));
        dups.forEach(json -> assertValid(article, json, Topics.ARTICLES_DUPLICATES));
        storyRecords.forEach(json -> assertValid(story, json, Topics.STORIES));
        reportRecords.forEach(json -> assertValid(pageReport, json, Topics.PAGES_PROCESSED));
        // the one schema serves both article topics: the duplicate fields tell them apart
        for (String json : uniques) {
            assertFalse(JSON.readTree(json).has("duplicateOf"), "an enriched article names no canonical: " + json);
        }
    }

    @Test
    void eachOutputSchemaRejectsARealRecordWithAFieldAddedDroppedOrRetyped() throws IOException {
        // Given real records of each output topic
        sendSeedPages();
        ObjectNode unique = firstRecord(enriched);
        ObjectNode duplicate = firstRecord(duplicates);
        ObjectNode storyRecord = lastRecordWithCarriers(stories.readValuesToList(), 2);
        ObjectNode report = firstRecord(reports);

        // Then each record matches as it is, and fails once broken: the schemas are applied and are closed
        assertRejected(article, unique, a -> a.put("summary", "a field added to the record"), "an unknown field");
        assertRejected(article, unique, a -> a.remove("storyId"), "a required field dropped");
        assertRejected(article, unique, a -> a.put("processedAt", NOW.toEpochMilli()), "an instant written as a number");
        assertRejected(article, unique, a -> ((ArrayNode) a.get("topics")).addObject().put("code", "medtop:11000000"), "a topic without its label");
        assertRejected(article, duplicate, a -> a.remove("kind"), "a duplicate without its kind");
        assertRejected(article, duplicate, a -> a.put("kind", "NEAR"), "the enum's Java name instead of its wire name");
        assertRejected(story, storyRecord, s -> s.remove("firstSeen"), "a required field dropped");
        assertRejected(story, storyRecord, s -> s.put("firstSeen", "2026-01-01"), "a date where an instant belongs");
        assertRejected(story, storyRecord, s -> ((ObjectNode) s.get("carriers").get(1).get("edits")).put("moved", 1), "a nested unknown field");
        assertRejected(story, storyRecord, s -> ((ObjectNode) s.get("carriers").get(1)).put("kind", "reprint"), "a carrier kind outside the enum");
        assertRejected(pageReport, report, r -> r.set("articleCount", r.remove("articles")), "a field renamed");
        assertRejected(pageReport, report, r -> ((ObjectNode) r.get("source")).remove("url"), "a nested required field dropped");
    }

    @Test
    void aSeedPageInAJsonEnvelopeMatchesTheEnvelopeSchemaAndIsProcessed() throws IOException {
        // Given a seed page in an envelope with every field, its page given as a number
        ObjectNode envelope = JSON.createObjectNode()
                .put("source", "羊城晚报")
                .put("date", "2020-08-23")
                .put("page", 5)
                .put("url", "https://example.org/ycwb/2020-08-23/5")
                .put("contentType", "text/plain")
                .put("body", SeedPages.page(PAGE_002));
        String json = JSON.writeValueAsString(envelope);
        assertValid(pageEnvelope, json, "the envelope");

        // When it is sent as the bare value of a record, with no key and no headers
        raw.pipeInput(null, json.getBytes(StandardCharsets.UTF_8), NOW);

        // Then the page reader takes it as an envelope and the page is cut into articles
        assertTrue(deadLetters.isEmpty(), "the envelope was rejected");
        List<String> reportRecords = reports.readValuesToList();
        assertEquals(1, reportRecords.size());
        assertValid(pageReport, reportRecords.get(0), Topics.PAGES_PROCESSED);
        JsonNode source = JSON.readTree(reportRecords.get(0)).get("source");
        assertEquals(JSON.readTree("{\"publication\":\"羊城晚报\",\"date\":\"2020-08-23\",\"page\":\"5\",\"url\":\"https://example.org/ycwb/2020-08-23/5\"}"),
                source, "the envelope's fields are the page's source");
        assertFalse(enriched.isEmpty(), "articles cut from the envelope's body");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"source\":\"羊城晚报\",\"contentType\":\"text/plain\"}",
            "{\"body\":null}",
            "{\"body\":[\"第一段\",\"第二段\"]}",
            "{\"body\":\"  \\n  \"}",
            "{\"source\":5,\"body\":\"新华社北京8月22日电 正文。\"}",
            "{\"page\":5.5,\"body\":\"新华社北京8月22日电 正文。\"}",
    })
    void anEnvelopeThePageReaderRejectsDoesNotMatchTheEnvelopeSchema(String json) {
        // Given a malformed envelope, as the schema sees it
        List<?> errors = pageEnvelope.validate(json, InputFormat.JSON);

        // When it is sent
        raw.pipeInput(null, json.getBytes(StandardCharsets.UTF_8), NOW);

        // Then the schema and the page reader both refuse it
        assertFalse(errors.isEmpty(), "the schema accepts " + json);
        TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
        String reason = new String(letter.headers().lastHeader(Topics.HEADER_DLQ_REASON).value(), StandardCharsets.UTF_8);
        assertTrue(reason.startsWith("invalid JSON envelope") || reason.startsWith("empty page"), reason);
        assertTrue(reports.isEmpty(), "a rejected envelope is not reported as processed");
    }

    private void sendSeedPages() {
        send(PAGE_000, "中国高新技术产业导报", "2020-08-24");
        send(PAGE_002, "羊城晚报", "2020-08-23");
        send(PAGE_000, "中国高新技术产业导报", "2020-08-24"); // again: its articles come out as exact duplicates
    }

    private void send(String file, String source, String date) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(PageHeaders.SOURCE, source.getBytes(StandardCharsets.UTF_8));
        headers.add(PageHeaders.DATE, date.getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>(null, SeedPages.page(file).getBytes(StandardCharsets.UTF_8), headers, NOW.minusSeconds(1)));
    }

    private static void assertValid(Schema schema, String json, String what) {
        List<?> errors = schema.validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), "a record of " + what + " does not match its schema: " + errors + "\n" + json);
    }

    /** The record matches as it is and not once {@code breaking} has changed a copy of it. */
    private static void assertRejected(Schema schema, ObjectNode record, Consumer<ObjectNode> breaking, String what) {
        assertValid(schema, record.toString(), "the record before " + what);
        ObjectNode broken = record.deepCopy();
        breaking.accept(broken);
        assertFalse(schema.validate(broken.toString(), InputFormat.JSON).isEmpty(), "the schema accepts " + what + ": " + broken);
    }

    private static ObjectNode firstRecord(TestOutputTopic<String, String> topic) throws IOException {
        assertFalse(topic.isEmpty(), "no record to break");
        return (ObjectNode) JSON.readTree(topic.readValue());
    }

    /** The last story written with at least {@code carriers} carriers, so nested changes have a reprint to go into. */
    private static ObjectNode lastRecordWithCarriers(List<String> records, int carriers) throws IOException {
        ObjectNode found = null;
        for (String json : records) {
            ObjectNode s = (ObjectNode) JSON.readTree(json);
            if (s.get("carriers").size() >= carriers) {
                found = s;
            }
        }
        assertTrue(found != null, "no story with " + carriers + " carriers");
        return found;
    }

    private static Set<String> valuesOf(List<String> records, String field) throws IOException {
        return Set.copyOf(valuesOfEach(records, field));
    }

    private static List<String> valuesOfEach(List<String> records, String field) throws IOException {
        List<String> values = new ArrayList<>();
        for (String json : records) {
            values.add(JSON.readTree(json).path(field).asText());
        }
        return values;
    }

    /** The paths of the properties, at any depth, that have no description. */
    private static void collectUndescribed(JsonNode node, String path, List<String> undescribed) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndescribed(node.get(i), path + "/" + i, undescribed);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            properties.properties().forEach(p -> {
                if (!p.getValue().hasNonNull("description")) {
                    undescribed.add(path + "/properties/" + p.getKey());
                }
            });
        }
        node.properties().forEach(child -> collectUndescribed(child.getValue(), path + "/" + child.getKey(), undescribed));
    }
}
