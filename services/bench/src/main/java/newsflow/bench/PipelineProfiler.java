package newsflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import one.profiler.AsyncProfiler;
import one.profiler.Counter;

/**
 * async-profiler around one pipeline run: CPU samples of every thread of the process, with native frames (RocksDB's
 * JNI calls, the kernel, the JVM's GC and compiler threads), which JFR's execution samples leave out. The native
 * library comes in the async-profiler jar from Maven Central and is copied to a temporary file to be loaded.
 */
final class PipelineProfiler {
    /** One sample per millisecond of CPU per thread: about 125,000 over the 2-thread run of 5,000 pages on 2 cores. */
    private static final String START = "start,event=%s,interval=1ms,threads";

    private final AsyncProfiler profiler;

    private PipelineProfiler(AsyncProfiler profiler) {
        this.profiler = profiler;
    }

    /** Loads the profiler for this platform; a clear error where async-profiler has no build for it. */
    static PipelineProfiler load() throws IOException {
        String resource = platformDirectory() + "/libasyncProfiler.so";
        Path lib = Files.createTempFile("libasyncProfiler", ".so");
        lib.toFile().deleteOnExit();
        try (InputStream in = AsyncProfiler.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the async-profiler jar holds no " + resource);
            }
            Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
        }
        return new PipelineProfiler(AsyncProfiler.getInstance(lib.toString()));
    }

    private static String platformDirectory() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (os.contains("mac")) {
            return "macos";
        }
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
            return "linux-x64";
        }
        if (os.contains("linux") && arch.equals("aarch64")) {
            return "linux-arm64";
        }
        throw new IllegalStateException("async-profiler has no build for " + os + " " + arch + ": run without --profile");
    }

    /**
     * Starts sampling with perf_events where the kernel allows them (the most accurate, with kernel frames), else with
     * a per-thread CPU timer (containers often forbid perf_events); returns the engine used.
     */
    String start() throws IOException {
        try {
            profiler.execute(START.formatted("cpu"));
            return "cpu";
        } catch (IllegalStateException perfEventsRefused) {
            profiler.execute(START.formatted("ctimer"));
            return "ctimer";
        }
    }

    /** Stops sampling; the samples as collapsed stacks, one line per stack: {@code [thread];frame;...;leaf count}. */
    String stop() {
        profiler.stop();
        return profiler.dumpCollapsed(Counter.SAMPLES);
    }
}
