package newsflow.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import newsflow.kafka.EmbeddedKafkaBroker;
import newsflow.processor.ProcessorService;
import newsflow.producer.PageMetadata;
import newsflow.producer.PagePublisher;
import newsflow.sink.SinkService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sink's dashboard in a real browser: the pipeline (processor and sink as services) on an embedded KRaft broker,
 * the seed pages published, and the page at {@code /} loaded in Debian's headless Chromium through its chromedriver.
 * It must show the seeds' counts and the Xinhua story with the two papers that carried it, then pick up a dead
 * letter on its own refresh. The screenshot is saved to {@code services/local/target/dashboard.png}.
 * Skipped, saying why, where {@code /usr/bin/chromedriver} or {@code /usr/bin/chromium} is missing
 * ({@code apt-get install chromium chromium-driver}).
 */
class DashboardIT {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String XINHUA_HEADLINE_PART = "长三角一体化";

    @TempDir
    static Path stateDir;
    private static EmbeddedKafkaBroker broker;
    private static Properties settings;
    private static ProcessorService processor;
    private static SinkService sink;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "SKIPPED: no " + CHROMEDRIVER + " or " + CHROMIUM + " (apt-get install chromium chromium-driver)");
        broker = EmbeddedKafkaBroker.startTemporary();
        settings = InProcessSettings.of(broker, stateDir);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        processor = new ProcessorService(settings, registry);
        processor.start();
        sink = new SinkService(settings, registry);
        sink.start();
        browser = headlessChromium(stateDir.resolve("chromium-profile"));
    }

    /** Debian's chromedriver and Chromium, named explicitly so Selenium never tries to download a driver. */
    private static WebDriver headlessChromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1700", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(stateDir.resolve("chromedriver.log").toString()))
                .build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (sink != null) {
            sink.stop();
        }
        if (processor != null) {
            processor.stop();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void givenTheSeedPages_whenTheDashboardIsOpened_thenItShowsTheirCountsTheXinhuaStoryAndLaterADeadLetter() throws Exception {
        PipelineIT.publishSeedPages(settings);
        browser.get("http://127.0.0.1:" + sink.httpPort() + "/");
        WebDriverWait wait = new WebDriverWait(browser, WAIT, Duration.ofMillis(500));

        wait.withMessage(() -> "the seeds' counts: " + tiles()).until(d ->
                text("count-unique").equals("7") && text("count-near").equals("1") && text("count-pages").equals("2")
                        && text("count-processed").equals("2") && text("count-dead").equals("0"));
        WebElement xinhua = wait.withMessage(() -> "the Xinhua story with its two papers").until(d -> xinhuaStory());
        List<String> papers = xinhua.findElements(By.cssSelector(".carrier .carrier-publication")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("中国高新技术产业导报", "羊城晚报"), papers);
        assertEquals(List.of("canonical", "near"),
                xinhua.findElements(By.cssSelector(".carrier")).stream().map(e -> e.getAttribute("data-kind")).toList());
        assertEquals("7", text("count-unique"));
        assertEquals("8", text("count-articles"));
        wait.withMessage(() -> "top people").until(d -> !d.findElements(By.cssSelector("#entities-people li:not(.empty)")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#timeline-chart svg rect.unique")).isEmpty(), "the chart has bars");
        assertFalse(browser.findElements(By.cssSelector("#timeline-chart svg rect.near")).isEmpty(), "and the reprint");

        // A dead letter published now appears without reloading: the page refreshes itself.
        try (PagePublisher publisher = new PagePublisher(settings)) {
            publisher.send(new byte[0], new PageMetadata("某报", null, null, null, null)).get();
        }
        wait.withMessage(() -> "the dead letter: " + tiles()).until(d -> text("count-dead").equals("1")
                && d.findElements(By.cssSelector("#dead-letters td.reason")).stream().anyMatch(e -> e.getText().startsWith("empty page")));
        assertTrue(browser.findElement(By.cssSelector("#dead-letters tr")).getText().contains("某报"), "the source header");
        assertFalse(browser.findElement(By.id("status")).getAttribute("class").contains("error"),
                browser.findElement(By.id("status")).getText());

        Path screenshot = PipelineIT.repoRoot().resolve("services/local/target/dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("DashboardIT: screenshot " + screenshot);
        for (String example : List.of("/api/counts", "/api/timeline?days=3", "/api/entities?type=people&days=7&limit=3",
                "/api/dead-letters?limit=1", "/api/stories?sort=latest&limit=1", "/api/timeline?days=0")) {
            System.out.println("DashboardIT: GET " + example + " → " + get(example).body());
        }
        assertTrue(Files.size(screenshot) > 10_000);
    }

    @Test
    void givenABadParameter_thenTheApiAnswers400WithAJsonError() throws Exception {
        HttpResponse<String> response = get("/api/entities?type=people&days=1000");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith("{\"error\":\"days must be"), response.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return ServiceHttp.get(sink.httpPort(), path);
    }

    private static WebElement xinhuaStory() {
        return browser.findElements(By.cssSelector("#stories li.story")).stream()
                .filter(s -> s.findElement(By.className("story-headline")).getText().contains(XINHUA_HEADLINE_PART))
                .filter(s -> s.findElements(By.className("carrier")).size() == 2)
                .findFirst().orElse(null);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private static String tiles() {
        return browser.findElement(By.className("tiles")).getText().replace('\n', ' ') + " | status: " + text("status");
    }
}
