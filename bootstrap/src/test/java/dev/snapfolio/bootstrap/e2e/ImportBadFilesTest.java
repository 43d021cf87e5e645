package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad import files through {@code snapfolio}: exit code 2, one error line naming the file and line,
 * and nothing written — the account's movements and snapshots are as they were.
 */
@ExtendWith(ImportCli.Extension.class)
class ImportBadFilesTest {
    private static final String PFIZER = "tastytrade/PfizerImportTest.csv";

    private static Path corpus(String file) {
        return Fixtures.dir().getParent().resolve("importer/src/test/resources/importer/bad").resolve(file);
    }

    private record Before(String movements, List<Map<String, String>> snapshots) {
    }

    private static Before state(ImportCli cli, String account) {
        return new Before(cli.movements(account), cli.snapshots(account));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            t-bad-number.csv            | tastytrade | t-bad-number.csv:3: column Value: not a number '1,3x0'
            t-unknown-type.csv          | tastytrade | t-unknown-type.csv:3: column Type: unsupported row type
            t-option-without-strike.csv | tastytrade | t-option-without-strike.csv:2: column Strike Price: is required
            t-negative-quantity.csv     | tastytrade | t-negative-quantity.csv:2: column Quantity: must be > 0
            t-empty.csv                 | tastytrade | t-empty.csv: is empty
            t-wrong-header.csv          | tastytrade | t-wrong-header.csv:1: not a Tastytrade transaction history
            g-bad-kind.csv              | generic    | g-bad-kind.csv:3: column kind: unknown kind 'SHARE_BUY'
            g-negative-quantity.csv     | generic    | g-negative-quantity.csv:2: column quantity: must be > 0
            """)
    void aBadFileIsRejectedWithOneLineAndWritesNothing(String file, String source, String message, ImportCli cli) {
        String account = cli.newAccount("bad");
        cli.importFile(account, Fixtures.file(PFIZER), "tastytrade").ok();
        Before before = state(cli, account);

        ImportCli.Result result = cli.importFile(account, corpus(file), source);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(errorLines(result)).singleElement().asString().startsWith(message);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(state(cli, account)).isEqualTo(before);
    }

    private static List<String> errorLines(ImportCli.Result result) {
        // A problem in a file prints compiler-style (file:line: problem); any other as "error: problem".
        return result.err().lines().filter(l -> l.startsWith("error: ") || l.matches("^[\\w.-]+\\.csv(:\\d+)?: .*"))
                .toList();
    }

    @Test
    void aCloseWithNothingOpenIsRejectedNamingItsLineAndDate(ImportCli cli, @TempDir Path dir) throws IOException {
        // The newest row of the Pfizer file alone: it closes a call this account never opened.
        Path orphan = ImportCli.part(dir, Fixtures.file(PFIZER), 0, 1, "orphan.csv");
        String account = cli.newAccount("orphan");
        cli.importFile(account, Fixtures.file("tastytrade/TastytradeDeposits.csv"), "tastytrade").ok();
        Before before = state(cli, account);

        ImportCli.Result rejected = cli.importFile(account, orphan, "tastytrade");

        assertThat(rejected.exitCode()).isEqualTo(2);
        assertThat(errorLines(rejected)).singleElement().asString().contains("orphan.csv:2").contains("2025-10-03");
        assertThat(state(cli, account)).isEqualTo(before);
    }

    @Test
    void aCloseWithNothingOpenIsImportedWithAWarningWhenOrphanClosesAreAllowed(ImportCli cli, @TempDir Path dir)
            throws IOException {
        Path orphan = ImportCli.part(dir, Fixtures.file(PFIZER), 0, 1, "orphan.csv");
        String account = cli.newAccount("orphan-allowed");
        cli.importFile(account, Fixtures.file("tastytrade/TastytradeDeposits.csv"), "tastytrade").ok();
        Before before = state(cli, account);

        ImportCli.Result allowed = cli.importFile(account, orphan, "tastytrade", "--allow-orphan-closes").ok();

        assertThat(allowed.err()).contains("orphan.csv:2");
        assertThat(cli.movements(account)).isNotEqualTo(before.movements());
        assertThat(cli.snapshots(account)).extracting(r -> r.get("date")).contains("2025-10-03");
    }

    @Test
    void skipUnsupportedImportsTheOtherRowsAndWarnsAboutTheSkippedLine(ImportCli cli) {
        String account = cli.newAccount("skip");
        ImportCli.Result result = cli.importFile(account, corpus("t-unknown-type.csv"), "tastytrade",
                "--skip-unsupported").ok();
        assertThat(result.err()).contains("line 3 (Money Movement / Mark to Market)");
        assertThat(cli.snapshots(account)).extracting(r -> r.get("date")).containsExactly("2025-08-29", "2025-09-30");
    }

    @Test
    void quotesAndSqlInTheDescriptionAreStoredAsText(ImportCli cli) {
        String account = cli.newAccount("quotes");
        cli.importFile(account, corpus("t-quotes-and-sql.csv"), "tastytrade").ok();
        assertThat(cli.movements(account)).contains("DROP TABLE movement");
        assertThat(cli.snapshots(account)).hasSize(2);
        assertThat(cli.run("account", "list").ok().out()).contains(account);
    }
}
