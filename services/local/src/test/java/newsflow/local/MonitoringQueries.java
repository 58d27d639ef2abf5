package newsflow.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The PromQL in monitoring/: the alert rules' and the Grafana dashboard's queries, and the metric names a query
 * reads. Enough of PromQL for names: label matchers, strings, ranges, grouping clauses and Grafana variables are
 * removed; what is left that is not a function call, keyword or number is a metric name.
 */
final class MonitoringQueries {
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLES = Pattern.compile("\\$\\{?\\w+}?");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.:])([a-zA-Z_:][\\w:]*+)(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");

    private MonitoringQueries() {
    }

    static Path monitoringDir() {
        return PipelineIT.repoRoot().resolve("monitoring");
    }

    static Path alertRules() {
        return monitoringDir().resolve("prometheus/alerts.yml");
    }

    static Path dashboard() {
        return monitoringDir().resolve("grafana/dashboards/newsflow.json");
    }

    static JsonNode yaml(Path file) throws IOException {
        return JSON.valueToTree(new Yaml().load(Files.readString(file)));
    }

    /** Each alert's name and its expression. */
    static Map<String, String> alerts() throws IOException {
        Map<String, String> byName = new LinkedHashMap<>();
        for (JsonNode group : yaml(alertRules()).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                byName.put(rule.path("alert").asText(), rule.path("expr").asText());
            }
        }
        return byName;
    }

    /** The dashboard's panels, rows' nested panels included. */
    static List<JsonNode> panels() throws IOException {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : JSON.readTree(dashboard().toFile()).path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    /** Each dashboard query, keyed by its panel's title and the target's refId. */
    static Map<String, String> dashboardQueries() throws IOException {
        Map<String, String> byPanel = new LinkedHashMap<>();
        for (JsonNode panel : panels()) {
            for (JsonNode target : panel.path("targets")) {
                byPanel.put(panel.path("title").asText() + " / " + target.path("refId").asText(), target.path("expr").asText());
            }
        }
        return byPanel;
    }

    static Set<String> metricNames(String promQl) {
        String s = STRINGS.matcher(promQl).replaceAll(" ");
        s = MATCHERS.matcher(s).replaceAll(" ");
        s = RANGES.matcher(s).replaceAll(" ");
        s = GROUPING.matcher(s).replaceAll(" ");
        s = VARIABLES.matcher(s).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            if (!KEYWORDS.contains(m.group(1).toLowerCase())) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
