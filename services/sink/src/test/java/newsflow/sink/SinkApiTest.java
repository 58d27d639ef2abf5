package newsflow.sink;

import newsflow.model.Json;
import static newsflow.sink.SinkTopologyFixture.article;
import static newsflow.sink.SinkTopologyFixture.duplicate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsflow.model.Article;
import newsflow.model.DuplicateKind;
import newsflow.model.Story;
import newsflow.runtime.Topics;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP API over the sink topology's stores (on the test driver): answers, and 400s for every bad parameter. */
class SinkApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant WRITTEN = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    static Path stateDir;
    private static SinkTopologyFixture sink;
    private static Javalin http;

    @BeforeAll
    static void start() {
        sink = new SinkTopologyFixture(stateDir);
        Article xinhua = article("a1", "中国高新技术产业导报", "2020-08-24", "新华社", WRITTEN, List.of("习近平"), List.of("合肥"), List.of());
        sink.rawPages.pipeInput(new byte[] {1});
        sink.rawPages.pipeInput(new byte[] {2});
        sink.enriched.pipeInput("a1", xinhua);
        sink.duplicates.pipeInput("d1", duplicate(xinhua, "d1", "羊城晚报", "2020-08-23", DuplicateKind.NEAR));
        sink.stories.pipeInput("story-a1", new Story("story-a1", xinhua.headline(), "a1", WRITTEN, List.of(
                new Story.Carrier("中国高新技术产业导报", "2020-08-24", "a1", 1.0, "canonical", Story.Edits.NONE),
                new Story.Carrier("羊城晚报", "2020-08-23", "d1", 0.9, "near", Story.Edits.NONE)), List.of()));
        // a story opened by a cut copy, which a later copy showed to be story-a1
        sink.stories.pipeInput("story-c1", new Story("story-c1", "新华社消息", "c1", WRITTEN.plusSeconds(60), List.of(
                new Story.Carrier("南方日报", "2020-08-24", "c1", 1.0, "canonical", Story.Edits.NONE)), List.of("story-a1")));
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.HEADER_DLQ_REASON, "empty page".getBytes(StandardCharsets.UTF_8));
        sink.deadLetters.pipeInput(new TestRecord<>(null, new byte[0], headers, WRITTEN));
        http = SinkApi.addTo(Javalin.create(cfg -> cfg.showJavalinBanner = false), sink.stores()).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        http.stop();
        sink.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void countsIncludeWiresAndKinds() throws Exception {
        JsonNode counts = json("/api/counts");
        assertEquals(2, counts.get("pages").asLong());
        assertEquals(1, counts.get("unique").asLong());
        assertEquals(1, counts.get("duplicatesByKind").get("near").asLong());
        assertEquals(2, counts.get("byWire").get("新华社").asLong());
        assertEquals(1, counts.get("deadLetters").asLong());
    }

    @Test
    void timelineGivesEveryDayOfTheRange() throws Exception {
        JsonNode t = json("/api/timeline?days=3");
        assertEquals("2020-08-24", t.get("to").asText());
        assertEquals("2020-08-22", t.get("from").asText());
        assertEquals(3, t.get("byDay").size());
        assertEquals("2020-08-23", t.get("byDay").get(1).get("date").asText());
        assertEquals(1, t.get("byDay").get(1).get("near").asLong());
        assertEquals(1, t.get("byDay").get(2).get("unique").asLong());
        assertEquals(1, json("/api/timeline?days=1&to=2020-08-23").get("total").get("duplicates").asLong());
        assertEquals(30, json("/api/timeline").get("byDay").size());
    }

    @Test
    void storiesEntitiesAndDeadLetters() throws Exception {
        JsonNode stories = json("/api/stories?sort=latest&limit=5");
        assertEquals(1, stories.get("total").asLong(), "two stories tied into one are listed as one");
        assertEquals(List.of("中国高新技术产业导报", "羊城晚报", "南方日报"), stories.get("stories").get(0).get("carriers").findValuesAsText("publication"));
        assertEquals("story-a1", stories.get("stories").get(0).get("storyId").asText(), "the first seen leads");
        JsonNode people = json("/api/entities?type=people&days=7&limit=20");
        assertEquals("习近平", people.get("entities").get(0).get("name").asText());
        assertEquals(1, people.get("entities").get(0).get("articles").asLong());
        assertEquals("2020-08-24", people.get("to").asText());
        JsonNode letters = json("/api/dead-letters?limit=5");
        assertEquals(1, letters.get("kept").asLong());
        assertEquals("empty page", letters.get("deadLetters").get(0).get("reason").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/counts?limit=1",
        "/api/timeline?days=0", "/api/timeline?days=367", "/api/timeline?days=abc", "/api/timeline?days=",
        "/api/timeline?to=2020-13-01", "/api/timeline?to=yesterday", "/api/timeline?to=+99999-01-01", "/api/timeline?day=7",
        "/api/timeline?days=7&days=8",
        "/api/stories?sort=oldest", "/api/stories?limit=0", "/api/stories?limit=201", "/api/stories?offset=-1",
        "/api/stories?offset=1e3", "/api/stories?limt=20",
        "/api/entities", "/api/entities?type=animals", "/api/entities?type=People", "/api/entities?type=people&days=0",
        "/api/entities?type=people&days=61", "/api/entities?type=people&limit=101", "/api/entities?type=people&limit=-5",
        "/api/entities?type=people&to=2020-02-30",
        "/api/dead-letters?limit=0", "/api/dead-letters?limit=1001", "/api/dead-letters?limit=10.5",
        "/api/dead-letters?offset=10",
        "/?x=1",
    })
    void badParametersAreA400WithAJsonError(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals(400, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        JsonNode body = Json.MAPPER.readTree(response.body());
        assertTrue(body.get("error").asText().length() > 5, response.body());
    }

    @Test
    void theDashboardIsServedWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertEquals(SinkApi.CONTENT_SECURITY_POLICY, page.headers().firstValue("content-security-policy").orElse(""));
        assertTrue(page.body().contains("<script src=\"/dashboard.js\""));
        assertTrue(!page.body().contains("http://") && !page.body().contains("https://"), "nothing from elsewhere");
        HttpResponse<String> script = get("/dashboard.js");
        assertEquals(200, script.statusCode());
        assertTrue(!script.body().contains("innerHTML"), "API text is set as text, never as HTML");
        assertEquals(200, get("/dashboard.css").statusCode());
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /api/counts", "PUT, /api/counts", "DELETE, /api/counts", "PATCH, /api/counts",
        "POST, /api/stories", "DELETE, /api/stories?limit=1", "PUT, /api/timeline", "DELETE, /api/entities?type=people",
        "DELETE, /api/dead-letters", "POST, /", "PUT, /dashboard.js", "OPTIONS, /api/counts", "TRACE, /api/counts",
    })
    void theApiIsReadOnly_anyMethodButGetIsRefusedWithAJsonErrorAndChangesNothing(String method, String path) throws Exception {
        String before = get("/api/counts").body();

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                .method(method, HttpRequest.BodyPublishers.ofString("{\"pages\": 0}")).build(), HttpResponse.BodyHandlers.ofString());

        assertTrue(response.statusCode() == 404 || response.statusCode() == 405, method + " " + path + ": " + response.statusCode());
        assertTrue(Json.MAPPER.readTree(response.body()).has("error"), response.body());
        assertEquals(before, get("/api/counts").body());
    }

    @Test
    void unknownPathsAreJson404s() throws Exception {
        HttpResponse<String> missing = get("/api/nothing");
        assertEquals(404, missing.statusCode());
        assertTrue(Json.MAPPER.readTree(missing.body()).has("error"));
    }
}
