package vn.baocao.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.baocao.cli.RunningServer;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;
import vn.baocao.testing.SampleIndex;

/**
 * The chat page in a real headless Chromium (Debian's, driven through its own chromedriver by Selenium; nothing
 * is downloaded), against {@code baocao serve} on a free port: a question typed and sent with Enter, the cited
 * answer, a citation opened from the keyboard beside it, a follow-up read against the conversation, markup in a
 * question and in a report shown as text, {@code /moi}, a phone's screen. Saves a screenshot for the README (to
 * {@code -Dbaocao.screenshot=PATH}, by default {@code target/serve.png}). Skipped, saying why, where Chromium or
 * chromedriver is not installed ({@code .ci/run} installs both).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServePageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String MARKUP_TITLE = "Hội nghị Ngoại vụ toàn quốc lần thứ 98 <img src=x onerror=\"window.pwned = 3\">";
    private static final String MARKUP_TEXT = "<script>window.pwned = 4</script>";

    @TempDir
    static Path dir;
    private static RunningServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void open() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium here: the page's browser test needs Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        server = RunningServer.start(indexWithMarkup(), RunningServer.settings(null, List.of(), 100_000, 1024,
                dir.resolve("uploads")));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as root Chromium needs --no-sandbox; the rest keep it from reaching for the network on its own
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1280,900",
                "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.get(server.uri("/").toString());
    }

    /** The samples and a report whose title and text hold markup, as a hostile or careless source might. */
    private static Path indexWithMarkup() {
        Path index = dir.resolve("index");
        Path report = dir.resolve("markup.txt");
        try {
            Files.writeString(report, MARKUP_TITLE + "\n\nSáng 3/3/2031, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn "
                    + "quốc lần thứ 98 " + MARKUP_TEXT + ". Thứ trưởng Ngoại giao Lê Văn Thử chủ trì Hội nghị.\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (ReportIndex opened = SampleIndex.open(index)) {
            new Ingestor(new ReportParser(), opened).ingest(List.of(report));
        }
        return index;
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void aQuestionSentWithEnterGetsTheCitedAnswerWithItsSources() {
        ask("Ai chủ trì hội nghị tổng kết năm 2022?");

        WebElement turn = turn(1);
        assertThat(turn.findElement(By.cssSelector(".answer")).getText())
                .startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022");
        assertThat(turn.findElements(By.cssSelector(".answer .cite"))).extracting(WebElement::getText).containsOnly("[1]");
        assertThat(turn.findElement(By.cssSelector(".sources li")).getText())
                .isEqualTo("[1] Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 – 10/1/2023 – "
                        + "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 – samples/001_8430b1541a21d71d.txt");
    }

    @Test
    @Order(2)
    void aCitationOpensItsPassageBesideTheAnswerFromTheKeyboard() {
        WebElement marker = turn(1).findElement(By.cssSelector(".answer .cite"));
        marker.sendKeys(Keys.ENTER);

        WebElement mark = new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.cssSelector("#source-body mark"))
                .stream().findFirst().orElse(null));
        assertThat(mark.getText()).isEqualTo("Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị.");
        assertThat(browser.findElement(By.id("source")).isDisplayed()).isTrue();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("source-heading");
        assertThat(marker.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("#source-body .title")).getText())
                .isEqualTo("Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022");
    }

    @Test
    @Order(3)
    void aFollowUpIsReadAgainstTheConversationAndSaysHow() throws Exception {
        ask("khi nào?");

        WebElement turn = turn(2);
        assertThat(turn.findElement(By.cssSelector(".understood")).getText()).startsWith("(Hiểu là: ");
        assertThat(turn.findElement(By.cssSelector(".answer")).getText()).contains("10/1/2023");
        turn.findElement(By.cssSelector(".answer .cite")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(b -> !b.findElements(By.cssSelector("#source-body .passage")).isEmpty());

        Path shot = Path.of(System.getProperty("baocao.screenshot", "target/serve.png"));
        Files.createDirectories(shot.toAbsolutePath().getParent());
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), shot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    @Order(4)
    void aQuestionHoldingMarkupIsShownAsTextAndNothingInItRuns() {
        String hostile = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> là gì?";
        ask(hostile);

        WebElement turn = turn(3);
        assertThat(turn.findElement(By.cssSelector(".asked")).getText()).isEqualTo(hostile);
        assertThat(turn.findElements(By.cssSelector("script, img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");
    }

    @Test
    @Order(5)
    void aReportHoldingMarkupIsCitedAndOpenedAsText() {
        ask("Ai chủ trì Hội nghị Ngoại vụ toàn quốc lần thứ 98?");

        WebElement turn = turn(4);
        assertThat(turn.findElement(By.cssSelector(".answer")).getText()).contains("Lê Văn Thử");
        assertThat(turn.findElement(By.cssSelector(".sources li")).getText()).contains(MARKUP_TITLE);
        turn.findElement(By.cssSelector(".answer .cite")).sendKeys(Keys.ENTER);
        WebElement passage = new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.cssSelector("#source-body .passage"))
                .stream().findFirst().orElse(null));
        assertThat(passage.getText()).contains(MARKUP_TEXT);
        assertThat(browser.findElement(By.cssSelector("#source-body .title")).getText()).isEqualTo(MARKUP_TITLE);
        assertThat(browser.findElements(By.cssSelector("#log script, #log img, #source script, #source img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");
    }

    @Test
    @Order(6)
    void theConversationIsKeptAcrossAReloadAndMoiStartsAnew() {
        browser.navigate().refresh();
        new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.cssSelector("#log > li")).size() == 4);

        browser.findElement(By.id("new-conversation")).click();
        new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.cssSelector("#log > li")).size() == 1
                && !b.findElements(By.cssSelector("#log > li .answer")).isEmpty());
        ask("khi nào?");
        assertThat(turn(2).findElements(By.cssSelector(".understood"))).isEmpty();
    }

    @Test
    @Order(7)
    void onAPhoneScreenNothingSpillsSideways() {
        browser.manage().window().setSize(new Dimension(390, 844));
        ask("Ai nói phải bảo vệ Tổ quốc từ sớm, từ xa?");
        JavascriptExecutor js = browser;

        assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo((Long) js.executeScript("return document.documentElement.clientWidth"));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Types {@code question} and sends it with Enter, then waits for its answer. */
    private static void ask(String question) {
        int before = browser.findElements(By.cssSelector("#log > li")).size();
        WebElement input = browser.findElement(By.id("question"));
        input.sendKeys(question);
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(b -> {
            List<WebElement> turns = b.findElements(By.cssSelector("#log > li"));
            return turns.size() == before + 1 && turns.getLast().findElements(By.cssSelector(".pending")).isEmpty()
                    && !turns.getLast().findElements(By.cssSelector(".reply > *")).isEmpty();
        });
    }

    /** The {@code n}th turn shown, from 1. */
    private static WebElement turn(int n) {
        return browser.findElements(By.cssSelector("#log > li")).get(n - 1);
    }
}
