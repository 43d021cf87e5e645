package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import dev.snapfolio.domain.testing.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code holdings} and {@code summary --base} on the shared generic fixture (USD and EUR) with its FX
 * series, against the values computed by hand in fixtures/generic/README.md (repeated below).
 */
class HoldingsAndSummaryEndToEndTest {
    private final SnapfolioRunner snapfolio = new SnapfolioRunner();
    private String account;
    private String suffix;

    @TempDir
    Path dir;

    @BeforeEach
    void importTheFixture() throws IOException {
        // prices are shared by every account of the database: tickers of this test's own
        suffix = "H" + SnapfolioRunner.uniqueName("").substring(1, 6).toUpperCase();
        account = SnapfolioRunner.uniqueName("holdings");
        ok(snapfolio.run("account", "create", "--name", account));
        ok(snapfolio.run("import", suffixed("stocks-and-events.movements.csv").toString(), "-a", account,
                "--source", "generic"));
        ok(snapfolio.run("price", "import", suffixed("stocks-and-events.prices.csv").toString()));
        ok(snapfolio.run("split", "import", suffixed("stocks-and-events.splits.csv").toString()));
        ok(snapfolio.run("price", "import", Fixtures.file("generic/stocks-and-events.fx.csv").toString()));
        ok(snapfolio.run("refresh"));
    }

    @Test
    void holdingsShowPositionsOptionsAndCashAsComputedByHand() {
        List<Map<String, String>> march = csv(ok(snapfolio.run("holdings", "-a", account, "--at", "2024-03-01",
                "--format", "csv")).out());
        assertThat(march).extracting(r -> r.get("kind")).containsExactly("position", "cash", "cash");
        // SAP: 10 @ 80 + 2 = 802.00; close 90 dated 02-16: value 900.00, unrealized 98.00, all of EUR's value
        Map<String, String> sap = march.get(0);
        assertThat(sap.get("ticker")).isEqualTo("SAP" + suffix);
        assertDecimals(sap, Map.of("quantity", "10", "costBasis", "80.2", "cost", "802", "price", "90",
                "marketValue", "900", "unrealized", "98", "weight", "100"));
        assertThat(sap.get("priceDate")).isEqualTo("2024-02-16");
        // EUR: 900 − 800 − 2 + 1.50 = 99.50; USD: 9,171.22 − 180 + 8.82 + 415.18 = 9,415.22
        assertDecimals(row(march, "cash", "EUR"), Map.of("cash", "99.5", "marketValue", "900", "netWorth", "999.5"));
        assertDecimals(row(march, "cash", "USD"), Map.of("cash", "9415.22", "marketValue", "0", "netWorth", "9415.22"));

        // on 02-01 one MSFT put is still written: −1 contract, open net 296.58 − 197.72 = 98.86, already in cash
        List<Map<String, String>> february = csv(ok(snapfolio.run("holdings", "-a", account, "--at", "2024-02-01",
                "--format", "csv")).out());
        Map<String, String> put = row(february, "option", "USD");
        assertThat(put.get("contract")).isEqualTo("MSFT" + suffix + " 2024-02-16 PUT 400");
        assertDecimals(put, Map.of("quantity", "-1", "multiplier", "100", "openNet", "98.86"));
        assertDecimals(row(february, "cash", "USD"), Map.of("cash", "9415.22"));
        assertDecimals(row(february, "position", "EUR"), Map.of("price", "85", "marketValue", "850"));

        Run table = ok(snapfolio.run("holdings", "-a", account, "--at", "2024-03-01"));
        assertThat(table.out()).contains("SAP" + suffix).contains("2024-02-16").contains("9415.22").contains("999.50");
    }

    @Test
    void summaryConvertsEveryCurrencyAtTheLatestFxCloseAndNamesAMissingOne() {
        List<Map<String, String>> march = csv(ok(snapfolio.run("summary", "-a", account, "--at", "2024-03-01",
                "--base", "EUR", "--format", "csv")).out());
        assertThat(march).extracting(r -> r.get("currency")).containsExactly("EUR", "USD", "TOTAL");
        // EURUSD 1.25 (02-29): 9,415.22 / 1.25 = 7,532.176; + 999.50 = 8,531.676
        assertDecimals(march.get(1), Map.of("fxRate", "0.8", "netWorthEUR", "7532.176", "netWorth", "9415.22"));
        assertThat(march.get(1).get("fxDate")).isEqualTo("2024-02-29");
        assertDecimals(march.get(0), Map.of("netWorthEUR", "999.5"));
        assertDecimals(march.get(2), Map.of("netWorthEUR", "8531.676"));

        // on 02-01 the latest close is 1.10 (01-02): 9,415.22 / 1.10 = 8,559.290909 + 949.50 = 9,508.790909
        List<Map<String, String>> february = csv(ok(snapfolio.run("summary", "-a", account, "--at", "2024-02-01",
                "--base", "EUR", "--format", "csv")).out());
        assertDecimals(february.get(2), Map.of("netWorthEUR", "9508.790909"));

        // into USD the same close is read the other way: 999.50 × 1.25 = 1,249.375 + 9,415.22 = 10,664.595
        List<Map<String, String>> usd = csv(ok(snapfolio.run("summary", "-a", account, "--at", "2024-03-01",
                "--base", "USD", "--format", "csv")).out());
        assertDecimals(usd.get(2), Map.of("netWorthUSD", "10664.595"));

        Run missing = snapfolio.run("summary", "-a", account, "--at", "2024-03-01", "--base", "GBP");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: no GBPEUR close on or before 2024-03-01").hasLineCount(1);
        assertThat(missing.out()).isEmpty();
    }

    private Path suffixed(String name) throws IOException {
        String text = Files.readString(Fixtures.file("generic/" + name));
        for (String ticker : List.of("AAPL", "MSFT", "SAP")) {
            text = text.replace("," + ticker + ",", "," + ticker + suffix + ",")
                    .replace("," + ticker + "\n", "," + ticker + suffix + "\n");
        }
        Path target = dir.resolve(name);
        Files.writeString(target, text);
        return target;
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String kind, String currency) {
        return rows.stream().filter(r -> r.get("kind").equals(kind) && r.get("currency").equals(currency))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " row in " + currency + ": " + rows));
    }

    private static void assertDecimals(Map<String, String> row, Map<String, String> expected) {
        expected.forEach((column, value) -> assertThat(new BigDecimal(row.get(column)))
                .as("%s in %s", column, row).isEqualByComparingTo(value));
    }

    static List<Map<String, String>> csv(String text) {
        try {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(text))) {
                rows.add(new LinkedHashMap<>(record.toMap()));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
