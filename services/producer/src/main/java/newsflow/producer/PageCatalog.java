package newsflow.producer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsflow.model.Json;

/**
 * {@code catalog.json} beside the pages: the publications (name, language) and, per page file, what the file itself
 * may not say (publication, issue date, page label, URL). Header flags on the command line win over it.
 */
public record PageCatalog(List<Publication> publications, List<PageEntry> pages) {
    public static final String FILE_NAME = "catalog.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Publication(String name, String language, String country) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PageEntry(String file, String publication, String date, String page, String url) {
    }

    public static PageCatalog empty() {
        return new PageCatalog(List.of(), List.of());
    }

    public static PageCatalog read(Path file) {
        try {
            PageCatalog c = Json.MAPPER.readValue(Files.readAllBytes(file), PageCatalog.class);
            return new PageCatalog(c.publications() == null ? List.of() : c.publications(), c.pages() == null ? List.of() : c.pages());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    /** The catalogue in {@code dir} (or its nearest parent that has one), else an empty one. */
    public static PageCatalog findFor(Path dir) {
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(FILE_NAME))) {
                return read(d.resolve(FILE_NAME));
            }
        }
        return empty();
    }

    public Optional<PageEntry> entryFor(Path file) {
        String name = file.getFileName().toString();
        return pages.stream().filter(e -> name.equals(e.file())).findFirst();
    }
}
