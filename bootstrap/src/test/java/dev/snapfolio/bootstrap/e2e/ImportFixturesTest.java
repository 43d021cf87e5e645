package dev.snapfolio.bootstrap.e2e;

import static dev.snapfolio.bootstrap.e2e.ImportCli.assertSameRows;
import static dev.snapfolio.bootstrap.e2e.ImportCli.withoutAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The broker fixtures imported through {@code snapfolio} on the embedded database, today pinned to
 * 2026-01-01: the stored snapshots are exactly the expected files' rows; a re-import adds and
 * changes nothing; two overlapping parts give the snapshots of the whole file; prices and splits
 * loaded before or after the movements give the same rows.
 */
@ExtendWith(ImportCli.Extension.class)
class ImportFixturesTest {
    private static Path fixture(String relative) {
        return Fixtures.file(relative);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PfizerImportTest", "TastytradeOptionsTest", "TastytradeDeposits"})
    void tastytradeExportGivesExactlyTheExpectedSnapshots(String name, ImportCli cli) {
        String account = cli.newAccount(name);
        cli.importFile(account, fixture("tastytrade/" + name + ".csv"), "tastytrade").ok();

        assertSameRows(cli.snapshots(account), ImportCli.csv(fixture("tastytrade/" + name + ".expected.csv")));
        Path tickers = fixture("tastytrade/" + name + ".tickers.expected.csv");
        if (Files.exists(tickers)) {
            assertSameRows(cli.tickerSnapshots(account), ImportCli.csv(tickers));
        } else {
            assertThat(cli.tickerSnapshots(account)).as("a cash-only account has no ticker rows").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tastytrade/PfizerImportTest.csv", "tastytrade/TastytradeOptionsTest.csv",
        "tastytrade/TastytradeDeposits.csv", "generic/stocks-and-events.movements.csv"})
    void reimportingAFileAddsNothingAndChangesNothing(String file, ImportCli cli) {
        String source = file.startsWith("generic") ? "generic" : "tastytrade";
        String account = cli.newAccount("again");
        cli.importFile(account, fixture(file), source).ok();
        String movements = cli.movements(account);
        List<Map<String, String>> snapshots = cli.snapshots(account);
        List<Map<String, String>> tickers = cli.tickerSnapshots(account);

        ImportCli.Result again = cli.importFile(account, fixture(file), source).ok();

        assertThat(cli.movements(account)).isEqualTo(movements);
        assertThat(cli.snapshots(account)).isEqualTo(snapshots);
        assertThat(cli.tickerSnapshots(account)).isEqualTo(tickers);
        assertThat(again.out() + again.err()).doesNotContainIgnoringCase("error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tastytrade/PfizerImportTest.csv", "tastytrade/TastytradeOptionsTest.csv",
        "tastytrade/TastytradeDeposits.csv", "generic/stocks-and-events.movements.csv"})
    void twoOverlappingPartsGiveTheSnapshotsOfTheWholeFile(String file, ImportCli cli, @TempDir Path dir)
            throws IOException {
        String source = file.startsWith("generic") ? "generic" : "tastytrade";
        Path whole = fixture(file);
        int rows = (int) Files.lines(whole).skip(1).filter(l -> !l.isBlank()).count();
        int third = Math.max(1, rows / 3);
        // Tastytrade files are newest first: the older part is the end of the file.
        boolean newestFirst = source.equals("tastytrade");
        Path older = newestFirst ? ImportCli.part(dir, whole, third, rows, "older.csv")
                : ImportCli.part(dir, whole, 0, rows - third, "older.csv");
        Path newer = newestFirst ? ImportCli.part(dir, whole, 0, rows - third, "newer.csv")
                : ImportCli.part(dir, whole, third, rows, "newer.csv");

        String all = cli.newAccount("whole");
        cli.importFile(all, whole, source).ok();
        String parts = cli.newAccount("parts");
        cli.importFile(parts, older, source).ok();
        cli.importFile(parts, newer, source).ok();

        assertThat(withoutAccount(cli.snapshots(parts))).isEqualTo(withoutAccount(cli.snapshots(all)));
        assertThat(withoutAccount(cli.tickerSnapshots(parts))).isEqualTo(withoutAccount(cli.tickerSnapshots(all)));
        assertThat(cli.movements(parts).lines().count()).isEqualTo(cli.movements(all).lines().count());
    }

    /**
     * One test, in this order, because prices and splits are shared by every account of the
     * database: first the movements without them (then prices and splits arrive and {@code refresh}
     * brings the account up to date), then a second account imported with them already there. The
     * tickers get a suffix of this run so that earlier runs on an external database do not interfere.
     */
    @Test
    void genericFileGivesTheExpectedSnapshotsWithPricesAndSplitsLoadedBeforeOrAfter(ImportCli cli,
            @TempDir Path dir) throws IOException {
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path movements = withTickerSuffix(fixture("generic/stocks-and-events.movements.csv"), dir, suffix);
        Path prices = withTickerSuffix(fixture("generic/stocks-and-events.prices.csv"), dir, suffix);
        Path splits = withTickerSuffix(fixture("generic/stocks-and-events.splits.csv"), dir, suffix);
        List<Map<String, String>> expected = ImportCli.csv(fixture("generic/stocks-and-events.expected.csv"));

        String after = cli.newAccount("generic-after");
        cli.importFile(after, movements, "generic").ok();
        assertThat(cli.snapshots(after)).extracting(r -> r.get("unpricedPositions")).contains("1");
        cli.run("price", "import", prices.toString()).ok();
        cli.run("split", "import", splits.toString()).ok();
        cli.run("refresh").ok();
        assertSameRows(cli.snapshots(after), expected);

        String before = cli.newAccount("generic-before");
        cli.importFile(before, movements, "generic").ok();
        assertSameRows(cli.snapshots(before), expected);
        assertThat(withoutAccount(cli.tickerSnapshots(before))).isEqualTo(withoutAccount(cli.tickerSnapshots(after)));
    }

    private static Path withTickerSuffix(Path file, Path dir, String suffix) throws IOException {
        String text = Files.readString(file);
        for (String ticker : List.of("AAPL", "MSFT", "SAP")) {
            text = text.replace("," + ticker + ",", "," + ticker + suffix + ",");
            text = text.replace("," + ticker + "\n", "," + ticker + suffix + "\n");
        }
        Path target = dir.resolve(file.getFileName());
        Files.writeString(target, text);
        return target;
    }
}
