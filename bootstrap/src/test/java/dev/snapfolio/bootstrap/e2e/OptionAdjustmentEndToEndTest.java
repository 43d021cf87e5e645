package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adjustment into a strike that already has open lots (a special dividend, DESIGN §3.3): the
 * remapped lots keep their own open dates and FIFO on the new strike is by open date, from import
 * to the stored snapshots, with either strategy.
 */
class OptionAdjustmentEndToEndTest {
    private static final String HEADER = "date,time,kind,currency,amount,ticker,side,quantity,price,commissions,fees,"
            + "underlying,callPut,strike,expiration,multiplier,action,event,contracts,premium,newStrike,costPerShare,"
            + "targetCurrency,amountIn,notes";

    private final SnapfolioRunner snapfolio = new SnapfolioRunner();
    private String account;
    private String ticker;

    @TempDir
    Path dir;

    @BeforeEach
    void createAccount() {
        account = SnapfolioRunner.uniqueName("adjust");
        ticker = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase(Locale.ROOT);
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

    private Map<String, String> tickerRow(String date) {
        List<String> lines = ok(snapfolio.run("snapshots", "-a", account, "--tickers", "--format", "csv")).outLines();
        String[] names = lines.get(0).split(",");
        return lines.stream().skip(1).map(line -> line.split(",", -1))
                .filter(cells -> cells[0].equals(date) && cells[1].equals(ticker)).findFirst().map(cells -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < names.length; i++) {
                        row.put(names[i], cells[i]);
                    }
                    return row;
                }).orElseThrow(() -> new AssertionError("no row of " + ticker + " on " + date + " in " + lines));
    }

    private String snapshots() {
        return ok(snapfolio.run("snapshots", "-a", account, "--format", "csv")).out()
                + ok(snapfolio.run("snapshots", "-a", account, "--tickers", "--format", "csv")).out();
    }

    @Test
    void aCloseAfterAnAdjustmentIntoAnOpenStrikeTakesTheLotOpenedFirstWithEitherStrategy() throws IOException {
        ok(importRows("2024-01-02,09:00,DEPOSIT,USD,5000,,,,,,,,,,,,,,,,,,,,",
                // D1: one short put at strike 10 for 120
                "2024-01-03,10:00,OPTION_TRADE,USD,,,,,,0,0,T,PUT,10,2024-03-15,100,SELL_TO_OPEN,,1,120,,,,,",
                // D2: one short put at strike 9 for 45
                "2024-01-10,10:00,OPTION_TRADE,USD,,,,,,0,0,T,PUT,9,2024-03-15,100,SELL_TO_OPEN,,1,45,,,,,",
                // D3: a special dividend remaps the strike-10 lot to strike 9
                "2024-02-01,,OPTION_ADJUSTMENT,USD,,,,,,,,T,PUT,10,2024-03-15,100,,,1,,9,,,,special dividend",
                // D4: one contract bought back for 30
                "2024-02-05,10:00,OPTION_TRADE,USD,,,,,,0,0,T,PUT,9,2024-03-15,100,BUY_TO_CLOSE,,1,-30,,,,,"));

        Map<String, String> closed = tickerRow("2024-02-05");
        // the D1 lot (120) closes: 120 − 30; the D2 lot (45) would give 15
        assertThat(closed.get("realized")).isEqualTo("90.000000");
        assertThat(closed.get("openTrades")).isEqualTo("true");
        assertThat(tickerRow("2024-02-01").get("realized")).isEqualTo("0.000000");

        String imported = snapshots();
        for (String strategy : List.of("PER_DATE", "BATCH")) {
            ok(snapfolio.run("recompute", "-a", account, "--strategy", strategy));
            assertThat(snapshots()).as("recomputed " + strategy).isEqualTo(imported);
        }
        // the remaining D2 lot expires on 2024-03-15 (auto-expiry: today is long after): 45 more realized
        assertThat(tickerRow("2024-03-15").get("realized")).isEqualTo("135.000000");
        assertThat(snapfolio.run("verify", "-a", account).exit()).isZero();
    }

    @Test
    void theOrderIsTheSameWhenTheAdjustmentArrivesAfterTheClose() throws IOException {
        ok(importRows("2024-01-02,09:00,DEPOSIT,USD,5000,,,,,,,,,,,,,,,,,,,,",
                "2024-01-03,10:00,OPTION_TRADE,USD,,,,,,0,0,T,PUT,10,2024-03-15,100,SELL_TO_OPEN,,1,120,,,,,",
                "2024-01-10,10:00,OPTION_TRADE,USD,,,,,,0,0,T,PUT,9,2024-03-15,100,SELL_TO_OPEN,,1,45,,,,,",
                "2024-02-05,10:00,OPTION_TRADE,USD,,,,,,0,0,T,PUT,9,2024-03-15,100,BUY_TO_CLOSE,,1,-30,,,,,"));
        assertThat(tickerRow("2024-02-05").get("realized")).as("before the adjustment: the strike-9 lot")
                .isEqualTo("15.000000");

        ok(importRows("2024-02-01,,OPTION_ADJUSTMENT,USD,,,,,,,,T,PUT,10,2024-03-15,100,,,1,,9,,,,special dividend"));

        assertThat(tickerRow("2024-02-05").get("realized")).isEqualTo("90.000000");
        assertThat(snapfolio.run("verify", "-a", account).exit()).isZero();
    }
}
