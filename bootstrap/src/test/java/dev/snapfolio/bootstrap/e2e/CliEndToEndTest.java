package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The command line end to end through Main on a real database: every movement kind, snapshots in
 * every format, the batch switch, recompute with each strategy, metrics, runs and verify.
 */
class CliEndToEndTest {
    private static final String FINANCIAL_HEADER = "date,currency,movementCount,deposited,withdrawn,commissions,fees,"
            + "dividendsReceived,optionsIncome,otherIncome,realizedGains,netCashFlow,invested,unrealizedGains,"
            + "realizedPercentage,openTrades,marketValue,unrealizedPercentage,unpricedPositions";

    private final SnapfolioRunner snapfolio = new SnapfolioRunner();
    private String account;

    @BeforeEach
    void createAccount() {
        account = SnapfolioRunner.uniqueName("e2e");
        Run created = snapfolio.run("account", "create", "--name", account, "--broker", "Test");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("created account #").contains("'" + account + "' (USD)");
    }

    private Run add(String... args) {
        Run run = snapfolio.run(List.of("movement", "add", "--account", account), args);
        assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    /** A valid history with one movement (at least) of every kind. */
    private void addEveryKind() {
        add("--kind", "DEPOSIT", "--date", "2024-01-02", "--time", "09:00", "--amount", "10000");
        add("--kind", "TRADE", "--date", "2024-01-03", "--time", "10:00", "--ticker", "AAPL", "--side", "BUY",
                "--quantity", "10", "--price", "100", "--commissions", "1");
        add("--kind", "TRADE", "--date", "2024-01-04", "--time", "10:00", "--ticker", "AAPL", "--side", "SELL",
                "--quantity", "4", "--price", "110");
        add("--kind", "DIVIDEND", "--date", "2024-01-05", "--time", "16:00", "--ticker", "AAPL", "--amount", "2.40");
        add("--kind", "DIVIDEND_TAX", "--date", "2024-01-05", "--time", "16:00", "--ticker", "AAPL", "--amount", "0.36");
        add("--kind", "FEE", "--date", "2024-01-08", "--amount", "5");
        add("--kind", "INTEREST", "--date", "2024-01-08", "--amount", "1.5");
        add("--kind", "INTEREST_PAID", "--date", "2024-01-08", "--amount", "0.5");
        add("--kind", "LENDING_INCOME", "--date", "2024-01-08", "--amount", "0.7");
        add("--kind", "WITHDRAWAL", "--date", "2024-01-09", "--amount", "100");
        add("--kind", "SECURITY_IN", "--date", "2024-01-10", "--ticker", "PFE", "--quantity", "100",
                "--cost-per-share", "27.5");
        add("--kind", "SECURITY_OUT", "--date", "2024-01-11", "--ticker", "PFE", "--quantity", "50");
        add("--kind", "CONVERSION", "--date", "2024-01-12", "--amount", "1000", "--target-currency", "EUR",
                "--amount-in", "900", "--fees", "2");
        add("--kind", "OPTION_TRADE", "--date", "2024-01-15", "--underlying", "MSFT", "--type", "PUT", "--strike", "400",
                "--expiration", "2024-02-16", "--action", "SELL_TO_OPEN", "--contracts", "3", "--premium", "300");
        add("--kind", "OPTION_TRADE", "--date", "2024-01-22", "--symbol", "MSFT  240216P00400000", "--action",
                "BUY_TO_CLOSE", "--contracts", "2", "--premium", "-120");
        add("--kind", "OPTION_ADJUSTMENT", "--date", "2024-02-01", "--symbol", "MSFT  240216P00400000",
                "--new-strike", "395", "--contracts", "1");
        add("--kind", "OPTION_EVENT", "--date", "2024-02-16", "--time", "18:00", "--symbol", "MSFT  240216P00395000",
                "--event", "EXPIRED", "--contracts", "1");
    }

    @Test
    void everyMovementKindEndsUpInTheSnapshotsShownAsTableCsvAndJson() {
        addEveryKind();

        Run list = snapfolio.run("movement", "list", "-a", account, "--format", "csv");
        assertThat(list.outLines()).hasSize(18);

        Run csv = snapfolio.run("snapshots", "--account", account, "--format", "csv");
        assertThat(csv.exit()).isZero();
        assertThat(csv.outLines().get(0)).isEqualTo(FINANCIAL_HEADER);
        String lastUsd = csv.outLines().stream().filter(l -> l.startsWith("2024-02-16,USD,")).findFirst().orElseThrow();
        // 17 USD movements; deposited 10,000; withdrawn 100 + 1,000 converted; realized: AAPL 440 - 400.40,
        // options 80 + 100; invested: 6 AAPL at 600.60 + 50 PFE at 1,375.00
        assertThat(lastUsd).startsWith("2024-02-16,USD,17,10000.000000,1100.000000,1.000000,7.000000,2.040000,180.000000,"
                + "1.700000,219.600000,");
        assertThat(lastUsd.split(",")[12]).isEqualTo("1975.600000");
        assertThat(csv.out()).contains("2024-01-12,EUR,1,900.000000,0.000000,");

        Run json = snapfolio.run("snapshots", "--account", account, "--format", "json", "--currency", "EUR");
        assertThat(json.out()).startsWith("[\n  {\"date\": \"2024-01-12\", \"currency\": \"EUR\", \"movementCount\": 1, "
                + "\"deposited\": 900.000000,");

        Run table = snapfolio.run("snapshots", "--account", account, "--from", "2024-02-16", "--wide");
        assertThat(table.outLines().get(0)).startsWith("date        currency  movementCount  deposited  withdrawn");
        assertThat(table.outLines()).anySatisfy(l -> assertThat(l).startsWith("2024-02-16  USD ").contains(" 10000.00 "));

        Run tickers = snapfolio.run("snapshots", "--account", account, "--tickers", "--format", "csv", "--to", "2024-01-03");
        assertThat(tickers.outLines().get(0)).startsWith("date,ticker,currency,shares,costBasis,invested,realized,"
                + "dividends,dividendTaxes,optionsPremium,commissions,fees,totalIncome,capitalDeployed,performance,"
                + "openTrades,marketPrice,marketValue,unrealizedGains");
        assertThat(tickers.outLines()).anySatisfy(l -> assertThat(l).startsWith("2024-01-03,AAPL,USD,10.00000000,"));

        Run asOf = snapfolio.run("snapshot", "--account", account, "--at", "2025-06-30", "--format", "csv");
        assertThat(asOf.exit()).isZero();
        assertThat(asOf.outLines()).anySatisfy(l -> assertThat(l).startsWith("2025-06-30,USD,17,"));
    }

    @Test
    void recomputeWithEachStrategyGivesTheSameRowsAndVerifyFindsNoDifference() {
        addEveryKind();
        String before = snapfolio.run("snapshots", "-a", account, "--format", "csv").out();
        for (String strategy : List.of("PER_DATE", "BATCH", "AUTO")) {
            Run recompute = snapfolio.run("recompute", "-a", account, "--strategy", strategy, "--verbose");
            assertThat(recompute.exit()).as(recompute.err()).isZero();
            // the engine's account of the run is a --verbose detail
            assertThat(recompute.out()).contains("processed ").contains(" queries");
            assertThat(snapfolio.run("snapshots", "-a", account, "--format", "csv").out()).isEqualTo(before);
        }
        Run runs = snapfolio.run("runs", "-a", account, "--limit", "3", "--format", "csv");
        assertThat(runs.outLines()).hasSize(4);
        assertThat(runs.outLines().get(1)).contains(",RECOMPUTE,AUTO,");
        assertThat(runs.outLines().get(2)).contains(",RECOMPUTE,BATCH,BATCH,");
        assertThat(runs.outLines().get(3)).contains(",RECOMPUTE,PER_DATE,PER_DATE,");

        Run verify = snapfolio.run("verify", "--account", account);
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("no differences");
    }

    @Test
    void batchModeOffForcesPerDateUntilSwitchedOn() {
        add("--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "100");
        try {
            assertThat(snapfolio.run("batch-mode", "off").out()).startsWith("batch mode: off");
            assertThat(snapfolio.run("batch-mode", "status").out()).startsWith("batch mode: off");
            // RECOMPUTE is configured BATCH; the switch turns that into per-date
            assertThat(snapfolio.run("recompute", "-a", account).exit()).isZero();
            assertThat(snapfolio.run("runs", "-a", account, "--limit", "1", "--format", "csv").outLines().get(1))
                    .contains(",RECOMPUTE,BATCH,PER_DATE,");
        } finally {
            assertThat(snapfolio.run("batch-mode", "on").out()).startsWith("batch mode: on");
        }
        assertThat(snapfolio.run("recompute", "-a", account).exit()).isZero();
        assertThat(snapfolio.run("runs", "-a", account, "--limit", "1", "--format", "csv").outLines().get(1))
                .contains(",RECOMPUTE,BATCH,BATCH,");
    }

    @Test
    void metricsCountTheRunsOfTheLog() {
        add("--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "100");
        Run before = snapfolio.run("metrics", "--format", "csv");
        assertThat(before.exit()).isZero();
        long attempts = metric(before, "batchAttempts");
        assertThat(snapfolio.run("recompute", "-a", account, "--strategy", "BATCH").exit()).isZero();
        Run after = snapfolio.run("metrics", "--format", "csv");
        assertThat(metric(after, "batchAttempts")).isEqualTo(attempts + 1);
        assertThat(after.out()).contains("averageMs.BATCH,");
    }

    private static long metric(Run run, String name) {
        return run.outLines().stream().filter(l -> l.startsWith(name + ","))
                .map(l -> Long.parseLong(l.substring(name.length() + 1))).findFirst().orElseThrow();
    }

    @Test
    void editAndDeleteBringTheSnapshotsUpToDate() {
        add("--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "100");
        add("--kind", "DEPOSIT", "--date", "2024-03-01", "--amount", "50");
        String id = snapfolio.run("movement", "list", "-a", account, "--format", "csv").outLines().get(1).split(",")[0];

        Run edit = snapfolio.run("movement", "edit", id, "-a", account, "--amount", "70", "--date", "2024-02-01");
        assertThat(edit.exit()).as(edit.err()).isZero();
        assertThat(snapfolio.run("snapshots", "-a", account, "--format", "csv").outLines())
                .containsExactly(FINANCIAL_HEADER,
                        "2024-02-01,USD,1,70.000000,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,"
                                + "70.000000,0.000000,0.000000,0.000000,false,0.000000,0.000000,0",
                        "2024-03-01,USD,2,120.000000,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,"
                                + "120.000000,0.000000,0.000000,0.000000,false,0.000000,0.000000,0");

        assertThat(snapfolio.run("movement", "delete", id, "-a", account).exit()).isZero();
        assertThat(snapfolio.run("snapshots", "-a", account, "--format", "csv").outLines()).hasSize(2)
                .last().asString().startsWith("2024-03-01,USD,1,50.000000,");
    }

    @Test
    void pricesAndSplitsArriveThroughRefresh() {
        add("--kind", "TRADE", "--date", "2024-01-03", "--ticker", "ZZTOP", "--side", "BUY", "--quantity", "10",
                "--price", "100");
        Run price = snapfolio.run("price", "add", "--ticker", "ZZTOP", "--date", "2024-01-03", "--close", "110");
        assertThat(price.exit()).as(price.err()).isZero();
        assertThat(price.out()).contains("marked for 'snapfolio refresh'");
        assertThat(snapfolio.run("refresh").exit()).isZero();
        assertThat(snapfolio.run("snapshots", "-a", account, "--format", "csv").outLines().get(1))
                .contains(",1100.000000,10.000000,0");
    }
}
