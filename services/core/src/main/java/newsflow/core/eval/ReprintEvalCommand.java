package newsflow.core.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.split.PageSplitter;
import newsflow.model.DuplicateKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval-reprints}: scores reprint detection on a labelled set of real pages ({@link ReprintEvaluation}): the
 * pairs missed and the wrong links unless {@code --score-only}, then one score line per language. Exits 0 when the set
 * was read, 1 otherwise.
 */
@Command(name = "eval-reprints", mixinStandardHelpOptions = true,
        description = "Score reprint detection on labelled groups of real copies and hard negatives.")
public final class ReprintEvalCommand implements Callable<Integer> {

    @Option(names = "--set", required = true, paramLabel = "DIR", description = "folder with gold.json, split.json and the pages")
    Path set;

    @Option(names = "--half", defaultValue = "train", paramLabel = "NAME",
            description = "the half of split.json to score: train or heldout (default: ${DEFAULT-VALUE})")
    String half;

    @Option(names = "--score-only", description = "print the score lines only: for a held-back half")
    boolean scoreOnly;

    @Option(names = "--evidence", defaultValue = "passages", paramLabel = "KIND",
            description = "the weakest evidence the index takes, as newsflow.dedup.evidence: exact, near, contained or "
                    + "passages (default: ${DEFAULT-VALUE})")
    String evidence;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ReprintIndex index = ReprintIndex.withDefaults().withWeakestEvidence(DuplicateKind.named(evidence));
            for (ReprintEvaluation.LanguageScore s : new ReprintEvaluation(new PageSplitter(), index).evaluate(set, half)) {
                if (!scoreOnly) {
                    s.missed().forEach(p -> out.println("MISSED " + p.a() + " ~ " + p.b() + ": " + p.why()));
                    s.wrong().forEach(p -> out.println("WRONG  " + p.a() + " / " + p.b() + ": " + p.why()));
                }
                out.println(s.scoreLine());
            }
            out.flush();
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("eval-reprints: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
