package newsflow.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed pages in the repository's {@code sources/} folder and their hand-made gold ({@code seeds-gold.json}). */
public final class SeedPages {
    private SeedPages() {
    }

    public static Path repoRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("sources")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("no repository root (a folder with sources/ and pom.xml) above " + Path.of("").toAbsolutePath());
    }

    public static String page(String file) {
        try {
            return Files.readString(repoRoot().resolve("sources").resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode gold() {
        try (InputStream in = SeedPages.class.getResourceAsStream("/seeds-gold.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gold article {@code id} of the page it is on. */
    public static JsonNode goldArticle(String id) {
        for (JsonNode page : gold().get("pages")) {
            for (JsonNode article : page.get("articles")) {
                if (article.get("id").asText().equals(id)) {
                    return article;
                }
            }
        }
        throw new IllegalArgumentException("no gold article " + id);
    }

    /** The page file that holds gold article {@code id}. */
    public static String fileOf(String id) {
        for (JsonNode page : gold().get("pages")) {
            for (JsonNode article : page.get("articles")) {
                if (article.get("id").asText().equals(id)) {
                    return page.get("file").asText();
                }
            }
        }
        throw new IllegalArgumentException("no gold article " + id);
    }

    /** The raw text of gold article {@code id}: its page cut from the gold body start to the gold body end. */
    public static String rawArticleText(String id) {
        JsonNode g = goldArticle(id);
        String page = page(fileOf(id));
        int start = page.indexOf(g.get("body_starts").asText());
        String end = g.get("body_ends").asText();
        int stop = page.indexOf(end, start);
        if (start < 0 || stop < 0) {
            throw new IllegalStateException("gold body of " + id + " not found in its page");
        }
        return page.substring(start, stop + end.length());
    }
}
