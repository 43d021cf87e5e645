package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shared market data through Main (issue 14): prices and splits can be seen, corrected and undone;
 * a split change that would break an account is refused before anything is written; the demo
 * touches nothing it did not create; mistakes that are accepted are warned about once.
 */
class ReferenceDataEndToEndTest {
    private final SnapfolioRunner snapfolio = new SnapfolioRunner();
    private String account;
    /** A ticker no other test uses: prices and splits are shared by every account of the database. */
    private String ticker;

    @BeforeEach
    void createAccount() {
        account = SnapfolioRunner.uniqueName("ref");
        ticker = SnapfolioRunner.uniqueName("T").toUpperCase(Locale.ROOT).replace("-", "");
        ok(snapfolio.run("account", "create", "--name", account));
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    private Run add(String... args) {
        return ok(snapfolio.run(List.of("movement", "add", "--account", account), args));
    }

    private static void assertOneLine(Run run, int exit, String... parts) {
        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("error: ").contains(parts);
        assertThat(run.out()).isEmpty();
    }

    private String snapshotsCsv() {
        return ok(snapfolio.run("snapshots", "-a", account, "--format", "csv")).out()
                + ok(snapfolio.run("snapshots", "-a", account, "--tickers", "--format", "csv")).out();
    }

    @Test
    void pricesAreListedInEveryFormatDeletedByDateOrRangeAndRefreshBringsTheHoldersUpToDate() {
        add("--kind", "TRADE", "--date", "2024-01-03", "--ticker", ticker, "--side", "BUY", "--quantity", "10",
                "--price", "100");
        ok(snapfolio.run("price", "add", "--ticker", ticker, "--date", "2024-01-02", "--close", "105"));
        ok(snapfolio.run("price", "add", "--ticker", ticker, "--date", "2024-01-03", "--close", "110"));
        ok(snapfolio.run("price", "add", "--ticker", ticker, "--currency", "EUR", "--date", "2024-01-03", "--close", "99"));

        assertThat(ok(snapfolio.run("price", "list", "--ticker", ticker, "--format", "csv")).outLines()).containsExactly(
                "ticker,currency,date,close", ticker + ",EUR,2024-01-03,99.000000", ticker + ",USD,2024-01-02,105.000000",
                ticker + ",USD,2024-01-03,110.000000");
        assertThat(ok(snapfolio.run("price", "list", "--ticker", ticker, "--from", "2024-01-03", "--format", "json")).out())
                .contains("\"close\"").contains("99.000000").contains("110.000000").doesNotContain("105.000000");
        assertThat(ok(snapfolio.run("price", "list", "--ticker", ticker)).out()).contains("110").contains("2024-01-02");
        assertThat(ok(snapfolio.run("price", "list", "--ticker", ticker + "X", "--format", "json")).out().strip())
                .isEqualTo("[]");
        ok(snapfolio.run("refresh"));
        assertThat(snapshotsCsv()).contains(",1100.000000,");

        Run deleted = ok(snapfolio.run("price", "delete", "--ticker", ticker, "--date", "2024-01-03"));
        assertThat(deleted.out()).contains("deleted 2 prices; 1 account is marked for 'snapfolio refresh'");
        Run stale = ok(snapfolio.run("snapshots", "-a", account));
        assertThat(stale.err()).contains("warning: account '" + account + "' has changes waiting since 2024-01-03");
        ok(snapfolio.run("refresh"));
        Run fresh = ok(snapfolio.run("snapshots", "-a", account, "--format", "csv"));
        assertThat(fresh.err()).as("no pending refresh any more").isEmpty();
        assertThat(fresh.out()).as("valued at the close before").contains(",1050.000000,").doesNotContain(",1100.000000,");

        assertThat(ok(snapfolio.run("price", "delete", "--ticker", ticker, "--from", "2024-01-01", "--to", "2024-12-31"))
                .out()).startsWith("deleted 1 price;");
        assertThat(ok(snapfolio.run("price", "list", "--ticker", ticker, "--format", "json")).out().strip()).isEqualTo("[]");
    }

    @Test
    void deletingAPriceOrSplitThatDoesNotExistIsOneLineExitTwoAndWritesNothing() {
        add("--kind", "TRADE", "--date", "2024-01-03", "--ticker", ticker, "--side", "BUY", "--quantity", "10",
                "--price", "100");
        ok(snapfolio.run("price", "add", "--ticker", ticker, "--date", "2024-01-03", "--close", "110"));
        ok(snapfolio.run("refresh"));
        String before = snapshotsCsv();

        assertOneLine(snapfolio.run("price", "delete", "--ticker", ticker, "--date", "2024-01-05"), 2,
                "no price of " + ticker + " on 2024-01-05");
        assertOneLine(snapfolio.run("split", "delete", "--ticker", ticker, "--date", "2024-01-05"), 2,
                "no split of " + ticker + " on 2024-01-05");
        assertOneLine(snapfolio.run("price", "delete", "--ticker", ticker), 2, "--date");

        assertThat(ok(snapfolio.run("price", "list", "--ticker", ticker, "--format", "csv")).outLines()).hasSize(2);
        Run after = ok(snapfolio.run("snapshots", "-a", account, "--format", "csv"));
        assertThat(after.err()).as("nothing marked for refresh").isEmpty();
        assertThat(snapshotsCsv()).isEqualTo(before);
    }

    @Test
    void aSplitThatWouldBreakAnAccountIsRefusedNamingItUnlessAllowedAndDeletingItMakesTheAccountValidAgain() {
        add("--kind", "SECURITY_IN", "--date", "2024-01-02", "--ticker", ticker, "--quantity", "10",
                "--cost-per-share", "20");
        add("--kind", "SECURITY_OUT", "--date", "2024-03-01", "--ticker", ticker, "--quantity", "10");
        String before = snapshotsCsv();

        Run refused = snapfolio.run("split", "add", "--ticker", ticker, "--date", "2024-02-01", "--ratio", "0.5");
        assertOneLine(refused, 2, "cannot record split " + ticker + " on 2024-02-01", "'" + account + "'",
                "SECURITY_OUT", "2024-03-01", "nothing was written", "--allow-invalid");
        assertOneLine(snapfolio.run("split", "delete", "--ticker", ticker, "--date", "2024-02-01"), 2, "no split");
        assertThat(ok(snapfolio.run("snapshots", "-a", account)).err()).as("not marked").isEmpty();

        Run forced = ok(snapfolio.run("split", "add", "--ticker", ticker, "--date", "2024-02-01", "--ratio", "0.5",
                "--allow-invalid"));
        try {
            assertThat(forced.err()).contains("warning: account '" + account + "'", "is now invalid", "SECURITY_OUT",
                    "leaves all its snapshots as they were");
            Run refresh = snapfolio.run("refresh");
            assertThat(refresh.exit()).as(refresh.out() + refresh.err()).isEqualTo(1);
            assertThat(refresh.err()).contains("SECURITY_OUT", "2024-03-01");
            // every row as it was, those before the break included: the failed run wrote nothing
            assertThat(snapshotsCsv()).isEqualTo(before);
        } finally {
            // Undo: deleting the split leaves the history valid (other tests share this database's refresh).
            Run undone = ok(snapfolio.run("split", "delete", "--ticker", ticker, "--date", "2024-02-01"));
            assertThat(undone.out()).contains("deleted 1 split; 1 account is marked for 'snapfolio refresh'");
        }
        ok(snapfolio.run("refresh"));
        assertThat(snapshotsCsv()).isEqualTo(before);
    }

    @Test
    void aValidSplitIsAppliedByRefreshAndDeletingItRestoresTheRowsExactly() {
        add("--kind", "TRADE", "--date", "2024-01-03", "--ticker", ticker, "--side", "BUY", "--quantity", "10",
                "--price", "100");
        add("--kind", "TRADE", "--date", "2024-03-01", "--ticker", ticker, "--side", "SELL", "--quantity", "5",
                "--price", "60");
        String before = snapshotsCsv();

        Run split = ok(snapfolio.run("split", "add", "--ticker", ticker, "--date", "2024-02-01", "--ratio", "2"));
        assertThat(split.out()).contains("saved 1 split; 1 account is marked for 'snapfolio refresh'");
        ok(snapfolio.run("refresh"));
        String split2 = snapshotsCsv();
        assertThat(split2).isNotEqualTo(before).contains("2024-02-01");

        ok(snapfolio.run("split", "delete", "--ticker", ticker, "--date", "2024-02-01"));
        ok(snapfolio.run("refresh"));
        assertThat(snapshotsCsv()).isEqualTo(before);
    }

    @Test
    void acceptedMistakesAreWarnedAboutOnceOnStderr() {
        add("--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "1000");
        Run shortSale = add("--kind", "TRADE", "--date", "2024-01-03", "--ticker", ticker, "--side", "SELL",
                "--quantity", "5", "--price", "10");
        assertThat(shortSale.err()).contains("warning: the new movement: movement TRADE " + ticker,
                "sells 5 shares but 0 are held; opens a short of 5");
        assertThat(shortSale.err().lines().filter(l -> l.contains("opens a short"))).hasSize(1);

        Run unknownCurrency = add("--kind", "DEPOSIT", "--date", "2024-01-04", "--amount", "10", "--currency", "XQZ");
        assertThat(unknownCurrency.err().lines().filter(l -> l.contains("XQZ is not an ISO 4217 code"))).hasSize(1);

        Run unpriced = add("--kind", "TRADE", "--date", "2024-01-05", "--ticker", ticker, "--side", "BUY",
                "--quantity", "8", "--price", "10");
        assertThat(unpriced.err()).contains("no price has been recorded for " + ticker).doesNotContain("opens a short");
        ok(snapfolio.run("price", "add", "--ticker", ticker, "--date", "2024-01-05", "--close", "10"));
        Run priced = add("--kind", "TRADE", "--date", "2024-01-08", "--ticker", ticker, "--side", "BUY",
                "--quantity", "1", "--price", "10");
        assertThat(priced.err()).doesNotContain("warning");
    }

    @Test
    void symbolsReservedForTheDemoAreRefusedForRealData() {
        assertOneLine(snapfolio.run("price", "add", "--ticker", "DEMO:AAPL", "--date", "2024-01-03", "--close", "1"), 2,
                "reserved for the demo");
        assertOneLine(snapfolio.run("split", "add", "--ticker", "demo7:aapl", "--date", "2024-01-03", "--ratio", "2"), 2,
                "reserved for the demo");
        assertOneLine(snapfolio.run("movement", "add", "-a", account, "--kind", "TRADE", "--date", "2024-01-03",
                "--ticker", "DEMO:MSFT", "--side", "BUY", "--quantity", "1", "--price", "1"), 2, "reserved for the demo");
    }

    /**
     * A real account trading AAPL (prices and a split of its own), then a demo that succeeds, then
     * one that fails half-way (a trigger refuses its movements after its account, prices and splits
     * were written): the real account's movements, prices, splits and snapshots stay byte-identical,
     * and the failed demo leaves nothing behind.
     */
    @Test
    void theDemoTouchesNothingItDidNotCreateWhetherItSucceedsOrFails() {
        add("--kind", "DEPOSIT", "--date", "2023-03-01", "--amount", "100000");
        add("--kind", "TRADE", "--date", "2023-03-02", "--ticker", "AAPL", "--side", "BUY", "--quantity", "10",
                "--price", "150");
        add("--kind", "TRADE", "--date", "2023-09-01", "--ticker", "AAPL", "--side", "SELL", "--quantity", "15",
                "--price", "90");
        ok(snapfolio.run("price", "add", "--ticker", "AAPL", "--date", "2023-03-02", "--close", "151"));
        ok(snapfolio.run("price", "add", "--ticker", "AAPL", "--date", "2023-08-31", "--close", "88"));
        ok(snapfolio.run("split", "add", "--ticker", "AAPL", "--date", "2023-06-01", "--ratio", "2"));
        ok(snapfolio.run("refresh"));
        long accountId = Long.parseLong(ok(snapfolio.run("account", "list", "--format", "csv")).outLines().stream()
                .filter(l -> l.contains("," + account + ",")).findFirst().orElseThrow().split(",")[0]);
        String before = dump(accountId);
        assertThat(before).contains("151.000000", "2023-06-01");

        Run demo = ok(snapfolio.run("demo", "--years", "1", "--last", "1"));
        assertThat(demo.out()).contains("demo account '").contains("DEMO");
        assertThat(dump(accountId)).isEqualTo(before);

        int accounts = ok(snapfolio.run("account", "list", "--format", "csv")).outLines().size();
        long demoPrices = count("SELECT COUNT(*) FROM price WHERE ticker LIKE 'DEMO%'");
        long demoMovements = count("SELECT COUNT(*) FROM movement WHERE ticker LIKE 'DEMO%'");
        execute("CREATE TRIGGER e2e_refuse_demo BEFORE INSERT ON movement FOR EACH ROW "
                + "IF NEW.ticker LIKE 'DEMO%' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'; END IF");
        Run failed;
        try {
            failed = snapfolio.run("demo", "--years", "2", "--name", "other-demo");
        } finally {
            execute("DROP TRIGGER e2e_refuse_demo");
        }
        assertThat(failed.exit()).as(failed.err()).isEqualTo(1);
        assertThat(failed.err()).contains("injected failure");
        assertThat(dump(accountId)).isEqualTo(before);
        assertThat(ok(snapfolio.run("account", "list", "--format", "csv")).outLines()).as("no empty account left")
                .hasSize(accounts);
        assertThat(count("SELECT COUNT(*) FROM price WHERE ticker LIKE 'DEMO%'")).as("no prices left").isEqualTo(demoPrices);
        assertThat(count("SELECT COUNT(*) FROM movement WHERE ticker LIKE 'DEMO%'")).isEqualTo(demoMovements);

        // A second demo with other options works, on tickers of its own.
        Run second = ok(snapfolio.run("demo", "--years", "2", "--last", "0"));
        assertThat(second.out()).containsPattern("DEMO[0-9]+:AAPL");
        assertThat(dump(accountId)).isEqualTo(before);
        assertThat(ok(snapfolio.run("refresh")).exit()).isZero();
    }

    /** The real account's rows and AAPL's market data, every column as the database gives it. */
    private String dump(long accountId) {
        StringBuilder out = new StringBuilder();
        for (String table : List.of("movement", "financial_snapshot", "ticker_snapshot", "account_state")) {
            out.append(query("SELECT * FROM " + table + " WHERE account_id = ? ORDER BY 1, 2, 3", accountId));
        }
        out.append(query("SELECT * FROM price WHERE ticker = 'AAPL' ORDER BY currency, price_date", null));
        out.append(query("SELECT * FROM split WHERE ticker = 'AAPL' ORDER BY split_date", null));
        return out.toString();
    }

    private String query(String sql, Long accountId) {
        AtomicReference<String> result = new AtomicReference<>();
        onDatabase(dataSource -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                if (accountId != null) {
                    s.setLong(1, accountId);
                }
                StringBuilder rows = new StringBuilder(sql).append('\n');
                try (ResultSet rs = s.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            cells.add(rs.getString(i));
                        }
                        rows.append(String.join("|", cells)).append('\n');
                    }
                }
                result.set(rows.toString());
            }
        });
        return result.get();
    }

    private long count(String sql) {
        return Long.parseLong(query(sql, null).lines().skip(1).findFirst().orElseThrow());
    }

    private void execute(String sql) {
        onDatabase(dataSource -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        });
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(DataSource dataSource) throws SQLException;
    }

    private void onDatabase(SqlWork work) {
        SnapfolioRunner.Run run = snapfolio.withInjector(injector -> {
            try {
                work.run(injector.getInstance(DataSource.class));
                return 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(run.exit()).as("database access: %s", run.err()).isZero();
    }
}
