package newsflow.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsflow.core.split.LineModel;
import newsflow.core.split.PageSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-lines}: learns the {@link LineModel} from gold files (their pages relative to each file) and writes
 * it. Give it the training halves only: a held-back half that trains the model no longer measures it.
 */
@Command(name = "train-lines", mixinStandardHelpOptions = true,
        description = "Learn the OCR line model from the pages of gold files (training halves only).")
public final class TrainLinesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold file; repeat for several")
    List<Path> gold;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        LineModel model = LineModel.train(pages(gold));
        model.save(out);
        log.println("train-lines: wrote " + out + " from " + gold.size() + " gold file(s)");
        log.flush();
        return 0;
    }

    /** The labelled lines of every page of the gold files. */
    public static List<LineModel.LabelledPage> pages(List<Path> goldFiles) throws IOException {
        List<LineModel.LabelledPage> pages = new ArrayList<>();
        for (Path file : goldFiles) {
            JsonNode gold = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            for (JsonNode page : gold.path("pages")) {
                String text = Files.readString(file.toAbsolutePath().getParent().resolve(page.path("file").asText()),
                        StandardCharsets.UTF_8);
                pages.add(GoldLineLabels.of(page, PageSplitter.ocrLines(text)));
            }
        }
        return pages;
    }
}
