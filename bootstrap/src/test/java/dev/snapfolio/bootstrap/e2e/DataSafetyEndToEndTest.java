package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import dev.snapfolio.domain.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Account rename and delete, import dry runs, recorded imports and their undo, and the round trip
 * of {@code movement list --format csv} through the generic importer — through Main on a real
 * database.
 */
class DataSafetyEndToEndTest {
    private static final String GENERIC = "generic/stocks-and-events.movements.csv";
    private static final String HEADER = "date,time,kind,currency,amount,ticker,side,quantity,price,commissions,fees,"
            + "underlying,callPut,strike,expiration,multiplier,action,event,contracts,premium,newStrike,costPerShare,"
            + "targetCurrency,amountIn,notes";

    private final SnapfolioRunner snapfolio = new SnapfolioRunner();

    @TempDir
    Path dir;

    private Run ok(String... args) {
        Run run = snapfolio.run(args);
        assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    private String newAccount(String prefix) {
        String name = SnapfolioRunner.uniqueName(prefix);
        ok("account", "create", "--name", name);
        return name;
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private String snapshots(String account) {
        return ok("snapshots", "-a", account, "--format", "csv").out()
                + ok("snapshots", "-a", account, "--tickers", "--format", "csv").out();
    }

    private String movements(String account) {
        return ok("movement", "list", "-a", account, "--format", "csv").out();
    }

    /** The id of the account's newest import, from 'import list --format csv'. */
    private long lastImportId(String account) {
        List<String> lines = ok("import", "list", "-a", account, "--format", "csv").outLines();
        return Long.parseLong(lines.get(lines.size() - 1).split(",")[0]);
    }

    private static void assertOneLine(Run run, String... fragments) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(fragments);
    }

    @Test
    void aRenamedAccountKeepsItsIdMovementsAndSnapshots() {
        String account = newAccount("rename");
        ok("movement", "add", "-a", account, "--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "100");
        String before = snapshots(account);
        String renamed = SnapfolioRunner.uniqueName("renamed");

        Run run = ok("account", "rename", "-a", account, "--name", renamed);

        assertThat(run.out()).contains("to '" + renamed + "'");
        assertThat(snapshots(renamed)).isEqualTo(before);
        assertOneLine(snapfolio.run("snapshots", "-a", account), "not found");
    }

    @Test
    void renamingToANameInUseIsRefusedWithOneLine() {
        String account = newAccount("rename");
        String other = newAccount("taken");

        assertOneLine(snapfolio.run("account", "rename", "-a", account, "--name", other), "'" + other + "' is already used");
        assertThat(ok("account", "list", "--format", "csv").out()).contains("," + account + ",");
    }

    @Test
    void deletingWithoutYesAndWithoutATerminalIsRefusedAndDeletesNothing() {
        String account = newAccount("keep");
        ok("movement", "add", "-a", account, "--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "100");

        assertOneLine(snapfolio.run("account", "delete", "-a", account), "pass --yes");
        assertThat(movements(account).lines()).hasSize(2);
    }

    @Test
    void deletingWithYesRemovesTheAccountWithItsMovementsSnapshotsImportsAndRuns() throws IOException {
        String account = newAccount("gone");
        ok("import", Fixtures.file(GENERIC).toString(), "-a", account, "--source", "generic");
        ok("movement", "add", "-a", account, "--kind", "DEPOSIT", "--date", "2024-03-01", "--amount", "100");
        String id = ok("account", "list", "--format", "csv").outLines().stream()
                .filter(l -> l.contains("," + account + ",")).findFirst().orElseThrow().split(",")[0];
        assertThat(ok("runs", "--format", "csv").outLines()).anyMatch(l -> l.split(",")[2].equals(id));

        Run deleted = ok("account", "delete", "-a", account, "--yes");

        assertThat(deleted.out()).contains("deleted account #" + id).contains("14 movements");
        assertThat(ok("account", "list", "--format", "csv").out()).doesNotContain("," + account + ",");
        assertThat(ok("runs", "--format", "csv").outLines()).noneMatch(l -> l.split(",")[2].equals(id));
        assertThat(ok("import", "list", "--format", "json").out()).doesNotContain("\"" + account + "\"");
        // the name is free again, and a new account of that name starts with nothing
        ok("account", "create", "--name", account);
        assertThat(movements(account).lines()).hasSize(1);
        assertThat(ok("snapshots", "-a", account, "--format", "json").out().strip()).isEqualTo("[]");
        assertThat(snapfolio.run("verify").exit()).isZero();
    }

    @Test
    void aDryRunPrintsWhatWouldBeAddedAndTheRangeAndWritesNothing() {
        String account = newAccount("dry");
        ok("movement", "add", "-a", account, "--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "100");
        String before = movements(account) + snapshots(account);

        Run dry = ok("import", Fixtures.file(GENERIC).toString(), "-a", account, "--source", "generic", "--dry-run",
                "--format", "csv");

        assertThat(dry.outLines()).hasSize(14);
        assertThat(dry.outLines().get(0)).isEqualTo("id," + HEADER);
        assertThat(dry.outLines().get(1)).startsWith(",2024-01-02,09:00,DEPOSIT,USD,10000.000000");
        assertThat(dry.err()).contains("13 movements would be added").contains("TRADE 6")
                .contains("snapshots from 2024-01-02 to 2026-01-01 would be recomputed").contains("nothing was written");
        assertThat(movements(account) + snapshots(account)).isEqualTo(before);
        assertThat(ok("import", "list", "-a", account, "--format", "json").out().strip()).isEqualTo("[]");
    }

    @Test
    void aDryRunOfABadFileIsOneLineWithExitTwoAndWritesNothing() throws IOException {
        String account = newAccount("drybad");
        Path bad = file("bad.csv", HEADER, "2024-01-02,,DEPOSIT,USD,100" + ",".repeat(20),
                "2024-01-03,,TRADEX,USD" + ",".repeat(21));

        Run run = snapfolio.run("import", bad.toString(), "-a", account, "--source", "generic", "--dry-run");

        assertOneLine(run, "bad.csv:3", "unknown kind 'TRADEX'");
        assertThat(run.out()).isEmpty();
        assertThat(movements(account).lines()).hasSize(1);
    }

    @Test
    void undoRemovesExactlyThatImportsMovementsAndTheSnapshotsAreThoseOfAHistoryWithoutIt() throws IOException {
        Path first = file("first.csv", HEADER, "2024-01-02,09:00,DEPOSIT,USD,5000" + ",".repeat(20),
                "2024-01-05,10:00,TRADE,USD,,KO,BUY,10,60,1,0" + ",".repeat(14),
                "2024-02-01,10:00,TRADE,USD,,KO,SELL,4,65,1,0" + ",".repeat(14));
        Path second = file("second.csv", HEADER, "2024-01-03,09:00,DEPOSIT,USD,700" + ",".repeat(20),
                "2024-01-08,10:00,TRADE,USD,,PEP,BUY,3,150,1,0" + ",".repeat(14));
        String account = newAccount("undo");
        String expected = newAccount("without");
        for (String a : List.of(account, expected)) {
            ok("movement", "add", "-a", a, "--kind", "FEE", "--date", "2024-01-04", "--amount", "2");
        }
        ok("import", first.toString(), "-a", account, "--source", "generic");
        long firstImport = lastImportId(account);
        ok("import", second.toString(), "-a", account, "--source", "generic");
        ok("import", second.toString(), "-a", expected, "--source", "generic");

        Run undo = ok("import", "undo", Long.toString(firstImport), "-a", account);

        assertThat(undo.out()).contains("undid import #" + firstImport + " (first.csv)").contains("3 movements removed");
        assertThat(snapshots(account)).isEqualTo(snapshots(expected));
        assertThat(movements(account).lines().map(l -> l.substring(l.indexOf(',')))).containsExactlyElementsOf(
                movements(expected).lines().map(l -> l.substring(l.indexOf(','))).toList());
        assertThat(ok("import", "list", "-a", account, "--format", "csv").out()).doesNotContain("first.csv")
                .contains("second.csv");
        assertThat(snapfolio.run("verify", "-a", account).exit()).isZero();
        // the same file can be imported again: its rows are new once more
        assertThat(ok("import", first.toString(), "-a", account, "--source", "generic").out())
                .contains("3 movements added");
    }

    @Test
    void importDeleteIsUndoByAnotherName() throws IOException {
        String account = newAccount("delimport");
        ok("import", Fixtures.file(GENERIC).toString(), "-a", account, "--source", "generic");

        ok("import", "delete", Long.toString(lastImportId(account)), "-a", account);

        assertThat(movements(account).lines()).hasSize(1);
        assertThat(ok("snapshots", "-a", account, "--format", "json").out().strip()).isEqualTo("[]");
    }

    @Test
    void undoIsRefusedNamingTheLaterCloseThatNeedsTheImportAndChangesNothing() throws IOException {
        String account = newAccount("undoclose");
        Path opens = file("opens.csv", HEADER, "2024-04-25,10:00,OPTION_TRADE,USD,,,,,,0,0.14,SOFI,PUT,7,2024-05-10,100,"
                + "SELL_TO_OPEN,,1,35,,,,,");
        ok("import", opens.toString(), "-a", account, "--source", "generic");
        ok("movement", "add", "-a", account, "--kind", "OPTION_TRADE", "--date", "2024-05-01", "--symbol",
                "SOFI  240510P00007000", "--action", "BUY_TO_CLOSE", "--contracts", "1", "--premium", "-10");
        String before = movements(account) + snapshots(account);

        Run undo = snapfolio.run("import", "undo", Long.toString(lastImportId(account)), "-a", account);

        assertOneLine(undo, "cannot undo import #", "OPTION_TRADE SOFI", "on 2024-05-01", "0 are open");
        assertThat(movements(account) + snapshots(account)).isEqualTo(before);
    }

    @Test
    void undoingAnUnknownImportIsOneLineWithExitTwo() {
        String account = newAccount("unknown");

        assertOneLine(snapfolio.run("import", "undo", "987654321", "-a", account), "import #987654321 not found");
        assertOneLine(snapfolio.run("import", "undo", "0", "-a", account), "must be > 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {GENERIC, "tastytrade/PfizerImportTest.csv", "tastytrade/TastytradeOptionsTest.csv",
        "tastytrade/TastytradeDeposits.csv"})
    void movementListAsCsvImportsBackAsGenericCsvToIdenticalSnapshots(String fixture) throws IOException {
        String original = newAccount("original");
        ok("import", Fixtures.file(fixture).toString(), "-a", original, "--source",
                fixture.startsWith("generic") ? "generic" : "tastytrade");
        Path listed = Files.writeString(dir.resolve("listed.csv"), movements(original));
        String copy = newAccount("copy");

        Run imported = ok("import", listed.toString(), "-a", copy, "--source", "generic");

        assertThat(imported.out()).contains("0 already present");
        assertThat(snapshots(copy)).isEqualTo(snapshots(original));
        Matcher added = Pattern.compile("(\\d+) movements added").matcher(imported.out());
        assertThat(added.find()).isTrue();
        assertThat(Integer.parseInt(added.group(1))).isEqualTo(movements(original).lines().count() - 1);
        // and importing the list again adds nothing
        assertThat(ok("import", listed.toString(), "-a", copy, "--source", "generic").out())
                .contains(" 0 movements added");
    }
}
