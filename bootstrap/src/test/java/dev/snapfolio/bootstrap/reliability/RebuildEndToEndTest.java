package dev.snapfolio.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code rebuild} against per-account {@code recompute} on generated accounts: the same rows
 * (a digest over every snapshot and state row), nothing written the second time, the same
 * statements for 5 accounts as for 30, at most two per account when every row is written, and a
 * rebuild killed (SIGKILL, a real process) mid-way completed by running it again, resuming after
 * the ranges it had completed.
 */
class RebuildEndToEndTest {
    private static final int ACCOUNTS = 30;
    private static Cli cli;
    private static Database db;

    @BeforeAll
    static void generatedAccounts() {
        cli = Cli.onFreshEmbeddedHome("snapfolio-rebuild-");
        Cli.Run sample = cli.run("sample-accounts", "--accounts", Integer.toString(ACCOUNTS), "--years", "1",
                "--no-process");
        assertThat(sample.exit()).as(sample.err()).isZero();
        db = Database.of(cli);
        assertThat(count("SELECT COUNT(*) FROM dirty_mark WHERE dirty_from IS NOT NULL")).isEqualTo(ACCOUNTS);
        assertThat(count("SELECT COUNT(*) FROM financial_snapshot")).isZero();
    }

    @AfterAll
    static void stopServer() {
        if (cli != null) {
            cli.close();
            Cli.deleteTree(cli.home());
        }
    }

    @Test
    void rebuildWritesTheRowsOfPerAccountRecomputesAndNothingTheSecondTime() {
        for (int n = 1; n <= 6; n++) {
            Cli.Run recompute = cli.run("recompute", "--account", "sample-1-" + n);
            assertThat(recompute.exit()).as(recompute.err()).isZero();
        }
        String recomputed = digest(6);
        assertThat(count("SELECT COUNT(*) FROM financial_snapshot WHERE account_id <= 6")).isGreaterThan(600);
        clearSnapshots();

        Summary first = rebuild("--accounts", "1..6");
        assertThat(first.accounts()).isEqualTo(6);
        assertThat(first.rows()).isGreaterThan(1000);
        assertThat(digest(6)).isEqualTo(recomputed);
        assertThat(count("SELECT COUNT(*) FROM dirty_mark WHERE account_id <= 6 AND dirty_from IS NOT NULL")).isZero();

        Summary second = rebuild("--accounts", "1..6");
        assertThat(second.rows()).isZero();
        assertThat(digest(6)).isEqualTo(recomputed);
        // every account a run of its own in the run log, each time
        assertThat(count("SELECT COUNT(*) FROM run_log WHERE strategy_reason = 'rebuild of accounts 1..6'"))
                .isEqualTo(12);
    }

    @Test
    void statementsOfARangeDoNotGrowWithItsNumberOfAccounts() {
        rebuild("--all");
        Summary five = rebuild("--accounts", "1..5", "--range-size", "1000");
        Summary thirty = rebuild("--accounts", "1.." + ACCOUNTS, "--range-size", "1000");
        assertThat(five.rows()).isZero();
        assertThat(thirty.rows()).isZero();
        assertThat(thirty.accounts()).isEqualTo(ACCOUNTS);
        assertThat(thirty.statements()).isEqualTo(five.statements());
        assertThat(thirty.statements()).isLessThanOrEqualTo(15);
        // cut in ranges of 5: the same statements per range
        Summary ranges = rebuild("--accounts", "1.." + ACCOUNTS, "--range-size", "5");
        assertThat(ranges.statements()).isEqualTo(five.statements() * (ACCOUNTS / 5));
    }

    @Test
    void aRebuildKilledMidwayIsCompletedByRunningItAgain() throws Exception {
        rebuild("--all");
        String complete = digest(ACCOUNTS);
        clearSnapshots();
        Process child = cli.start("rebuild", "--all", "--range-size", "2");
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (count("SELECT COUNT(DISTINCT account_id) FROM account_state") < 3 && child.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            Cli.kill(child);
        }
        long rebuiltBeforeKill = count("SELECT COUNT(DISTINCT account_id) FROM account_state");
        assertThat(rebuiltBeforeKill).as("killed before it had rebuilt every account").isLessThan(ACCOUNTS);

        Cli.Run rerun = cli.run("rebuild", "--all", "--format", "json");
        assertThat(rerun.exit()).as(rerun.err()).isZero();
        // it resumes after the last range the killed one completed, without reading those again
        Matcher resumed = Pattern.compile("accounts up to #(\\d+) were rebuilt").matcher(rerun.err());
        assertThat(resumed.find()).as(rerun.err()).isTrue();
        long doneThrough = Long.parseLong(resumed.group(1));
        assertThat(doneThrough).isBetween(2L, rebuiltBeforeKill);
        assertThat(summary(rerun.out()).accounts()).isEqualTo(ACCOUNTS - doneThrough);
        assertThat(digest(ACCOUNTS)).isEqualTo(complete);
        // finished: the next rebuild starts over, and finds nothing to write
        Summary again = rebuild("--all");
        assertThat(again.accounts()).isEqualTo(ACCOUNTS);
        assertThat(again.rows()).isZero();
    }

    @Test
    void aStoppedRebuildStartsOverWhenAskedTo() throws Exception {
        clearSnapshots();
        Process child = cli.start("rebuild", "--accounts", "1..8", "--range-size", "1");
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (count("SELECT COUNT(*) FROM rebuild_job WHERE scope = '1..8' AND done_through IS NOT NULL") == 0
                    && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            Cli.kill(child);
        }
        assertThat(count("SELECT COUNT(*) FROM rebuild_job WHERE scope = '1..8' AND status = 'RUNNING'")).isEqualTo(1);

        Cli.Run restart = cli.run("rebuild", "--accounts", "1..8", "--restart", "--format", "json");

        assertThat(restart.exit()).as(restart.err()).isZero();
        assertThat(restart.err()).doesNotContain("resuming");
        assertThat(summary(restart.out()).accounts()).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM rebuild_job WHERE scope = '1..8' AND status = 'RUNNING'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM rebuild_job WHERE scope = '1..8' AND status = 'SUPERSEDED'")).isEqualTo(1);
    }

    @Test
    void writingEveryRowCostsAtMostTwoStatementsPerAccount() {
        rebuild("--all");
        clearSnapshots();

        Summary all = rebuild("--accounts", "1.." + ACCOUNTS, "--range-size", "1000");

        assertThat(all.accounts()).isEqualTo(ACCOUNTS);
        assertThat(all.rows()).isGreaterThan(ACCOUNTS * 100L);
        assertThat(all.failures()).isZero();
        assertThat(all.statements()).isLessThanOrEqualTo(2L * ACCOUNTS);
    }

    @Test
    void onlyAccountsWhoseStoredRowsDifferAreReadBackAndTheyAreRepaired() {
        rebuild("--all", "--restart");
        String complete = digest(ACCOUNTS);
        int logged = log().length();
        Cli.Run clean = cli.run("rebuild", "--all", "--restart", "--format", "json");
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(readBack(log().substring(logged))).isZero();

        // one wrong thing each: a financial figure, a ticker figure, a state, a stale extra row, a
        // missing row, a market price gone NULL
        execute("UPDATE financial_snapshot SET fees = fees + 0.000001 WHERE account_id = 1"
                + " ORDER BY snapshot_date DESC LIMIT 1");
        execute("UPDATE ticker_snapshot SET shares = shares + 1 WHERE account_id = 2 ORDER BY snapshot_date LIMIT 1");
        execute("UPDATE account_state SET body = REPLACE(body, '\"v\":', '\"v\": ') WHERE account_id = 3"
                + " ORDER BY state_date DESC LIMIT 1");
        execute("INSERT INTO financial_snapshot SELECT account_id, '2001-01-02', currency, movement_count, deposited,"
                + " withdrawn, commissions, fees, dividends_received, options_income, other_income, realized_gains,"
                + " net_cash_flow, invested, unrealized_gains, realized_percentage, open_trades, market_value,"
                + " unrealized_percentage, unpriced_positions FROM financial_snapshot WHERE account_id = 4"
                + " ORDER BY snapshot_date LIMIT 1");
        execute("DELETE FROM ticker_snapshot WHERE account_id = 5 ORDER BY snapshot_date DESC LIMIT 1");
        execute("UPDATE ticker_snapshot SET market_price = NULL WHERE account_id = 6 AND market_price IS NOT NULL"
                + " ORDER BY snapshot_date DESC LIMIT 1");
        assertThat(digest(ACCOUNTS)).isNotEqualTo(complete);

        logged = log().length();
        Cli.Run repair = cli.run("rebuild", "--all", "--restart", "--format", "json");

        assertThat(repair.exit()).as(repair.err()).isZero();
        assertThat(readBack(log().substring(logged))).isEqualTo(6);
        assertThat(summary(repair.out()).rows()).isBetween(6L, 20L);
        assertThat(digest(ACCOUNTS)).isEqualTo(complete);
    }

    /** The log file of the home (what --verbose shows on the console). */
    private static String log() {
        try {
            return Files.readString(cli.home().resolve("logs").resolve("snapfolio.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The accounts a rebuild read back (its fingerprint differed), summed over its ranges' log lines. */
    private static long readBack(String stderr) {
        Matcher m = Pattern.compile("\\((\\d+) read back: fingerprint differs\\)").matcher(stderr);
        long sum = 0;
        boolean any = false;
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
            any = true;
        }
        assertThat(any).as(stderr).isTrue();
        return sum;
    }

    private static void execute(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(sql)).as(sql).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badRangesAndATakenSeedAreRefusedInOneLine() {
        for (String[] line : new String[][] {{"rebuild", "--accounts", "9..2"}, {"rebuild", "--accounts", "x"},
            {"rebuild", "--all", "--range-size", "0"}, {"rebuild"}, {"sample-accounts", "--accounts", "0"},
            {"sample-accounts", "--accounts", "1", "--years", "1"}}) {
            Cli.Run run = cli.run(line);
            assertThat(run.exit()).as(String.join(" ", line) + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().strip().lines().filter(l -> l.startsWith("error")).count())
                    .as(run.err()).isEqualTo(1);
        }
        assertThat(cli.run("sample-accounts", "--accounts", "1", "--years", "1").err())
                .contains("'sample-1-1' is already used");
    }

    @Test
    void anEmptyRangeListsNothingInEveryFormat() {
        Cli.Run json = cli.run("rebuild", "--accounts", "1000..2000", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"accounts\": 0, \"rows_written\": 0");
        Cli.Run csv = cli.run("rebuild", "--accounts", "1000..2000", "--format", "csv");
        assertThat(csv.out().lines().findFirst()).hasValue("accounts,rows_written,failures,statements,elapsed_ms");
    }

    private record Summary(long accounts, long rows, long failures, long statements) {
    }

    private static final Pattern JSON = Pattern.compile("\"accounts\": (\\d+), \"rows_written\": (\\d+), "
            + "\"failures\": (\\d+), \"statements\": (\\d+)");

    private static Summary rebuild(String... args) {
        String[] line = new String[args.length + 3];
        line[0] = "rebuild";
        System.arraycopy(args, 0, line, 1, args.length);
        line[args.length + 1] = "--format";
        line[args.length + 2] = "json";
        Cli.Run run = cli.run(line);
        assertThat(run.exit()).as(run.err()).isZero();
        return summary(run.out());
    }

    private static Summary summary(String json) {
        Matcher m = JSON.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return new Summary(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)));
    }

    private static void clearSnapshots() {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM ticker_snapshot");
            s.executeUpdate("DELETE FROM financial_snapshot");
            s.executeUpdate("DELETE FROM account_state");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 over every financial, ticker and state row of accounts 1..{@code lastAccount}, in key order. */
    static String digest(long lastAccount) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String sql : new String[] {
                "SELECT * FROM financial_snapshot WHERE account_id <= " + lastAccount
                        + " ORDER BY account_id, snapshot_date, currency",
                "SELECT * FROM ticker_snapshot WHERE account_id <= " + lastAccount
                        + " ORDER BY account_id, snapshot_date, ticker, currency",
                "SELECT * FROM account_state WHERE account_id <= " + lastAccount + " ORDER BY account_id, state_date"}) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        sha.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
