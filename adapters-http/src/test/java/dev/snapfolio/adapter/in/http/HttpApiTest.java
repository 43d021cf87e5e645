package dev.snapfolio.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.application.port.out.AccountRunLock.Lease;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint over a real HTTP socket, on the application wired over in-memory fakes. */
class HttpApiTest {
    static final String HEADER = "date,time,kind,currency,amount,ticker,side,quantity,price,commissions,fees,underlying,"
            + "callPut,strike,expiration,multiplier,action,event,contracts,premium,newStrike,costPerShare,targetCurrency,"
            + "amountIn,notes\n";
    static final String TRADES = HEADER
            + "2024-01-02,09:00,DEPOSIT,USD,10000,,,,,0,0,,,,,,,,,,,,,,initial funding\n"
            + "2024-01-03,10:00,TRADE,USD,,AAPL,BUY,10,100,1,0,,,,,,,,,,,,,,\n"
            + "2024-01-05,10:00,TRADE,USD,,AAPL,SELL,4,120,1,0.12,,,,,,,,,,,,,,\n";

    @TempDir
    Path dir;

    ApiServer api;

    @BeforeEach
    void start() {
        api = ApiServer.onLoopback(dir);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Map<String, Object> createAccount(String name) {
        ApiServer.Response created = api.post("/api/accounts", "{\"name\":\"" + name + "\",\"broker\":\"B\",\"currency\":\"USD\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.object();
    }

    private void importTrades(String account) {
        ApiServer.Response imported = api.write("POST", "/api/accounts/" + account + "/imports?source=generic&file=trades.csv",
                "text/csv", TRADES);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    @Test
    void accountsAreCreatedListedAndFoundByNameOrId() {
        Map<String, Object> created = createAccount("main");

        assertThat(created).containsEntry("name", "main").containsEntry("currency", "USD");
        assertThat(api.get("/api/accounts").list()).extracting(a -> a.get("name")).containsExactly("main");
        assertThat(api.get("/api/accounts/main").object()).isEqualTo(created);
        assertThat(api.get("/api/accounts/" + created.get("id")).object()).isEqualTo(created);
    }

    @Test
    void badInputIsA400ProblemAndUnknownThingsA404() {
        createAccount("main");

        ApiServer.Response duplicate = api.post("/api/accounts", "{\"name\":\"main\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(duplicate.object()).containsEntry("status", 400).containsKey("title");
        assertThat(duplicate.detail()).contains("main");
        assertThat(api.post("/api/accounts", "{\"name\":").status()).isEqualTo(400);
        assertThat(api.post("/api/accounts", "{\"name\":\"x\",\"colour\":\"red\"}").detail()).contains("colour");

        ApiServer.Response unknown = api.get("/api/accounts/nobody/snapshots");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).contains("nobody");
        assertThat(api.get("/api/accounts/main/movements/99").status()).isEqualTo(404);
        assertThat(api.write("DELETE", "/api/accounts/main/movements/99", null, null).status()).isEqualTo(404);
        assertThat(api.get("/api/accounts/main/movements/abc").status()).isEqualTo(400);
        assertThat(api.get("/api/accounts/main/snapshots?from=2024-13-01").detail()).contains("from").contains("2024-13-01");
        assertThat(api.get("/api/accounts/main/snapshots?from=2024-02-01&to=2024-01-01").status()).isEqualTo(400);
        assertThat(api.get("/api/accounts/main/snapshots?columns=colour").status()).isEqualTo(400);
        assertThat(api.get("/api/runs?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void movementsAreRecordedListedWithFiltersEditedAndDeleted() {
        createAccount("main");
        ApiServer.Response deposit = api.post("/api/accounts/main/movements",
                "{\"kind\":\"DEPOSIT\",\"date\":\"2024-01-02\",\"amount\":10000}");
        assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
        ApiServer.Response trade = api.post("/api/accounts/main/movements", "{\"kind\":\"TRADE\",\"date\":\"2024-01-03\","
                + "\"time\":\"10:00\",\"ticker\":\"AAPL\",\"side\":\"BUY\",\"quantity\":10,\"price\":100.5,\"commissions\":1}");
        assertThat(trade.status()).as(trade.body()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = (Map<String, Object>) trade.object().get("movement");
        assertThat(stored).containsEntry("ticker", "AAPL").containsEntry("currency", "USD").containsEntry("time", "10:00");
        assertThat(trade.header("Location")).endsWith("/movements/" + stored.get("id"));
        assertThat(trade.object()).extracting("processing").asString().contains("SUCCEEDED");

        assertThat(api.get("/api/accounts/main/movements").list()).hasSize(2);
        assertThat(api.get("/api/accounts/main/movements?kind=trade").list()).extracting(m -> m.get("kind"))
                .containsExactly("TRADE");
        assertThat(api.get("/api/accounts/main/movements?ticker=MSFT").list()).isEmpty();
        assertThat(api.get("/api/accounts/main/movements?from=2024-01-03&to=2024-01-03").list()).hasSize(1);

        long id = ((Number) stored.get("id")).longValue();
        ApiServer.Response edited = api.write("PATCH", "/api/accounts/main/movements/" + id, "application/json",
                "{\"quantity\":12}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        Map<String, Object> after = api.get("/api/accounts/main/movements/" + id).object();
        assertThat(after).containsEntry("quantity", 12).containsEntry("price", new java.math.BigDecimal("100.5")).containsEntry("time", "10:00");

        assertThat(api.write("DELETE", "/api/accounts/main/movements/" + id, null, null).status()).isEqualTo(200);
        assertThat(api.get("/api/accounts/main/movements").list()).hasSize(1);
    }

    @Test
    void aBadMovementIsRefusedNamingTheFieldAndNothingIsStored() {
        createAccount("main");

        assertThat(api.post("/api/accounts/main/movements", "{\"kind\":\"DEPOSIT\",\"date\":\"2024-01-02\","
                + "\"amount\":10,\"ticker\":\"AAPL\"}").detail()).contains("ticker").contains("DEPOSIT");
        assertThat(api.post("/api/accounts/main/movements", "{\"kind\":\"DEPOSIT\",\"date\":\"2024-01-02\","
                + "\"amount\":\"lots\"}").detail()).contains("amount").contains("lots");
        assertThat(api.post("/api/accounts/main/movements", "{\"kind\":\"GIFT\",\"date\":\"2024-01-02\"}").detail())
                .contains("kind").contains("GIFT");
        assertThat(api.post("/api/accounts/main/movements", "{\"kind\":\"DEPOSIT\",\"amount\":1}").detail())
                .contains("date");
        assertThat(api.post("/api/accounts/main/movements", "{\"kind\":\"DEPOSIT\",\"date\":\"2024-01-02\","
                + "\"amount\":1,\"size\":3}").detail()).contains("size");
        // the history rejects it: closing an option contract that was never opened
        ApiServer.Response rejected = api.post("/api/accounts/main/movements", "{\"kind\":\"OPTION_TRADE\","
                + "\"date\":\"2024-01-03\",\"underlying\":\"SOFI\",\"callPut\":\"PUT\",\"strike\":7,"
                + "\"expiration\":\"2024-05-10\",\"action\":\"BUY_TO_CLOSE\",\"contracts\":1,\"premium\":-35}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(api.get("/api/accounts/main/movements").list()).isEmpty();
    }

    @Test
    void anImportIsAtomicIdempotentAndNamesTheFileAndLineOfAProblem() {
        createAccount("main");
        ApiServer.Response first = api.write("POST", "/api/accounts/main/imports?source=generic&file=trades.csv",
                "text/csv", TRADES);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.object()).containsEntry("rowsRead", 3).containsEntry("added", 3).containsEntry("duplicates", 0);

        ApiServer.Response again = api.write("POST", "/api/accounts/main/imports?source=generic&file=trades.csv",
                "text/csv", TRADES);
        assertThat(again.object()).containsEntry("added", 0).containsEntry("duplicates", 3);

        String bad = TRADES + "2024-01-06,10:00,TRADE,USD,,AAPL,SELL,1,12x,1,0,,,,,,,,,,,,,,\n";
        ApiServer.Response refused = api.write("POST", "/api/accounts/main/imports?source=generic&file=more.csv",
                "text/csv", bad.replace("2024-01-02,09:00,DEPOSIT,USD,10000", "2024-01-02,09:00,DEPOSIT,USD,10001"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).startsWith("more.csv:5:");
        assertThat(refused.object()).extracting("problems").asList().hasSize(1);
        assertThat(refused.body()).contains("\"line\":5");
        assertThat(api.get("/api/accounts/main/movements").list()).hasSize(3);

        // a file whose history fails as a whole: nothing of it is written
        String oversold = HEADER + "2024-02-01,10:00,DEPOSIT,USD,5,,,,,0,0,,,,,,,,,,,,,,\n"
                + "2024-02-02,10:00,OPTION_TRADE,USD,,,,,,0,0,SOFI,PUT,7,2024-05-10,100,BUY_TO_CLOSE,,1,-35,,,,,\n";
        ApiServer.Response rejected = api.write("POST", "/api/accounts/main/imports?source=generic&file=oversold.csv",
                "text/csv", oversold);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(rejected.detail()).contains("oversold.csv:3");
        assertThat(api.get("/api/accounts/main/movements").list()).hasSize(3);

        assertThat(api.write("POST", "/api/accounts/main/imports?file=x.csv", "text/csv", TRADES).detail()).contains("source");
        assertThat(api.write("POST", "/api/accounts/main/imports?source=broker", "text/csv", TRADES).detail()).contains("broker");
    }

    @Test
    void anImportTakesAMultipartUploadToo() {
        createAccount("main");
        String boundary = "----snapfolio";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\ngeneric\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"trades.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + TRADES + "\r\n--" + boundary + "--\r\n";
        ApiServer.Response response = api.write("POST", "/api/accounts/main/imports",
                "multipart/form-data; boundary=" + boundary, body);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.object()).containsEntry("file", "trades.csv").containsEntry("added", 3);
    }

    @Test
    void holdingsAndSummaryValueTheOpenLotsWithCashAndATotalInABaseCurrency() {
        createAccount("main");
        importTrades("main");
        assertThat(api.post("/api/prices", "[{\"date\":\"2024-01-04\",\"ticker\":\"AAPL\",\"currency\":\"USD\",\"close\":112},"
                + "{\"date\":\"2024-01-05\",\"ticker\":\"EURUSD\",\"currency\":\"USD\",\"close\":1.25}]").status())
                .isEqualTo(200);

        Map<String, Object> holdings = api.get("/api/accounts/main/holdings?at=2024-01-06").object();
        assertThat(holdings).containsEntry("date", "2024-01-06");
        // 10 @ 100 + 1 = 1,001.00; 4 sold: round6(1001 × 4/10) = 400.40 leaves 600.60 for 6 shares
        Map<String, Object> aapl = onlyElement(holdings.get("positions"));
        assertThat(aapl).containsEntry("ticker", "AAPL").containsEntry("quantity", 6).containsEntry("cost", new java.math.BigDecimal("600.6"))
                .containsEntry("costBasis", new java.math.BigDecimal("100.1")).containsEntry("price", 112).containsEntry("priceDate", "2024-01-04")
                .containsEntry("marketValue", 672).containsEntry("unrealized", new java.math.BigDecimal("71.4")).containsEntry("weight", 100);
        // cash: 10,000 − 1,001 (buy) + 480 − 1.12 (sale) = 9,477.88; net worth + 672 = 10,149.88
        assertThat(onlyElement(holdings.get("cash"))).containsEntry("currency", "USD").containsEntry("cash", new java.math.BigDecimal("9477.88"))
                .containsEntry("netWorth", new java.math.BigDecimal("10149.88"));

        Map<String, Object> summary = api.get("/api/accounts/main/summary?at=2024-01-06&base=EUR").object();
        // EURUSD 1.25 = USD per 1 EUR: 10,149.88 / 1.25 = 8,119.904
        assertThat(summary.get("total")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("currency", "EUR").containsEntry("netWorth", new java.math.BigDecimal("8119.904"));
        assertThat(onlyElement(summary.get("currencies"))).containsEntry("fxPair", "EURUSD").containsEntry("fxRate", new java.math.BigDecimal("0.8"))
                .containsEntry("netWorthInBase", new java.math.BigDecimal("8119.904"));

        ApiServer.Response missing = api.get("/api/accounts/main/summary?at=2024-01-06&base=GBP");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.detail()).startsWith("no GBPUSD close on or before 2024-01-06");
        assertThat(api.get("/api/accounts/main/summary?base=EURO").status()).isEqualTo(400);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyElement(Object list) {
        assertThat(list).asList().hasSize(1);
        return ((List<Map<String, Object>>) list).get(0);
    }

    @Test
    void pricesAndSplitsAreRecordedFromJsonOrCsvAndMarkTheirAccountsDirty() {
        Map<String, Object> account = createAccount("main");
        importTrades("main");

        ApiServer.Response prices = api.post("/api/prices",
                "[{\"date\":\"2024-01-04\",\"ticker\":\"AAPL\",\"currency\":\"USD\",\"close\":112}]");
        assertThat(prices.status()).as(prices.body()).isEqualTo(200);
        assertThat(prices.object()).containsEntry("saved", 1).containsEntry("accountsMarkedDirty", List.of(account.get("id")));
        ApiServer.Response csv = api.write("POST", "/api/prices?file=closes.csv", "text/csv",
                "date,ticker,currency,close\n2024-01-05,AAPL,USD,113\n2024-01-08,AAPL,USD,x\n");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.detail()).startsWith("closes.csv:3:");
        assertThat(api.post("/api/prices", "[{\"date\":\"2024-01-04\",\"ticker\":\"AAPL\",\"close\":1}]").detail())
                .contains("item 1").contains("currency");

        ApiServer.Response splits = api.write("POST", "/api/splits", "text/csv", "date,ticker,ratio\n2024-01-09,AAPL,2\n");
        assertThat(splits.status()).as(splits.body()).isEqualTo(200);
        assertThat(splits.object()).containsEntry("saved", 1);
        assertThat(api.post("/api/splits", "[{\"date\":\"2024-01-09\",\"ticker\":\"AAPL\",\"ratio\":0}]").status())
                .isEqualTo(400);
    }

    @Test
    void snapshotsAreReadByRangeCurrencyTickerAndColumnsAndAsOfADate() {
        createAccount("main");
        importTrades("main");

        List<Map<String, Object>> all = api.get("/api/accounts/main/snapshots").list();
        assertThat(all).extracting(r -> r.get("date")).containsExactly("2024-01-02", "2024-01-03", "2024-01-05");
        assertThat(all.get(0)).containsEntry("deposited", 10000).containsKeys(JsonViews.FINANCIAL_COLUMNS.toArray(String[]::new));
        assertThat(api.get("/api/accounts/main/snapshots?from=2024-01-03&to=2024-01-04").list()).hasSize(1);
        assertThat(api.get("/api/accounts/main/snapshots?currency=EUR").list()).isEmpty();
        assertThat(api.get("/api/accounts/main/snapshots?columns=invested").list().get(0).keySet())
                .containsExactly("date", "currency", "invested");

        List<Map<String, Object>> tickers = api.get("/api/accounts/main/snapshots/tickers?ticker=aapl&columns=shares").list();
        assertThat(tickers).extracting(r -> r.get("shares")).containsExactly(10, 6);
        assertThat(api.get("/api/accounts/main/snapshots/tickers?ticker=MSFT").list()).isEmpty();

        Map<String, Object> asOf = api.get("/api/accounts/main/snapshot?at=2024-01-04").object();
        assertThat(asOf).containsEntry("date", "2024-01-04");
        assertThat(asOf.get("tickers")).asList().hasSize(1);
        assertThat(api.get("/api/accounts/main/snapshot").status()).isEqualTo(400);
    }

    @Test
    void runsMetricsProcessingSettingsAndVerifyAreServed() {
        createAccount("main");
        importTrades("main");

        List<Map<String, Object>> runs = api.get("/api/accounts/main/runs").list();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0)).containsEntry("trigger", "IMPORT").containsEntry("used", "BATCH")
                .containsEntry("status", "SUCCEEDED").containsKey("fallbackReason");
        assertThat(api.get("/api/runs?account=main&limit=5").list()).hasSize(1);
        assertThat(api.get("/api/metrics").object()).containsEntry("batchAttempts", 1);

        assertThat(api.get("/api/processing").object()).containsEntry("batchEnabled", true);
        ApiServer.Response updated = api.write("PUT", "/api/processing", "application/json",
                "{\"batchEnabled\":false,\"strategies\":{\"EDIT\":\"per-date\"},\"rolloutPercent\":50}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.object()).containsEntry("batchEnabled", false).containsEntry("rolloutPercent", 50);
        assertThat(updated.object().get("strategies")).asString().contains("EDIT=PER_DATE");
        assertThat(api.write("PUT", "/api/processing", "application/json", "{\"rolloutPercent\":101}").status())
                .isEqualTo(400);
        assertThat(api.write("PUT", "/api/processing", "application/json", "{\"strategies\":{\"EDIT\":\"FAST\"}}")
                .detail()).contains("FAST");

        ApiServer.Response verify = api.get("/api/verify?account=main");
        assertThat(verify.object()).containsEntry("clean", true).containsEntry("accountsChecked", 1);
        assertThat(api.write("POST", "/api/verify?account=main&repair=true", null, null).object())
                .containsEntry("clean", true);

        ApiServer.Response recompute = api.write("POST", "/api/accounts/main/recompute?strategy=PER_DATE", null, null);
        assertThat(recompute.status()).as(recompute.body()).isEqualTo(200);
        assertThat(recompute.object()).extracting("run").asString().contains("used=PER_DATE");
    }

    @Test
    void aRunLockHeldByAnotherRunIsA409() {
        Map<String, Object> account = createAccount("main");
        importTrades("main");
        long id = ((Number) account.get("id")).longValue();

        try (Lease held = api.app.runLock.tryAcquire(id, Duration.ZERO).orElseThrow()) {
            ApiServer.Response recompute = api.write("POST", "/api/accounts/main/recompute", null, null);
            assertThat(recompute.status()).as(recompute.body()).isEqualTo(409);
            assertThat(recompute.detail()).contains("refresh");
            assertThat(api.write("POST", "/api/verify?account=main&repair=true", null, null).status()).isEqualTo(409);
            // a movement is still stored; its processing waits for refresh
            ApiServer.Response deferred = api.post("/api/accounts/main/movements",
                    "{\"kind\":\"DEPOSIT\",\"date\":\"2024-01-08\",\"amount\":5}");
            assertThat(deferred.status()).as(deferred.body()).isEqualTo(202);
        }
    }

    @Test
    void writesNeedTheTokenEvenOnLoopback() {
        ApiServer.Response none = api.writeWith("POST", "/api/accounts", "application/json", "{\"name\":\"x\"}", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(api.writeWith("POST", "/api/accounts", "application/json", "{\"name\":\"x\"}", "Bearer wrong")
                .status()).isEqualTo(401);
        assertThat(api.writeWith("DELETE", "/api/accounts/x/movements/1", null, null, null).status()).isEqualTo(401);
        assertThat(api.get("/api/accounts").list()).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        api.close();
        api = new ApiServer(HttpOptions.loopback(0, dir.resolve("http-token")).withMaxRequestBytes(2048));
        createAccount("main");

        ApiServer.Response response = api.write("POST", "/api/accounts/main/imports?source=generic", "text/csv",
                TRADES + "x".repeat(4096));

        assertThat(response.status()).isEqualTo(413);
        assertThat(api.get("/api/accounts/main/movements").list()).isEmpty();
    }

    @Test
    void noCorsHeadersUnlessOriginsAreConfigured() {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/api/accounts")).header("Origin", "http://elsewhere.test");
        assertThat(api.send(request, null).header("Access-Control-Allow-Origin")).isNull();

        api.close();
        api = new ApiServer(HttpOptions.loopback(0, dir.resolve("http-token")).withCorsOrigins(List.of("http://dash.test")));
        HttpRequest.Builder allowed = HttpRequest.newBuilder(api.uri("/api/accounts")).header("Origin", "http://dash.test");
        assertThat(api.send(allowed, null).header("Access-Control-Allow-Origin")).isEqualTo("http://dash.test");
        HttpRequest.Builder other = HttpRequest.newBuilder(api.uri("/api/accounts")).header("Origin", "http://elsewhere.test");
        assertThat(api.send(other, null).header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void anUnexpectedFailureIsA500WithoutInternals() {
        api.close();
        FakeApplication app = new FakeApplication(ApiServer.TODAY);
        SnapshotQueries broken = new SnapshotQueries() {
            @Override
            public List<FinancialSnapshot> financials(long accountId, LocalDate from, LocalDate to, Currency currency) {
                throw new IllegalStateException("connection to jdbc:mariadb://db:3306 lost", new RuntimeException("deep"));
            }

            @Override
            public List<TickerSnapshot> tickers(long accountId, LocalDate from, LocalDate to, Currency currency) {
                throw new IllegalStateException("boom");
            }

            @Override
            public AsOfSnapshot asOf(long accountId, LocalDate date) {
                throw new IllegalStateException("boom");
            }

            @Override
            public java.util.Optional<LocalDate> pendingRefreshFrom(long accountId) {
                throw new IllegalStateException("boom");
            }
        };
        ApiPorts ports = ApiServer.ports(app);
        api = new ApiServer(app, new ApiPorts(ports.accounts, ports.createAccount, ports.movements, ports.recordMovement,
                ports.editMovement, ports.deleteMovement, ports.importMovements, ports.recordPrices, ports.recordSplits,
                broken, ports.recompute, ports.metrics, ports.processing, ports.verify, ports.portfolio),
                HttpOptions.loopback(0, dir.resolve("http-token")));
        createAccount("main");

        ApiServer.Response response = api.get("/api/accounts/main/snapshots");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("jdbc").doesNotContain("Exception").doesNotContain("at dev.")
                .contains("server log");
    }

    @Test
    void thePageAndItsAssetsAreServedFromTheClassPath() {
        ApiServer.Response page = api.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("vendor/uPlot.iife.min.js").contains("app.js");
        assertThat(api.get("/vendor/uPlot.iife.min.js").body()).contains("uPlot");
        assertThat(api.get("/vendor/uPlot.min.css").status()).isEqualTo(200);
        assertThat(api.get("/app.js").body()).contains("SNAPFOLIO_DATA");
        assertThat(api.get("/app.css").status()).isEqualTo(200);
    }
}
