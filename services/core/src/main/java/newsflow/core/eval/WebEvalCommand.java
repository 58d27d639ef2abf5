package newsflow.core.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsflow.core.split.PageSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval-web}: scores body extraction from web pages on a set ({@link WebExtractionEvaluation}): one line per
 * page unless {@code --score-only}, then the score line. Exits 0 when the set was read, 1 otherwise.
 */
@Command(name = "eval-web", mixinStandardHelpOptions = true,
        description = "Score body extraction from web pages with the benchmarks' 4-word shingle F1.")
public final class WebEvalCommand implements Callable<Integer> {

    @Option(names = "--set", required = true, paramLabel = "DIR",
            description = "folder of pages (source.html, expected.html) with split.json")
    Path set;

    @Option(names = "--half", defaultValue = "train", paramLabel = "NAME",
            description = "the half of split.json to score: train or heldout (default: ${DEFAULT-VALUE})")
    String half;

    @Option(names = "--score-only", description = "print the score line only: for a held-back half")
    boolean scoreOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            WebExtractionEvaluation.Result r = new WebExtractionEvaluation(new PageSplitter()).evaluate(set, half);
            if (!scoreOnly) {
                for (WebExtractionEvaluation.PageScore p : r.pages()) {
                    out.println(String.format(Locale.ROOT, "%-50s precision %.2f recall %.2f", p.page(), p.precision(),
                            p.recall()));
                }
            }
            out.println(r.scoreLine());
            out.flush();
            return 0;
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("eval-web: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
