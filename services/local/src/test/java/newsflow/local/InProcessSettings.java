package newsflow.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import newsflow.kafka.EmbeddedKafkaBroker;
import newsflow.runtime.KafkaSettings;

/** The settings the in-process ITs run the processor and sink with: the test's broker, state under its folder, any free HTTP port. */
final class InProcessSettings {
    private InProcessSettings() {
    }

    static Properties of(EmbeddedKafkaBroker broker, Path stateDir) {
        Properties overrides = new Properties();
        overrides.put("bootstrap.servers", broker.bootstrapServers());
        overrides.put("newsflow.state.dir", stateDir.resolve("processor").toString());
        overrides.put("newsflow.sink.state.dir", stateDir.resolve("sink").toString());
        overrides.put("newsflow.http.port", "0");
        return KafkaSettings.load(Map.of(), null, overrides);
    }
}
