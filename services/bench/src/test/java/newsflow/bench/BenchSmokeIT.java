package newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the bench end to end on a small corpus and an embedded broker, and checks the report's shape: exactly the
 * agreed keys, every figure positive, the one-hop ceiling over the same articles; and the profile of the pipeline run
 * is written. Times are reported, never asserted.
 */
class BenchSmokeIT {
    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "passThrough", Set.of("pagesPerSec", "mbPerSec"),
            "nlpLimit", Set.of("pagesPerSec"),
            "pipeline", Set.of("pagesPerSec", "articlesPerSec"),
            "ratios", Set.of("toPassThrough", "toNlpLimit"),
            "latencyMs", Set.of("rate", "p50", "p99"),
            "stagesUsPerArticle", Set.of("parse", "split", "normaliseFingerprint", "dedupLookup", "tag", "serialise"),
            "memoryMiB", Set.of("heapPeak", "rss"),
            "scaling", Set.of("oneThread", "twoThreads"));

    @Test
    void aSmallRunWritesAReportWithTheAgreedKeysAndPositiveFigures(@TempDir Path dir) throws Exception {
        BenchCommand.quietLogs();
        Path report = dir.resolve("bench.json");
        Path profile = dir.resolve("pipeline.collapsed");
        PrintStream stdout = System.out;
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(table, true, StandardCharsets.UTF_8));
            code = new CommandLine(new BenchCommand()).execute("--pages", "80", "--threads", "1", "--latency-seconds", "2",
                    "--pass-through-pages", "300", "--tag-sample", "20", "--warmup-pages", "0", "--out", report.toString(),
                    "--profile", profile.toString());
        } finally {
            System.setOut(stdout);
        }
        System.out.print(table.toString(StandardCharsets.UTF_8));
        assertEquals(0, code);
        Matcher busy = Pattern.compile("the process kept (\\d+\\.\\d+) of \\d+ cores busy").matcher(table.toString(StandardCharsets.UTF_8));
        assertTrue(busy.find() && Double.parseDouble(busy.group(1)) > 0, "the latency run's CPU is in the table");
        assertTrue(Files.readAllLines(profile).stream()
                        .anyMatch(l -> l.contains("-StreamThread-") && l.contains("newsflow/processor/")),
                "the profile holds samples of the stream threads in the processor's code");

        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        Set<String> keys = new TreeSet<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(new TreeSet<>(REQUIRED.keySet()), keys);
        for (String exact : List.of("ratios", "latencyMs", "memoryMiB", "scaling", "stagesUsPerArticle")) {
            Set<String> inner = new TreeSet<>();
            json.get(exact).fieldNames().forEachRemaining(inner::add);
            assertEquals(new TreeSet<>(REQUIRED.get(exact)), inner, exact);
        }
        List<String> notPositive = new ArrayList<>();
        REQUIRED.forEach((section, figures) -> figures.forEach(f -> {
            JsonNode v = json.get(section).get(f);
            if (v == null || !v.isNumber() || !(v.asDouble() > 0)) {
                notPositive.add(section + "." + f + "=" + v);
            }
        }));
        assertTrue(notPositive.isEmpty(), "figures not positive: " + notPositive);
        assertTrue(json.get("pipeline").get("complete").asBoolean(), "the pipeline run did not finish the corpus");
        JsonNode cpu = json.get("pipeline").get("cpuMsPerPageBy");
        for (String who : List.of("processor", "streamThreads", "broker")) {
            assertTrue(cpu.get(who).asDouble() > 0, "CPU of the pipeline run's " + who + ": " + cpu);
        }
        assertTrue(json.get("pipeline").get("toNlpLimitByCpuWithoutBroker").asDouble() > 0);
        JsonNode ceiling = json.get("pipeline").get("oneHopCeiling");
        assertTrue(ceiling.get("complete").asBoolean(), "the one-hop ceiling did not finish the corpus: " + ceiling);
        assertEquals(json.get("pipeline").get("articles").asLong(), ceiling.get("articles").asLong(), "the ceiling splits the same articles");
        for (String f : List.of("oneThread", "twoThreads", "toNlpLimit", "pipelineToCeiling")) {
            assertTrue(ceiling.get(f).asDouble() > 0, "ceiling " + f + ": " + ceiling);
        }
    }
}
