package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 through {@code snapfolio}: input that once broke an account for good, raw SQL errors,
 * devices read to the end, escapes printed raw and secrets echoed. Each refusal is exit 2 (or 1
 * for a database that cannot be used), one line on stderr naming the problem, no stack trace, no
 * SQL, and nothing written.
 */
class InputSafetyEndToEndTest {
    private static final String SECRET = "Zq9-Distinct-S3cret";

    private final SnapfolioRunner snapfolio = new SnapfolioRunner();
    private String account;
    private String movementsBefore;
    private String snapshotsBefore;

    @BeforeEach
    void anAccountWithADeposit() {
        account = SnapfolioRunner.uniqueName("safety");
        assertThat(snapfolio.run("account", "create", "--name", account).exit()).isZero();
        assertThat(snapfolio.run("movement", "add", "-a", account, "--kind", "DEPOSIT", "--date", "2024-01-02",
                "--amount", "100").exit()).isZero();
        movementsBefore = movements();
        snapshotsBefore = snapfolio.run("snapshots", "-a", account, "--format", "csv").out();
    }

    private String movements() {
        return snapfolio.run("movement", "list", "-a", account, "--format", "csv").out();
    }

    private static void assertOneLine(Run run, int exit, String... mentions) {
        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(run.err().lines().toList()).as(run.err()).singleElement().asString().startsWith("error: ")
                .contains(mentions);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("SQL").doesNotContain("###")
                .doesNotContain("Out of range");
        assertThat(run.out()).isEmpty();
    }

    private void assertNothingWritten() {
        assertThat(movements()).isEqualTo(movementsBefore);
        assertThat(snapfolio.run("snapshots", "-a", account, "--format", "csv").out()).isEqualTo(snapshotsBefore);
    }

    private Run add(String... fields) {
        return snapfolio.run(List.of("movement", "add", "-a", account), fields);
    }

    @Test
    void amountsThatRoundToZeroAreRefusedInsteadOfBreakingTheAccount() {
        assertOneLine(add("--kind", "DEPOSIT", "--date", "2024-01-03", "--amount", "0.0000000001"), 2,
                "amount must be > 0 at 6 decimals");
        assertOneLine(add("--kind", "DEPOSIT", "--date", "2024-01-03", "--amount", "1e-400"), 2, "amount");
        assertOneLine(add("--kind", "FEE", "--date", "2024-01-03", "--amount", "0.0000001"), 2, "amount must not be 0");
        assertOneLine(add("--kind", "CONVERSION", "--date", "2024-01-03", "--amount", "1", "--target-currency", "EUR",
                "--amount-in", "0.0000001"), 2, "amountIn must be > 0");
        assertNothingWritten();
        // and the account still takes a sound movement
        assertThat(add("--kind", "DEPOSIT", "--date", "2024-01-03", "--amount", "1").exit()).isZero();
    }

    @Test
    void valuesBeyondWhatTheDatabaseStoresAreRefused() {
        // fits DECIMAL(24,6) alone, not once added to the deposit already there
        assertOneLine(add("--kind", "DEPOSIT", "--date", "2024-01-03", "--amount", "999999999999999999"), 2,
                "deposited", "2024-01-03");
        assertOneLine(add("--kind", "TRADE", "--date", "2024-01-03", "--ticker", "BIG", "--side", "BUY", "--quantity",
                "9999999999999999", "--price", "9999999999"), 2, "price × quantity");
        assertOneLine(add("--kind", "DEPOSIT", "--date", "2024-01-03", "--amount", "1e308"), 2, "amount must be less");
        assertOneLine(add("--kind", "OPTION_TRADE", "--date", "2024-01-03", "--underlying", "BIG", "--type", "PUT",
                "--strike", "1e20", "--expiration", "2024-02-16", "--action", "SELL_TO_OPEN", "--contracts", "1",
                "--premium", "1"), 2, "strike must be less");
        assertOneLine(snapfolio.run("price", "add", "--ticker", "BIG", "--date", "2024-01-03", "--close", "1e19"), 2,
                "close must be less");
        assertOneLine(snapfolio.run("split", "add", "--ticker", "BIG", "--date", "2024-01-03", "--ratio", "1e20"), 2,
                "ratio is too large");
        assertNothingWritten();
    }

    @Test
    void datesTheDatabaseCannotHoldAreRefused() {
        assertOneLine(add("--kind", "DEPOSIT", "--date", "0000-01-01", "--amount", "1"), 2, "'0000-01-01'");
        assertOneLine(add("--kind", "DEPOSIT", "--date", "-2024-01-01", "--amount", "1"), 2, "'-2024-01-01'");
        assertNothingWritten();
    }

    @Test
    void overlongTextsAndControlCharactersAreRefused() {
        String tenThousand = "x".repeat(10_000);
        assertOneLine(add("--kind", "DEPOSIT", "--date", "2024-01-03", "--amount", "1", "--notes", tenThousand), 2,
                "notes must be at most 2000 characters");
        assertOneLine(add("--kind", "DEPOSIT", "--date", "2024-01-03", "--amount", "1", "--notes", "wipe\u001b[2J"), 2,
                "notes must not contain control characters");
        assertOneLine(snapfolio.run("account", "create", "--name", SnapfolioRunner.uniqueName("b"), "--broker",
                tenThousand), 2, "broker must be at most 100 characters");
        assertOneLine(snapfolio.run("account", "create", "--name", "two\nlines"), 2, "name must not contain control");
        assertOneLine(add("--kind", "DIVIDEND", "--date", "2024-01-03", "--amount", "1", "--ticker", "A\u001b[31m"), 2,
                "ticker must not contain control");
        assertNothingWritten();
        assertThat(snapfolio.run("account", "list", "--format", "csv").out()).doesNotContain("two");
    }

    @Test
    void anImportRowThatRoundsToZeroFailsTheWholeImport(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("tiny.csv"), """
                date,time,kind,currency,amount,ticker,side,quantity,price,commissions,fees,underlying,callPut,strike,expiration,multiplier,action,event,contracts,premium,newStrike,costPerShare,targetCurrency,amountIn,notes
                2024-01-04,09:00,DEPOSIT,USD,5,,,,,,,,,,,,,,,,,,,,
                2024-01-05,09:00,DEPOSIT,USD,0.0000001,,,,,,,,,,,,,,,,,,,,
                """);

        Run run = snapfolio.run("import", file.toString(), "-a", account, "--source", "generic");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("tiny.csv:3: ")
                .contains("amount");
        assertNothingWritten();
    }

    @Test
    void devicesDirectoriesAndEmptyPathsAreRefusedInOneLine(@TempDir Path dir) throws IOException {
        assertOneLine(snapfolio.run("import", "/dev/zero", "-a", account, "--source", "generic"), 2,
                "'/dev/zero': not a regular file");
        assertOneLine(snapfolio.run("import", dir.toString(), "-a", account, "--source", "generic"), 2,
                "not a regular file");
        assertOneLine(snapfolio.run("--config", "/dev/zero", "account", "list"), 2, "'/dev/zero' is not a regular file");
        assertOneLine(snapfolio.run("price", "import", "/dev/zero"), 2, "'/dev/zero': not a regular file");
        assertOneLine(snapfolio.run("--db-dir", "", "account", "list"), 2, "--db-dir");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        SnapfolioRunner onAFile = new SnapfolioRunner(Map.of("SNAPFOLIO_DB_URL", ""));
        assertOneLine(onAFile.run("--db-dir", file.toString(), "account", "list"), 1,
                file.toString(), "a file of that name is in the way");
        assertNothingWritten();
    }

    @Test
    void aMovementStoredByAnOlderVersionCanStillBeListedEditedAndDeleted() throws Exception {
        long id;
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("INSERT INTO movement "
                + "(account_id, kind, occurred_at, business_date, currency, amount, commissions, fees, notes) "
                + "SELECT id, 'DEPOSIT', '2024-01-05 00:00:00', '2024-01-05', 'USD', 0, 0, 0, ? FROM account "
                + "WHERE name = ?", PreparedStatement.RETURN_GENERATED_KEYS)) {
            // what the old code wrote for --amount 0.0000000001, with an escape in its notes
            insert.setString(1, "old\u001b[2Jnote");
            insert.setString(2, account);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }

        Run list = snapfolio.run("movement", "list", "-a", account);
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("old^[[2Jnote").doesNotContain("\u001b");
        Run json = snapfolio.run("movement", "list", "-a", account, "--format", "json");
        assertThat(json.out()).contains("old\\u001b[2Jnote").doesNotContain("\u001b");
        Run edit = snapfolio.run("movement", "edit", Long.toString(id), "-a", account, "--amount", "5", "--notes", "fixed");
        assertThat(edit.exit()).as(edit.err()).isZero();
        Run delete = snapfolio.run("movement", "delete", Long.toString(id), "-a", account);
        assertThat(delete.exit()).as(delete.err()).isZero();
        assertThat(snapfolio.run("verify", "-a", account).exit()).isZero();
        assertNothingWritten();
    }

    @Test
    void theDatabasePasswordNeverAppearsNotEvenWithVerbose(@TempDir Path home) {
        // a password written into the URL, on a port nothing listens on
        SnapfolioRunner inUrl = new SnapfolioRunner(Map.of("SNAPFOLIO_HOME", home.toString(),
                "SNAPFOLIO_DB_URL", "jdbc:mariadb://root:" + SECRET + "!@127.0.0.1:1/nowhere"));
        assertOneLine(inUrl.run("account", "list"), 1, "the database could not be reached");
        Run verbose = inUrl.run("--verbose", "account", "list");
        assertThat(verbose.out() + verbose.err()).doesNotContain(SECRET);

        // a refused login on a server that runs
        SnapfolioRunner refused = new SnapfolioRunner(Map.of("SNAPFOLIO_HOME", home.toString(),
                "SNAPFOLIO_DB_URL", serverUrl(), "SNAPFOLIO_DB_USER", "root", "SNAPFOLIO_DB_PASSWORD", SECRET));
        assertOneLine(refused.run("account", "list"), 1, "refused user 'root'");
        Run refusedVerbose = refused.run("--verbose", "account", "list");
        assertThat(refusedVerbose.exit()).isEqualTo(1);
        assertThat(refusedVerbose.out() + refusedVerbose.err()).doesNotContain(SECRET);
    }

    // ---- the database the runner uses, reached directly ------------------------------------------

    /** The URL of the runner's server (external or embedded) without a database. */
    private static String serverUrl() {
        if (SnapfolioRunner.externalDatabase()) {
            String url = System.getenv("SNAPFOLIO_DB_URL");
            int slash = url.indexOf('/', url.indexOf("//") + 2);
            return slash < 0 ? url + "/" : url.substring(0, slash + 1);
        }
        return "jdbc:mariadb://127.0.0.1:" + embedded("server.properties").getProperty("port") + "/";
    }

    private static Connection connect() throws SQLException {
        if (SnapfolioRunner.externalDatabase()) {
            return DriverManager.getConnection(System.getenv("SNAPFOLIO_DB_URL"),
                    System.getenv().getOrDefault("SNAPFOLIO_DB_USER", "root"),
                    System.getenv().getOrDefault("SNAPFOLIO_DB_PASSWORD", ""));
        }
        Properties credentials = embedded("credentials.properties");
        return DriverManager.getConnection(serverUrl() + "snapfolio", credentials.getProperty("user"),
                credentials.getProperty("password"));
    }

    private static Properties embedded(String file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(SnapfolioRunner.home().resolve("db").resolve(file),
                StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
