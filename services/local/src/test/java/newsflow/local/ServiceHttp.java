package newsflow.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import newsflow.model.Json;

/** The HTTP APIs of the services (the sink's counts, both services' metrics) as the local ITs call them. */
final class ServiceHttp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServiceHttp() {
    }

    static HttpResponse<String> get(String host, int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return get("127.0.0.1", port, path);
    }

    /** Polls {@code /api/counts} until {@code done} holds (the sink counts as its topics arrive); the counts then. */
    static JsonNode awaitCounts(int port, Predicate<JsonNode> done, Duration wait) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        JsonNode counts = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = get(port, "/api/counts");
            if (response.statusCode() == 200) {
                counts = Json.MAPPER.readTree(response.body());
                if (done.test(counts)) {
                    return counts;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("counts did not settle: " + counts);
    }
}
