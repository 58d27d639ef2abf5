package newsflow.core.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import newsflow.core.split.PageSplitter;
import newsflow.core.tag.ArticleTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: scores the splitter and the tagger on a gold file (see {@link GoldEvaluation}). Prints one line per
 * check ({@code ok   …} / {@code FAIL …}) and a last {@code SCORE n/m} line; exits 0 when every check passes, 1
 * otherwise (also when the gold or a page cannot be read). The tagger (and HanLP with it) is loaded only when tags are
 * scored: {@code --no-tags} scores the splitter alone.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score page splitting (and tagging) against a hand-made gold file.")
public final class EvalCommand implements Callable<Integer> {

    /** Headline topic accuracy over a file of headlines: its report lines. */
    @FunctionalInterface
    public interface HeadlineAccuracy {
        List<String> report(Path headlines, ArticleTagger tagger) throws IOException;
    }

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold file (the seeds-gold.json format)")
    Path gold;

    @Option(names = "--pages", paramLabel = "DIR",
            description = "folder the gold's page files are relative to (default: the gold file's folder)")
    Path pages;

    @Option(names = "--headlines", paramLabel = "FILE", description = "headlines for topic accuracy (optional)")
    Path headlines;

    @Option(names = "--no-tags", description = "score the splitter only; do not load the tagger")
    boolean noTags;

    @Option(names = "--score-only", description = "print the SCORE line (and entity recall by kind) only, not the "
            + "checks: for a held-back set, whose failures nobody reads while the splitter changes")
    boolean scoreOnly;

    @Spec
    CommandSpec spec;

    private final HeadlineAccuracy headlineAccuracy;
    private final Supplier<ArticleTagger> taggerFactory;

    public EvalCommand() {
        this((file, tagger) -> new newsflow.core.tag.HeadlineAccuracy(tagger).evaluate(file).lines());
    }

    public EvalCommand(HeadlineAccuracy headlineAccuracy) {
        this(headlineAccuracy, ArticleTagger::new);
    }

    EvalCommand(HeadlineAccuracy headlineAccuracy, Supplier<ArticleTagger> taggerFactory) {
        this.headlineAccuracy = headlineAccuracy;
        this.taggerFactory = taggerFactory;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = pages != null ? pages : gold.toAbsolutePath().getParent();
        if (!Files.isRegularFile(gold)) {
            err.println("eval: no gold file " + gold);
            err.flush();
            return 1;
        }
        ArticleTagger tagger = null;
        boolean needTagger = !noTags || headlines != null;
        if (needTagger) {
            tagger = taggerFactory.get();
        }
        GoldEvaluation.Result result;
        try {
            GoldEvaluation evaluation = noTags
                    ? new GoldEvaluation(new PageSplitter())
                    : GoldEvaluation.withTagger(new PageSplitter(), tagger);
            result = evaluation.evaluate(gold, dir);
        } catch (IOException | RuntimeException e) {
            err.println("eval: cannot score " + gold + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        if (!scoreOnly) {
            result.checks().forEach(c -> out.println(c.line()));
        } else {     // the entity figures by kind are scores too; nothing that names a page or an entity
            result.overallChecks().stream().filter(c -> c.name().startsWith("entity recall")).forEach(c -> out.println(c.line()));
        }
        if (headlines != null) {
            try {
                headlineAccuracy.report(headlines, tagger).forEach(out::println);
            } catch (IOException e) {
                out.println("headline topic accuracy: cannot read " + headlines + ": " + e.getMessage());
            }
        }
        out.println(result.scoreLine());
        out.flush();
        return result.allPassed() ? 0 : 1;
    }
}
