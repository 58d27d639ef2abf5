package newsflow.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The files of the compose profile "monitoring", checked without starting it (prom/prometheus and grafana/grafana
 * cannot be pulled here): promtool on the Prometheus config and alert rules and their unit tests, the Grafana
 * provisioning and dashboard as data, and their places in docker-compose.yml. That the queried metrics exist is
 * {@link MonitoringMetricsIT}.
 */
class MonitoringConfigTest {
    private static final Path PROMETHEUS = MonitoringQueries.monitoringDir().resolve("prometheus");
    private static final Path GRAFANA = MonitoringQueries.monitoringDir().resolve("grafana");

    @Test
    void givenPromtool_whenItChecksThePrometheusConfig_thenItAndItsRuleFileAreValid() throws Exception {
        String out = promtool("check", "config", PROMETHEUS.resolve("prometheus.yml").toString());
        assertTrue(out.contains("1 rule files found"), out);
    }

    @Test
    void givenPromtool_whenItChecksTheAlertRules_thenTheyAreValid() throws Exception {
        String out = promtool("check", "rules", MonitoringQueries.alertRules().toString());
        assertTrue(out.contains("SUCCESS: " + MonitoringQueries.alerts().size() + " rules found"), out);
    }

    @Test
    void givenPromtool_whenItRunsTheAlertRulesUnitTests_thenEachAlertFiresOnItsFailureOnly() throws Exception {
        promtool("test", "rules", PROMETHEUS.resolve("alerts_test.yml").toString());
    }

    @Test
    void givenTheAlertRules_thenEachIsTestedAndSaysHowBadAndWhatToDo() throws Exception {
        String unitTests = Files.readString(PROMETHEUS.resolve("alerts_test.yml"));
        for (JsonNode group : MonitoringQueries.yaml(MonitoringQueries.alertRules()).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String name = rule.path("alert").asText();
                assertTrue(name.startsWith("Newsflow"), name);
                assertTrue(Set.of("warning", "critical").contains(rule.path("labels").path("severity").asText()), name + " severity");
                assertFalse(rule.path("annotations").path("summary").asText().isBlank(), name + " summary");
                assertFalse(rule.path("annotations").path("description").asText().isBlank(), name + " description");
                assertTrue(unitTests.contains("alertname: " + name + "\n"), name + " has no case in alerts_test.yml");
            }
        }
    }

    @Test
    void givenThePrometheusConfig_thenEveryProcessorReplicaAndTheSinkAreFoundByDnsOnTheirMetricsPorts() throws Exception {
        JsonNode compose = MonitoringQueries.yaml(PipelineIT.repoRoot().resolve("docker-compose.yml")).path("services");
        JsonNode jobs = MonitoringQueries.yaml(PROMETHEUS.resolve("prometheus.yml")).path("scrape_configs");
        for (String service : List.of("processor", "sink")) {
            JsonNode job = find(jobs, "job_name", "newsflow-" + service);
            JsonNode dns = job.path("dns_sd_configs").path(0);
            assertEquals(List.of(service), strings(dns.path("names")), "one A record per replica of " + service);
            assertEquals("A", dns.path("type").asText());
            assertEquals(compose.path(service).path("environment").path("NEWSFLOW_HTTP_PORT").asText(), dns.path("port").asText(),
                    service + " serves /metrics on its NEWSFLOW_HTTP_PORT");
            assertEquals("/metrics", job.path("metrics_path").asText());
        }
    }

    @Test
    void givenTheComposeFile_thenMonitoringIsAProfileAndTheProcessorCanScale() throws Exception {
        JsonNode services = MonitoringQueries.yaml(PipelineIT.repoRoot().resolve("docker-compose.yml")).path("services");
        for (String name : List.of("prometheus", "grafana")) {
            assertEquals(List.of("monitoring"), strings(services.path(name).path("profiles")), name);
        }
        for (String name : List.of("kafka", "processor", "sink", "producer")) {
            assertTrue(services.path(name).path("profiles").isMissingNode(), name + " starts with a plain docker compose up");
        }
        JsonNode processor = services.path("processor");
        assertTrue(processor.path("container_name").isMissingNode() && processor.path("ports").isMissingNode(),
                "a fixed container name or host port stops --scale processor=2");
    }

    @Test
    void givenTheComposeFile_thenPrometheusAndGrafanaReadTheFilesWhereTheyAreProvisioned() throws Exception {
        JsonNode services = MonitoringQueries.yaml(PipelineIT.repoRoot().resolve("docker-compose.yml")).path("services");
        List<String> prometheusMounts = strings(services.path("prometheus").path("volumes"));
        assertTrue(prometheusMounts.contains("./monitoring/prometheus:/etc/prometheus:ro"), prometheusMounts.toString());
        assertTrue(strings(services.path("prometheus").path("command")).contains("--config.file=/etc/prometheus/prometheus.yml"));

        List<String> grafanaMounts = strings(services.path("grafana").path("volumes"));
        assertTrue(grafanaMounts.contains("./monitoring/grafana/provisioning:/etc/grafana/provisioning:ro"), grafanaMounts.toString());
        JsonNode provider = MonitoringQueries.yaml(GRAFANA.resolve("provisioning/dashboards/newsflow.yml")).path("providers").path(0);
        String dashboardsPath = provider.path("options").path("path").asText();
        assertTrue(grafanaMounts.contains("./monitoring/grafana/dashboards:" + dashboardsPath + ":ro"),
                "the dashboard provider reads " + dashboardsPath + "; mounts: " + grafanaMounts);
        assertEquals("file", provider.path("type").asText());
        assertTrue(Files.isRegularFile(MonitoringQueries.dashboard()));
    }

    @Test
    void givenTheDashboard_thenEveryPanelQueriesTheProvisionedDatasource() throws Exception {
        JsonNode datasources = MonitoringQueries.yaml(GRAFANA.resolve("provisioning/datasources/prometheus.yml")).path("datasources");
        Set<String> uids = new HashSet<>();
        datasources.forEach(d -> uids.add(d.path("uid").asText()));
        assertEquals("http://prometheus:9090", find(datasources, "type", "prometheus").path("url").asText(), "the compose service");

        List<JsonNode> panels = MonitoringQueries.panels();
        Set<Integer> ids = new HashSet<>();
        Set<String> titles = new TreeSet<>();
        for (JsonNode panel : panels) {
            String title = panel.path("title").asText();
            assertTrue(ids.add(panel.path("id").asInt()), "panel ids are unique: " + title);
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            titles.add(title);
            assertTrue(uids.contains(panel.path("datasource").path("uid").asText()), title + " names an unprovisioned datasource");
            assertTrue(panel.path("targets").size() > 0, title + " has no target");
            for (JsonNode target : panel.path("targets")) {
                assertTrue(uids.contains(target.path("datasource").path("uid").asText()), title + " target datasource");
                assertFalse(target.path("expr").asText().isBlank(), title + " target " + target.path("refId").asText() + " has no query");
            }
        }
        assertTrue(titles.containsAll(Set.of("Pages in and processed", "Dead letters by reason", "Duplicates by kind",
                "Page → output latency", "Consumer lag", "Heap used")), titles.toString());
    }

    @Test
    void givenPromQl_whenMetricNamesAreRead_thenOnlyMetricsAreNamed() {
        assertEquals(Set.of("newsflow_page_latency_seconds_bucket"), MonitoringQueries.metricNames(
                "histogram_quantile(0.99, sum by (le) (rate(newsflow_page_latency_seconds_bucket{job=\"newsflow-processor\"}[$__rate_interval]))) > 5"));
        assertEquals(Set.of("kafka_stream_topic_records_consumed_total", "newsflow_pages_processed_total"), MonitoringQueries.metricNames(
                "sum(increase(kafka_stream_topic_records_consumed_total{topic=\"news.pages.raw\"}[15m])) > 0 unless on() "
                        + "sum without (instance) (increase(newsflow_pages_processed_total[15m] offset 1m)) > 1e3"));
        assertEquals(Set.of("up"), MonitoringQueries.metricNames("up{job=~\"newsflow-.*\"} == 0"));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value + " in " + array);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** Runs promtool, skipping the test where it is not installed; returns its output and fails on a non-zero exit. */
    private static String promtool(String... args) throws Exception {
        Assumptions.assumeTrue(onPath("promtool"), "SKIPPED: promtool is not installed (Debian package prometheus); monitoring/prometheus is not checked");
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ":\n" + out);
        return out;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
