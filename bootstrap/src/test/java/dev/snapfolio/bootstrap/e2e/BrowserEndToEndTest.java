package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snapfolio.adapter.in.cli.command.WebFrontEnd;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; skipped when they are not installed) opens what {@code snapfolio serve}
 * serves for a demo account, waits for the charts, checks that each chart drew its series,
 * that the holdings table for a picked date equals {@code snapshot --at} of that date, and opens the
 * {@code report} file from disk. It measures the time to first chart for a 10-year account and
 * leaves screenshots under {@code bootstrap/target/browser/} for a person to look at.
 */
class BrowserEndToEndTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "browser");
    private static final String PICKED = "2025-06-30";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Years of demo history of the account the page checks use (the 3-year demo). */
    private static final int YEARS = 3;

    private static final SnapfolioRunner CLI = new SnapfolioRunner();
    private static WebDriver browser;
    private static String account;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium is not installed (apt-get install chromium chromium-driver): browser test skipped");
        Files.createDirectories(OUT);
        // the system's chromedriver: Selenium Manager must not try to download one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,2300", "--hide-scrollbars", "--disable-extensions", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        account = SnapfolioRunner.uniqueName("browser");
        SnapfolioRunner.Run demo = CLI.run("demo", "--name", account, "--years", String.valueOf(YEARS), "--last", "0");
        assertThat(demo.exit()).as(demo.err()).isZero();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePageChartsTheDemoAccountAndItsHoldingsEqualSnapshotAt() throws IOException {
        List<Map<String, Object>> financials = json(CLI.run("snapshots", "-a", account, "--format", "json"));
        List<Map<String, Object>> tickers = json(CLI.run("snapshots", "-a", account, "--tickers", "--format", "json"));
        List<Map<String, Object>> atPicked = json(CLI.run("snapshot", "-a", account, "--at", PICKED, "--tickers",
                "--format", "json"));
        Path report = OUT.resolve("report.html").toAbsolutePath();
        SnapfolioRunner.Run written = CLI.run("report", "-a", account, "--out", report.toString());
        assertThat(written.exit()).as(written.err()).isZero();

        SnapfolioRunner.Run served = CLI.withInjector(injector -> {
            try (WebFrontEnd.Serving server = injector.getInstance(WebFrontEnd.class).serve("127.0.0.1", 0, List.of())) {
                open(server.address().resolve("?account=" + account));
                assertChartsDrawn(financials, tickers);
                screenshot("page.png");
                pickHoldingsDate(PICKED);
                assertThat(holdings(true)).isEqualTo(openPositions(atPicked, true));
                screenshot("page-holdings.png");
            }
            return 0;
        });
        assertThat(served.exit()).as(served.err()).isZero();

        // the report file, from disk, without a server
        open(report.toUri());
        assertChartsDrawn(financials, tickers);
        assertThat(browser.findElement(By.id("runs")).getAttribute("data-rows")).isNotEqualTo("0");
        pickHoldingsDate(PICKED);
        assertThat(holdings(false)).isEqualTo(openPositions(atPicked, false));
        screenshot("report.png");
    }

    /** From page request to charts drawn, with the server warm, for a 10-year account (docs/PERFORMANCE.md). */
    @Test
    void timeToFirstChartOfATenYearAccount() throws IOException {
        String tenYears = SnapfolioRunner.uniqueName("browser10");
        SnapfolioRunner.Run demo = CLI.run("demo", "--name", tenYears, "--years", "10", "--last", "0");
        assertThat(demo.exit()).as(demo.err()).isZero();
        List<long[]> loads = new ArrayList<>();
        SnapfolioRunner.Run served = CLI.withInjector(injector -> {
            try (WebFrontEnd.Serving server = injector.getInstance(WebFrontEnd.class).serve("127.0.0.1", 0, List.of())) {
                URI page = server.address().resolve("?account=" + tenYears);
                open(page); // warms the server (JIT, connection pool, query plans) and the browser's cache
                for (int i = 0; i < 5; i++) {
                    open(page);
                    loads.add(timings());
                }
                return 0;
            }
        });
        assertThat(served.exit()).as(served.err()).isZero();
        long[] median = new long[3];
        for (int k = 0; k < 3; k++) {
            int column = k;
            median[k] = loads.stream().mapToLong(t -> t[column]).sorted().toArray()[loads.size() / 2];
        }
        StringBuilder text = new StringBuilder("10-year demo account, 5 warm loads, ms from page request: "
                + "financial data received / first chart drawn / all charts drawn\n");
        loads.forEach(t -> text.append(t[0]).append(" / ").append(t[1]).append(" / ").append(t[2]).append('\n'));
        text.append("median ").append(median[0]).append(" / ").append(median[1]).append(" / ").append(median[2])
                .append('\n');
        Files.writeString(OUT.resolve("time-to-first-chart.txt"), text);
        System.out.print(text);
        // the goal is 1 s on a warm server; the bound leaves room for a machine shared with other builds
        assertThat(median[1]).isLessThan(5_000);
    }

    /**
     * When, after the page was requested, the financial rows had arrived (the API's share), the first
     * chart was drawn, and all charts were drawn — the browser's own clock (navigation start is 0).
     */
    private static long[] timings() {
        @SuppressWarnings("unchecked")
        List<Number> t = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "var r = performance.getEntriesByType('resource').filter(function (e) {"
                        + "  return e.name.indexOf('/snapshots?') >= 0; })[0];"
                        + "return [r.responseEnd, window.snapfolioFirstChartMs, window.snapfolioChartsDrawnMs];");
        return new long[] {Math.round(t.get(0).doubleValue()), Math.round(t.get(1).doubleValue()),
            Math.round(t.get(2).doubleValue())};
    }

    private static void open(URI uri) {
        browser.get(uri.toString());
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            String state = d.findElement(By.tagName("body")).getAttribute("data-state");
            if ("failed".equals(state)) {
                throw new AssertionError("the page failed: " + d.findElement(By.id("status")).getText());
            }
            return "ready".equals(state);
        });
    }

    /** Each currency has its value and gains chart with every point; the ticker chart a series per ticker. */
    private static void assertChartsDrawn(List<Map<String, Object>> financials, List<Map<String, Object>> tickers) {
        Map<Object, Long> pointsByCurrency = financials.stream()
                .collect(Collectors.groupingBy(r -> r.get("currency"), TreeMap::new, Collectors.counting()));
        assertThat(pointsByCurrency).hasSizeGreaterThanOrEqualTo(2);
        for (Map.Entry<Object, Long> currency : pointsByCurrency.entrySet()) {
            assertChart("value-" + currency.getKey(), 3, currency.getValue());
            assertChart("gains-" + currency.getKey(), 2, currency.getValue());
        }
        Set<String> series = tickers.stream().map(r -> r.get("ticker") + " " + r.get("currency"))
                .collect(Collectors.toCollection(TreeSet::new));
        long dates = tickers.stream().map(r -> r.get("date")).distinct().count();
        assertChart("tickers", series.size(), dates);
        assertThat(browser.findElements(By.cssSelector(".chart"))).hasSize(2 * pointsByCurrency.size() + 1);
    }

    private static void assertChart(String key, int series, long points) {
        WebElement chart = browser.findElement(By.cssSelector(".chart[data-chart='" + key + "']"));
        assertThat(chart.getAttribute("data-series")).as(key + " series").isEqualTo(String.valueOf(series));
        assertThat(chart.getAttribute("data-points")).as(key + " points").isEqualTo(String.valueOf(points));
        assertThat(chart.findElements(By.tagName("canvas"))).as(key + " canvas").hasSize(1);
        WebElement canvas = chart.findElement(By.tagName("canvas"));
        assertThat(canvas.getSize().getWidth()).as(key + " width").isGreaterThan(300);
        // the legend lists x plus one entry per series, each labelled
        List<WebElement> legend = chart.findElements(By.cssSelector(".u-legend .u-series"));
        assertThat(legend).as(key + " legend").hasSize(series + 1);
        // something was painted: the canvas is not blank
        Boolean painted = (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { return true; } } return false;", canvas);
        assertThat(painted).as(key + " painted").isTrue();
    }

    private static void pickHoldingsDate(String date) {
        ((JavascriptExecutor) browser).executeScript("var p = document.getElementById('holdings-date');"
                + "p.value = arguments[0]; p.dispatchEvent(new Event('change'));", date);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> date.equals(d.findElement(By.id("holdings")).getAttribute("data-date")));
    }

    /** The holdings table as "ticker currency shares marketValue" lines (numbers as plain decimals). */
    private static List<String> holdings(boolean withMarketValue) {
        List<String> lines = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#holdings tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.isEmpty()) {
                continue;
            }
            lines.add(cells.get(0).getText() + " " + cells.get(1).getText() + " " + plain(cells.get(2).getText())
                    + (withMarketValue ? " " + plain(cells.get(5).getText()) : ""));
        }
        return lines;
    }

    /**
     * The open positions of {@code snapshot --at --tickers} in the same form; the report shows the
     * stored rows (not re-priced), so there only the positions are compared.
     */
    private static List<String> openPositions(List<Map<String, Object>> rows, boolean withMarketValue) {
        return rows.stream().filter(r -> Boolean.TRUE.equals(r.get("openTrades")))
                .sorted((a, b) -> (a.get("ticker") + " " + a.get("currency")).compareTo(b.get("ticker") + " " + b.get("currency")))
                .map(r -> r.get("ticker") + " " + r.get("currency") + " "
                        + ((BigDecimal) r.get("shares")).stripTrailingZeros().toPlainString() + " "
                        + (r.get("marketValue") == null ? "-" : ((BigDecimal) r.get("marketValue"))
                                .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()))
                .map(line -> withMarketValue ? line : line.substring(0, line.lastIndexOf(' ')))
                .toList();
    }

    private static String plain(String shown) {
        if (shown.equals("–")) {
            return "-";
        }
        return new BigDecimal(shown.replace(",", "")).stripTrailingZeros().toPlainString();
    }

    private static void screenshot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> json(SnapfolioRunner.Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        try {
            return JSON.readValue(run.out(), new TypeReference<List<Map<String, Object>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
