package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Splits from the command line to the stored snapshots (DESIGN §3.3): exact ratios, no dust, option
 * closes naming the adjusted contract, and a split recorded before its date applied once it is due.
 * Splits are shared by every account of the database, so each test uses a ticker of its own.
 */
class SplitsEndToEndTest {
    private static final String HEADER = "date,time,kind,currency,amount,ticker,side,quantity,price,commissions,fees,"
            + "underlying,callPut,strike,expiration,multiplier,action,event,contracts,premium,newStrike,costPerShare,"
            + "targetCurrency,amountIn,notes";
    private static final String TICKER_HEADER = "date,ticker,currency,shares,costBasis,invested,realized,dividends,"
            + "dividendTaxes,optionsPremium,commissions,fees,totalIncome,capitalDeployed,performance,openTrades,"
            + "marketPrice,marketValue,unrealizedGains";

    private final SnapfolioRunner snapfolio = new SnapfolioRunner();
    private String account;
    private String ticker;

    @TempDir
    Path dir;

    @BeforeEach
    void createAccount() {
        account = SnapfolioRunner.uniqueName("splits");
        ticker = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase(Locale.ROOT);
        ok(snapfolio.run("account", "create", "--name", account));
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    private Run importRows(String... rows) throws IOException {
        Path file = dir.resolve("movements-" + UUID.randomUUID() + ".csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows).replace(",T,", "," + ticker + ",") + "\n");
        return snapfolio.run("import", file.toString(), "-a", account, "--source", "generic");
    }

    /** The stored ticker rows of the test's ticker, as maps of column to value. */
    private List<Map<String, String>> tickerRows(SnapfolioRunner at) {
        Run run = ok(at.run("snapshots", "-a", account, "--tickers", "--format", "csv"));
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isEqualTo(TICKER_HEADER);
        String[] names = TICKER_HEADER.split(",");
        return lines.stream().skip(1).map(line -> line.split(",", -1)).filter(cells -> cells[1].equals(ticker))
                .map(cells -> {
                    Map<String, String> row = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < names.length; i++) {
                        row.put(names[i], cells[i]);
                    }
                    return row;
                }).toList();
    }

    private Map<String, String> tickerRow(String date) {
        return tickerRows(snapfolio).stream().filter(r -> r.get("date").equals(date)).findFirst().orElseThrow();
    }

    @Test
    void aOneForThreeSplitOfTwoLotsThenASaleToZeroLeavesNothingOpenAndListsTheRatioAsWritten() throws IOException {
        ok(snapfolio.run("split", "add", "--ticker", ticker, "--date", "2024-01-09", "--ratio", "1:3"));
        ok(importRows("2024-01-02,09:00,DEPOSIT,USD,1000,,,,,,,,,,,,,,,,,,,,",
                "2024-01-03,10:00,TRADE,USD,,T,BUY,10,10,0,0,,,,,,,,,,,,,,",
                "2024-01-04,10:00,TRADE,USD,,T,BUY,2,10,0,0,,,,,,,,,,,,,,",
                "2024-01-10,10:00,TRADE,USD,,T,SELL,4,35,0,0,,,,,,,,,,,,,,"));

        assertThat(tickerRow("2024-01-09").get("shares")).isEqualTo("4.00000000");
        Map<String, String> sold = tickerRow("2024-01-10");
        assertThat(sold.get("shares")).isEqualTo("0.00000000");
        assertThat(sold.get("realized")).isEqualTo("20.000000");
        assertThat(sold.get("costBasis")).isEqualTo("0.000000");
        assertThat(sold.get("openTrades")).isEqualTo("false");
        assertThat(ok(snapfolio.run("split", "list", "--ticker", ticker, "--format", "csv")).out())
                .isEqualTo("ticker,date,ratio\n" + ticker + ",2024-01-09,1:3\n");
        assertThat(ok(snapfolio.run("split", "list", "--ticker", ticker, "--format", "json")).out())
                .contains("\"ratio\": \"1:3\"");
        assertThat(snapfolio.run("verify", "-a", account).exit()).isZero();
    }

    @Test
    void threeOneShareLotsUnderOneForThreeSellToExactlyZero() throws IOException {
        ok(importRows("2024-01-02,09:00,DEPOSIT,USD,1000,,,,,,,,,,,,,,,,,,,,",
                "2024-01-03,10:00,TRADE,USD,,T,BUY,1,10,0,0,,,,,,,,,,,,,,",
                "2024-01-04,10:00,TRADE,USD,,T,BUY,1,11,0,0,,,,,,,,,,,,,,",
                "2024-01-05,10:00,TRADE,USD,,T,BUY,1,12,0,0,,,,,,,,,,,,,,",
                "2024-01-10,10:00,TRADE,USD,,T,SELL,1,40,0,0,,,,,,,,,,,,,,"));
        // Recorded after the import: the account is marked and refresh applies it.
        ok(snapfolio.run("split", "add", "--ticker", ticker, "--date", "2024-01-09", "--ratio", "1:3"));
        ok(snapfolio.run("refresh"));

        assertThat(tickerRow("2024-01-09").get("shares")).isEqualTo("1.00000000");
        assertThat(tickerRow("2024-01-10").get("shares")).isEqualTo("0.00000000");
        assertThat(tickerRow("2024-01-10").get("openTrades")).isEqualTo("false");
        assertThat(snapfolio.run("verify", "-a", account).exit()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // ratio, contracts opened, contracts after, strike after, multiplier after
        "2,   1, 2, 5,  100",
        "3:2, 2, 2, 10, 150",
        "1:3, 3, 3, 10, 33.33333333"})
    void shortPutsAreClosedAfterASplitOnTheAdjustedContract(String ratio, String opened, String after,
            String strike, String multiplier) throws IOException {
        ok(snapfolio.run("split", "add", "--ticker", ticker, "--date", "2024-01-09", "--ratio", ratio));
        Run imported = importRows("2024-01-02,09:00,DEPOSIT,USD,5000,,,,,,,,,,,,,,,,,,,,",
                "2024-01-03,10:00,OPTION_TRADE,USD,,,,,,0,0,T,PUT,10,2024-03-15,100,SELL_TO_OPEN,," + opened
                        + ",90,,,,,",
                "2024-01-10,10:00,OPTION_TRADE,USD,,,,,,0,0,T,PUT," + strike + ",2024-03-15," + multiplier
                        + ",BUY_TO_CLOSE,," + after + ",-30,,,,,");
        assertThat(imported.exit()).as(imported.err()).isZero();

        Map<String, String> closed = tickerRow("2024-01-10");
        assertThat(closed.get("realized")).isEqualTo("60.000000");
        assertThat(closed.get("openTrades")).isEqualTo("false");
        assertThat(snapfolio.run("verify", "-a", account).exit()).isZero();
    }

    @Test
    void aCoveredCallFollowsAThreeForTwoSplitAndBothLegsClose() throws IOException {
        ok(snapfolio.run("split", "add", "--ticker", ticker, "--date", "2024-01-09", "--ratio", "3:2"));
        ok(importRows("2024-01-02,09:00,DEPOSIT,USD,5000,,,,,,,,,,,,,,,,,,,,",
                "2024-01-03,10:00,TRADE,USD,,T,BUY,100,20,0,0,,,,,,,,,,,,,,",
                "2024-01-03,10:01,OPTION_TRADE,USD,,,,,,0,0,T,CALL,25,2024-03-15,100,SELL_TO_OPEN,,1,50,,,,,",
                "2024-01-10,10:00,OPTION_TRADE,USD,,,,,,0,0,T,CALL,25,2024-03-15,150,BUY_TO_CLOSE,,1,-20,,,,,",
                "2024-01-10,10:01,TRADE,USD,,T,SELL,150,14,0,0,,,,,,,,,,,,,,"));

        assertThat(tickerRow("2024-01-09").get("shares")).isEqualTo("150.00000000");
        Map<String, String> closed = tickerRow("2024-01-10");
        assertThat(closed.get("shares")).isEqualTo("0.00000000");
        assertThat(closed.get("realized")).isEqualTo("130.000000");
        assertThat(closed.get("openTrades")).isEqualTo("false");
    }

    @Test
    void aSplitRecordedBeforeItsDateIsAppliedByRefreshOnceTodayPassesIt() {
        ok(snapfolio.run("movement", "add", "-a", account, "--kind", "TRADE", "--date", "2025-12-30", "--ticker",
                ticker, "--side", "BUY", "--quantity", "10", "--price", "30"));
        ok(snapfolio.run("split", "add", "--ticker", ticker, "--date", "2026-01-05", "--ratio", "2"));
        ok(snapfolio.run("refresh"));
        assertThat(tickerRows(snapfolio)).extracting(r -> r.get("date")).containsExactly("2025-12-30");

        SnapfolioRunner later = new SnapfolioRunner(Map.of("SNAPFOLIO_TODAY", "2026-01-06"));
        Run refreshed = ok(later.run("refresh"));

        assertThat(refreshed.out()).doesNotContain("nothing to refresh");
        assertThat(tickerRows(later)).extracting(r -> r.get("date") + " " + r.get("shares"))
                .containsExactly("2025-12-30 10.00000000", "2026-01-05 20.00000000");
        assertThat(later.run("verify", "-a", account).exit()).isZero();
    }

    @Test
    void aSplitStillToComeStaysDueAfterALaterUnrelatedEditAndAfterAnImportOfTheTicker() throws IOException {
        // Recorded before the account holds the ticker: no account is marked yet.
        ok(snapfolio.run("split", "add", "--ticker", ticker, "--date", "2026-01-05", "--ratio", "1:3"));
        ok(importRows("2025-12-29,09:00,DEPOSIT,USD,1000,,,,,,,,,,,,,,,,,,,,",
                "2025-12-30,10:00,TRADE,USD,,T,BUY,9,30,0,0,,,,,,,,,,,,,,"));
        // A later edit runs the account to today and clears its mark; the split must stay due.
        ok(snapfolio.run("movement", "add", "-a", account, "--kind", "DEPOSIT", "--date", "2025-12-31", "--amount",
                "5"));

        SnapfolioRunner later = new SnapfolioRunner(Map.of("SNAPFOLIO_TODAY", "2026-01-06"));
        assertThat(later.run("verify", "-a", account).exit()).as("the split is due and not applied yet").isEqualTo(3);
        ok(later.run("refresh"));

        assertThat(tickerRows(later)).extracting(r -> r.get("date") + " " + r.get("shares"))
                .containsExactly("2025-12-30 9.00000000", "2025-12-31 9.00000000", "2026-01-05 3.00000000");
        assertThat(later.run("verify", "-a", account).exit()).isZero();
    }
}
