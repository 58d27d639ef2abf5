package newsflow.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import newsflow.model.Json;
import newsflow.runtime.StateStores;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * The sink's read-only HTTP API and dashboard, on any {@link Javalin} instance, reading the stores through a
 * {@link StoreLookup}. Every endpoint is a GET; every query parameter is checked ({@link QueryParams}), and a bad one
 * is answered with 400 and {@code {"error": "…"}}.
 *
 * <ul>
 *   <li>{@code GET /} — the dashboard ({@code /dashboard.js}, {@code /dashboard.css});</li>
 *   <li>{@code GET /api/counts} — {@link Counts};</li>
 *   <li>{@code GET /api/timeline?days=30&to=YYYY-MM-DD} — {@link Timeline} (days 1–366);</li>
 *   <li>{@code GET /api/stories?sort=latest|carriers&offset=0&limit=20} — {@link StoryListing} (limit 1–200);</li>
 *   <li>{@code GET /api/entities?type=people|places|organizations&days=7&limit=20&to=YYYY-MM-DD} — {@link TopEntities}
 *       (days 1–60, limit 1–100);</li>
 *   <li>{@code GET /api/dead-letters?limit=20} — {@link DeadLetterListing} (limit 1–1000).</li>
 * </ul>
 */
final class SinkApi {
    /** The page's own script and style only: no inline script, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String RESOURCES = "/newsflow/sink/dashboard/";

    private SinkApi() {
    }

    static Javalin addTo(Javalin app, StoreLookup stores) {
        byte[] page = resource("index.html");
        byte[] script = resource("dashboard.js");
        byte[] style = resource("dashboard.css");
        return app
                .before(ctx -> {
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("Referrer-Policy", "no-referrer");
                    if (ctx.path().startsWith("/api/")) {
                        ctx.header("Cache-Control", "no-store");
                    }
                })
                .get("/", ctx -> {
                    QueryParams.of(ctx.queryParamMap());
                    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                    ctx.header("X-Frame-Options", "DENY");
                    ctx.contentType("text/html; charset=utf-8").result(page);
                })
                .get("/dashboard.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(script))
                .get("/dashboard.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(style))
                .get("/api/counts", ctx -> {
                    QueryParams.of(ctx.queryParamMap());
                    json(ctx, Counts.of(stores.keyValueStore(StateStores.COUNTS)));
                })
                .get("/api/timeline", ctx -> {
                    QueryParams q = QueryParams.of(ctx.queryParamMap(), "days", "to");
                    json(ctx, Timeline.of(stores.keyValueStore(StateStores.COUNTS),
                            q.integer("days", 30, 1, Timeline.MAX_DAYS), q.date("to")));
                })
                .get("/api/stories", ctx -> {
                    QueryParams q = QueryParams.of(ctx.queryParamMap(), "sort", "offset", "limit");
                    json(ctx, StoryListing.of(stores.keyValueStore(StateStores.STORIES_VIEW),
                            q.choice("sort", "latest", List.of("latest", "carriers")),
                            q.integer("offset", 0, 0, Integer.MAX_VALUE),
                            q.integer("limit", 20, 1, StoryListing.MAX_LIMIT)));
                })
                .get("/api/entities", ctx -> {
                    QueryParams q = QueryParams.of(ctx.queryParamMap(), "type", "days", "limit", "to");
                    json(ctx, TopEntities.of(stores.keyValueStore(SinkStores.ENTITY_DAYS), stores.keyValueStore(StateStores.COUNTS),
                            q.choice("type", null, EntityCounter.TYPES),
                            q.integer("days", 7, 1, EntityCounter.RETENTION_DAYS),
                            q.integer("limit", 20, 1, TopEntities.MAX_LIMIT),
                            q.date("to")));
                })
                .get("/api/dead-letters", ctx -> {
                    QueryParams q = QueryParams.of(ctx.queryParamMap(), "limit");
                    json(ctx, DeadLetterListing.of(stores.keyValueStore(SinkStores.DEAD_LETTERS),
                            q.integer("limit", 20, 1, DeadLetterListing.MAX_LIMIT)));
                })
                .exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()))
                .exception(InvalidStateStoreException.class, (e, ctx) ->
                        error(ctx, 503, "counts are being restored; try again shortly"))
                .error(404, ctx -> error(ctx, 404, "no such page: " + ctx.path() + " (the sink serves GET only)"));
    }

    private static void json(Context ctx, Object body) throws JsonProcessingException {
        ctx.contentType("application/json").result(Json.MAPPER.writeValueAsString(body));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json")
                .result(Json.MAPPER.createObjectNode().put("error", message).toString());
    }

    private static byte[] resource(String name) {
        try (InputStream in = SinkApi.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
