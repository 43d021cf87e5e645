package dev.snapfolio.adapter.in.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.adapter.in.cli.command.CliHarness.Result;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BadInputTest {
    private CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness();
        cli.run("account", "create", "--name", "main");
    }

    private static void assertOneLine(Result result, int exit, String line) {
        assertThat(result.exit()).isEqualTo(exit);
        assertThat(result.err()).isEqualTo(line + "\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anUnknownCommandIsNamed() {
        Result result = cli.run("snapshotz");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: Unknown command: 'snapshotz' (did you mean snapshot or snapshots")
                .endsWith("(see 'snapfolio --help')\n");
    }

    @Test
    void anUnknownOptionIsNamedWithTheCommandsHelp() {
        assertOneLine(cli.run("account", "list", "--colour"), 2,
                "error: Unknown option: '--colour' (see 'snapfolio account list --help')");
    }

    @Test
    void aMissingRequiredOptionIsNamed() {
        assertOneLine(cli.run("snapshots"), 2,
                "error: Missing required option: '--account=NAME|ID' (see 'snapfolio snapshots --help')");
    }

    @Test
    void aMissingSubcommandIsBadUsage() {
        Result result = cli.run("account");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: Missing required subcommand");
        assertThat(cli.run().exit()).isEqualTo(2);
    }

    @Test
    void aMalformedDateIsExplained() {
        assertOneLine(cli.run("snapshots", "-a", "main", "--from", "2024-13-01"), 2,
                "error: Invalid value for option '--from': '2024-13-01' is not a date (expected yyyy-MM-dd, e.g. "
                        + "2026-01-31) (see 'snapfolio snapshots --help')");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsBadUsageForSnapshotsAndMovements() {
        assertOneLine(cli.run("snapshots", "-a", "main", "--from", "2024-02-01", "--to", "2024-01-01"), 2,
                "error: --from 2024-02-01 is after --to 2024-01-01");
        assertOneLine(cli.run("movement", "list", "-a", "main", "--from", "2024-02-01", "--to", "2024-01-01"), 2,
                "error: --from 2024-02-01 is after --to 2024-01-01");
    }

    @Test
    void aMalformedGlobalDateIsRejectedBeforeAnythingRuns() {
        Result result = cli.run("--today", "tomorrow", "account", "list");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: Invalid value for option '--today': 'tomorrow' is not a date");
    }

    @Test
    void aMalformedNumberIsExplainedAndNothingIsRecorded() {
        Result result = cli.run("movement", "add", "-a", "main", "--kind", "DEPOSIT", "--date", "2024-01-02",
                "--amount", "1,000");
        assertOneLine(result, 2, "error: Invalid value for option '--amount': '1,000' is not a number (expected e.g. "
                + "1234.56) (see 'snapfolio movement add --help')");
        assertThat(cli.app.movements).isEmpty();
    }

    @Test
    void anUnknownEnumValueListsTheChoices() {
        Result result = cli.run("recompute", "-a", "main", "--strategy", "FAST");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--strategy").contains("PER_DATE, BATCH, AUTO");
    }

    @Test
    void anUnreachableDatabaseIsAFailureOnOneLineWithoutStackTrace() {
        cli.app.failure = new IllegalStateException("cannot open the database",
                new SQLNonTransientConnectionException("Could not connect to address=(host=db)(port=1): Connection refused"));
        assertOneLine(cli.run("account", "list"), 1,
                "error: cannot open the database: Could not connect to address=(host=db)(port=1): Connection refused");
    }

    @Test
    void verboseAddsTheStackTrace() {
        cli.app.failure = new IllegalStateException("kaput");
        Result result = cli.run("account", "list", "--verbose");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: kaput\njava.lang.IllegalStateException: kaput\n\tat ");
    }

    @Test
    void passwordsNeverReachTheErrorLine() {
        cli.app.failure = new IllegalStateException("cannot connect to jdbc:mariadb://app:s3cret@db:3306/x?password=s3cret");
        Result result = cli.run("account", "list");
        assertThat(result.err()).doesNotContain("s3cret").contains("app:***@db", "password=***");
    }

    @Test
    void helpIsNotAnError() {
        Result result = cli.run("movement", "add", "--help");
        assertThat(result.exit()).isZero();
        // the global options (--today, ...) are documented once, in 'snapfolio --help'
        assertThat(result.out()).contains("--kind=KIND", "--symbol=OCC", "see 'snapfolio --help'")
                .doesNotContain("--today=DATE");
        assertThat(cli.run("--help").out()).contains("batch-mode", "snapshots", "Exit codes");
    }
}
