package newsflow.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The all-in-one command as README gives it, with --exit-when-idle: its output, and a second run on the same data. */
class LocalNewsflowIT {
    @TempDir
    Path dataDir;

    private List<String> run() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new LocalNewsflow()).execute("--sources", PipelineIT.repoRoot().resolve("sources").toString(),
                    "--data-dir", dataDir.toString(), "--kafka-port", "0", "--http-port", "0", "--exit-when-idle");
            assertEquals(0, code);
        } finally {
            System.setOut(stdout);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        System.out.print(out);
        return out.lines().toList();
    }

    @Test
    void givenTheSamplePages_whenRunUntilIdle_thenEachArticleIsPrintedOnceWithTheCounts_andARestartAddsNothing() {
        List<String> first = run();

        assertEquals(7, first.stream().filter(l -> l.startsWith("enriched ")).count());
        assertEquals(1, first.stream().filter(l -> l.startsWith("duplicate ") && l.contains(" near ")).count());
        assertTrue(first.stream().anyMatch(l -> l.startsWith("newsflow: drained. counts: ") && l.contains("\"unique\":7")
                && l.contains("\"duplicates\":1") && l.contains("\"deadLetters\":0")), "counts summary");

        List<String> second = run();

        assertTrue(second.stream().anyMatch(l -> l.startsWith("newsflow: published 0 new page(s)")), "each page is published once");
        assertEquals(0, second.stream().filter(l -> l.startsWith("enriched ") || l.startsWith("duplicate ")).count());
        assertTrue(second.stream().anyMatch(l -> l.contains("\"unique\":7")), "counts survive the restart");
    }
}
