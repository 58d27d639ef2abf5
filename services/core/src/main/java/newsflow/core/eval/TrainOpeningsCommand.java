package newsflow.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import newsflow.core.page.PageReader;
import newsflow.core.page.RejectedPageException;
import newsflow.core.split.StoryOpeningModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-openings}: learns the {@link StoryOpeningModel} from gold files of Chinese text pages (their pages
 * relative to each file, read as {@code eval} reads a text page) and writes it. Give it the training halves only.
 */
@Command(name = "train-openings", mixinStandardHelpOptions = true,
        description = "Learn where stories open on Chinese pages from gold files (training halves only).")
public final class TrainOpeningsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold file; repeat for several")
    List<Path> gold;

    @Option(names = "--pages-dir", paramLabel = "DIR",
            description = "where pages not beside their gold file are (the seed pages' gold names them in sources/)")
    Path pagesDir;

    @Option(names = "--reprints", paramLabel = "DIR",
            description = "a reprint set (gold.json, split.json) whose training half's pages also teach; repeat for several")
    List<Path> reprints = List.of();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        Labelled labelled = pages(gold, reprints, pagesDir);
        StoryOpeningModel.train(labelled.items(), labelled.roles()).save(out);
        log.println("train-openings: " + labelled.items().size() + " pages (" + labelled.skipped()
                + " whose gold's body starts are not among their items left out); wrote " + out);
        log.flush();
        return 0;
    }

    /** Pages' items and the gold's roles for them. */
    public record Labelled(List<StoryOpeningModel.Items> items, List<List<StoryOpeningModel.Role>> roles, int skipped) {
    }

    /**
     * The items and roles of every Chinese text page of the gold files, and of the pages of the reprint sets' training
     * halves (a page of one story each: they teach where a story runs on).
     */
    public static Labelled pages(List<Path> goldFiles, List<Path> reprintSets, Path pagesDir) throws IOException {
        List<JsonNode> pages = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (Path file : goldFiles) {
            JsonNode gold = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            gold.path("pages").forEach(page -> {
                pages.add(page);
                dirs.add(file.toAbsolutePath().getParent());
            });
        }
        for (Path set : reprintSets) {
            JsonNode gold = JSON.readTree(Files.readString(set.resolve("gold.json"), StandardCharsets.UTF_8));
            Set<String> training = trainingArticles(gold, JSON.readTree(Files.readString(set.resolve("split.json"), StandardCharsets.UTF_8)));
            for (JsonNode page : gold.path("pages")) {
                boolean allTraining = true;
                for (JsonNode article : page.path("articles")) {
                    allTraining &= training.contains(article.path("id").asText());
                }
                if (allTraining) {
                    pages.add(page);
                    dirs.add(set.toAbsolutePath());
                }
            }
        }
        PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
        List<StoryOpeningModel.Items> items = new ArrayList<>();
        List<List<StoryOpeningModel.Role>> roles = new ArrayList<>();
        int skipped = 0;
        for (int p = 0; p < pages.size(); p++) {
            JsonNode page = pages.get(p);
            if (page.path("file").asText().matches("(?i).*\\.html?")) {
                continue;   // a site's page is read by the web reader, not cut by the splitter's rules
            }
            Path file = dirs.get(p).resolve(page.path("file").asText());
            if (!Files.exists(file) && pagesDir != null) {
                file = pagesDir.resolve(page.path("file").asText());
            }
            byte[] raw = Files.readAllBytes(file);
            StoryOpeningModel.Items pageItems;
            try {
                String text = reader.read(null, raw, Map.of("content-type", "text/plain")).text();
                if (!StoryOpeningModel.reads(text)) {
                    continue;
                }
                pageItems = StoryOpeningModel.items(text);
            } catch (RejectedPageException e) {
                skipped++;
                continue;
            }
            List<StoryOpeningModel.Role> pageRoles = GoldStoryOpenings.of(page, pageItems);
            if (pageRoles == null) {
                skipped++;
                continue;
            }
            items.add(pageItems);
            roles.add(pageRoles);
        }
        return new Labelled(items, roles, skipped);
    }

    /** The articles of a reprint set's training half: its groups' members, and the other side of their hard negatives. */
    private static Set<String> trainingArticles(JsonNode gold, JsonNode split) {
        Set<String> groups = new HashSet<>();
        split.path("train").forEach(g -> groups.add(g.asText()));
        Set<String> articles = new HashSet<>();
        for (JsonNode g : gold.path("groups")) {
            if (groups.contains(g.path("id").asText())) {
                g.path("members").forEach(m -> articles.add(m.asText()));
            }
        }
        Set<String> members = Set.copyOf(articles);
        for (JsonNode n : gold.path("hard_negatives")) {
            String a = n.path("a").asText();
            String b = n.path("b").asText();
            if (members.contains(a) || members.contains(b)) {
                articles.add(a);
                articles.add(b);
            }
        }
        return articles;
    }
}
