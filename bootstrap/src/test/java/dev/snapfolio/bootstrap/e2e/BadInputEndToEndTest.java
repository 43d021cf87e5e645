package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input through Main: one clear line on stderr, exit 2 (usage, input) or 1 (failure), nothing written. */
class BadInputEndToEndTest {
    private final SnapfolioRunner snapfolio = new SnapfolioRunner();

    private static void assertOneLine(Run run, int exit, String startOfLine) {
        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith(startOfLine);
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void usageErrorsNeedNoDatabase(@TempDir Path home) {
        // a fresh home and a database that cannot be reached: parsing fails before either is touched
        SnapfolioRunner isolated = new SnapfolioRunner(Map.of("SNAPFOLIO_HOME", home.toString(),
                "SNAPFOLIO_DB_URL", "jdbc:mariadb://127.0.0.1:1/nowhere"));
        assertOneLine(isolated.run("frobnicate"), 2, "error: Unknown command: 'frobnicate'");
        assertOneLine(isolated.run("account", "list", "--colour"), 2, "error: Unknown option: '--colour'");
        assertOneLine(isolated.run("snapshots"), 2, "error: Missing required option: '--account=NAME|ID'");
        assertOneLine(isolated.run("snapshots", "-a", "x", "--from", "2024-02-30"), 2,
                "error: Invalid value for option '--from': '2024-02-30' is not a date");
        assertOneLine(isolated.run("price", "add", "--ticker", "X", "--date", "2024-01-02", "--close", "ten"), 2,
                "error: Invalid value for option '--close': 'ten' is not a number");
        assertOneLine(isolated.run("--today", "someday", "metrics"), 2,
                "error: Invalid value for option '--today': 'someday' is not a date");
        assertOneLine(isolated.run("--config", home.resolve("missing.properties").toString(), "metrics"), 2,
                "error: --config: cannot read");
        assertThat(home.resolve("db")).doesNotExist();
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndExitOne(@TempDir Path home) {
        SnapfolioRunner unreachable = new SnapfolioRunner(Map.of("SNAPFOLIO_HOME", home.toString(),
                "SNAPFOLIO_DB_URL", "jdbc:mariadb://127.0.0.1:1/nowhere", "SNAPFOLIO_DB_PASSWORD", "s3cret"));
        Run run = unreachable.run("account", "list");
        assertOneLine(run, 1, "error: ");
        assertThat(run.err()).doesNotContain("s3cret");
    }

    @Test
    void anUnknownAccountIsBadInput() {
        assertOneLine(snapfolio.run("snapshots", "--account", SnapfolioRunner.uniqueName("nobody")), 2, "error: ");
        assertOneLine(snapfolio.run("movement", "add", "-a", "999999999", "--kind", "DEPOSIT", "--date", "2024-01-02",
                "--amount", "1"), 2, "error: ");
    }

    @Test
    void aRejectedMovementWritesNothing() {
        String account = SnapfolioRunner.uniqueName("bad");
        assertThat(snapfolio.run("account", "create", "--name", account).exit()).isZero();
        assertThat(snapfolio.run("movement", "add", "-a", account, "--kind", "DEPOSIT", "--date", "2024-01-02",
                "--amount", "100").exit()).isZero();
        String movementsBefore = snapfolio.run("movement", "list", "-a", account, "--format", "csv").out();
        String snapshotsBefore = snapfolio.run("snapshots", "-a", account, "--format", "csv").out();

        // shares of a ticker the account never held cannot be moved out
        assertOneLine(snapfolio.run("movement", "add", "-a", account, "--kind", "SECURITY_OUT", "--date", "2024-01-03",
                "--ticker", "NOSUCH", "--quantity", "5"), 2, "error: ");
        // a flag that does not apply, a negative amount, a date past tomorrow
        assertOneLine(snapfolio.run("movement", "add", "-a", account, "--kind", "FEE", "--date", "2024-01-03",
                "--amount", "1", "--ticker", "X"), 2, "error: --ticker does not apply to a FEE");
        assertOneLine(snapfolio.run("movement", "add", "-a", account, "--kind", "DEPOSIT", "--date", "2024-01-03",
                "--amount", "-1"), 2, "error: amount must be > 0");
        assertOneLine(snapfolio.run("movement", "add", "-a", account, "--kind", "DEPOSIT", "--date", "2026-03-01",
                "--amount", "1"), 2, "error: ");

        assertThat(snapfolio.run("movement", "list", "-a", account, "--format", "csv").out()).isEqualTo(movementsBefore);
        assertThat(snapfolio.run("snapshots", "-a", account, "--format", "csv").out()).isEqualTo(snapshotsBefore);
    }

    @Test
    void aDuplicateAccountNameIsBadInput() {
        String account = SnapfolioRunner.uniqueName("dup");
        assertThat(snapfolio.run("account", "create", "--name", account).exit()).isZero();
        assertOneLine(snapfolio.run("account", "create", "--name", account), 2, "error: name ");
    }

    @Test
    void theLogGoesToAFileUnderSnapfoliosHome() {
        Run run = snapfolio.run("account", "list");
        assertThat(run.exit()).isZero();
        assertThat(SnapfolioRunner.home().resolve("logs/snapfolio.log")).isRegularFile();
    }
}
