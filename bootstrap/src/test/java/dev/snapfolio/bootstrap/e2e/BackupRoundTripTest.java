package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import dev.snapfolio.domain.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --out FILE} and {@code restore FILE} through Main: the 3-year demo plus the shared
 * fixtures (with prices, splits and a runtime setting) go into an empty database and come out with
 * identical snapshots, {@code verify} exit 0, and import keys that still recognise the files.
 */
class BackupRoundTripTest {
    private static final List<String> TASTYTRADE = List.of("PfizerImportTest", "TastytradeOptionsTest",
            "TastytradeDeposits");
    private static final String GENERIC = "generic/stocks-and-events";

    private static SnapfolioRunner source;
    private static Path backup;

    @TempDir
    static Path dir;

    private static Run ok(SnapfolioRunner snapfolio, String... args) {
        Run run = snapfolio.run(args);
        assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    @BeforeAll
    static void fillAndExport() {
        source = new SnapfolioRunner(SeparateDatabase.create("backup-source"));
        ok(source, "demo");
        for (String name : TASTYTRADE) {
            ok(source, "account", "create", "--name", name);
            ok(source, "import", Fixtures.file("tastytrade/" + name + ".csv").toString(), "-a", name, "--source",
                    "tastytrade");
        }
        ok(source, "account", "create", "--name", "generic", "--currency", "EUR");
        ok(source, "price", "import", Fixtures.file(GENERIC + ".prices.csv").toString());
        // a split of a ticker the demo does not hold: prices and splits are shared by every account
        ok(source, "split", "import", Fixtures.file("tour/splits.csv").toString());
        ok(source, "import", Fixtures.file(GENERIC + ".movements.csv").toString(), "-a", "generic", "--source", "generic");
        ok(source, "movement", "add", "-a", "generic", "--kind", "FEE", "--date", "2024-03-01", "--time", "10:15",
                "--amount", "1.25", "--notes", "by hand, \"quoted\", with a comma");
        ok(source, "processing", "set", "--strategy", "EDIT=PER_DATE");
        // the prices reached the demo's tickers too: bring every account up to date before comparing
        ok(source, "refresh");
        backup = dir.resolve("backup.zip");

        Run export = ok(source, "export", "--out", backup.toString());

        assertThat(export.out()).contains("exported 5 accounts");
    }

    private static String snapshots(SnapfolioRunner snapfolio, String account) {
        return ok(snapfolio, "snapshots", "-a", account, "--format", "csv").out()
                + ok(snapfolio, "snapshots", "-a", account, "--tickers", "--format", "csv").out();
    }

    @Test
    void restoreIntoAnEmptyDatabaseGivesIdenticalSnapshotsAndVerifiesClean() {
        SnapfolioRunner target = new SnapfolioRunner(SeparateDatabase.create("backup-target"));

        Run restore = ok(target, "restore", backup.toString());

        assertThat(restore.out()).contains("restored 5 accounts");
        assertThat(ok(target, "account", "list", "--format", "csv").out())
                .isEqualTo(ok(source, "account", "list", "--format", "csv").out());
        for (String account : List.of("demo", "PfizerImportTest", "TastytradeOptionsTest", "TastytradeDeposits", "generic")) {
            assertThat(snapshots(target, account)).as(account).isEqualTo(snapshots(source, account));
            assertThat(ok(target, "movement", "list", "-a", account, "--format", "csv").out().lines()
                    .map(l -> l.substring(l.indexOf(','))).toList()).as(account).containsExactlyElementsOf(
                    ok(source, "movement", "list", "-a", account, "--format", "csv").out().lines()
                            .map(l -> l.substring(l.indexOf(','))).toList());
        }
        assertThat(target.run("verify").exit()).isZero();
        assertThat(ok(target, "processing", "show", "--format", "csv").out())
                .isEqualTo(ok(source, "processing", "show", "--format", "csv").out());
        // source keys and account ids kept: importing a file again adds nothing
        assertThat(ok(target, "import", Fixtures.file("tastytrade/PfizerImportTest.csv").toString(), "-a",
                "PfizerImportTest", "--source", "tastytrade").out()).contains(" 0 movements added");

        // and the restored database is not empty any more
        Run again = target.run("restore", backup.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err().lines()).hasSize(1);
        assertThat(again.err()).contains("not empty");
    }

    @Test
    void aFileThatIsNotABackupIsOneLineWithExitTwoAndWritesNothing() throws IOException {
        Map<String, String> env = SeparateDatabase.create("backup-bad");
        SnapfolioRunner target = new SnapfolioRunner(env);
        Path notABackup = Files.writeString(dir.resolve("notes.zip"), "hello");

        Run run = target.run("restore", notABackup.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("notes.zip").contains("not a Snapfolio backup");
        assertThat(ok(target, "account", "list", "--format", "json").out().strip()).isEqualTo("[]");
    }

    @Test
    void aBackupWhoseHistoryDoesNotHoldIsRefusedWithOneLineAndWritesNothing() throws IOException {
        SnapfolioRunner target = new SnapfolioRunner(SeparateDatabase.create("backup-invalid"));
        Path invalid = dir.resolve("invalid.zip");
        String header = "date,time,kind,currency,amount,ticker,side,quantity,price,commissions,fees,underlying,callPut,"
                + "strike,expiration,multiplier,action,event,contracts,premium,newStrike,costPerShare,targetCurrency,"
                + "amountIn,notes,sourceKey\n";
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(invalid))) {
            Map<String, String> entries = new java.util.LinkedHashMap<>();
            entries.put("backup.properties", "format=snapfolio-backup\nversion=1\n");
            entries.put("accounts.csv", "id,name,broker,currency\n4,main,,USD\n");
            entries.put("movements/4.csv", header
                    + "2024-05-01,10:00,OPTION_TRADE,USD,,,,,,0,0,SOFI,PUT,7,2024-05-10,100,BUY_TO_CLOSE,,1,-10,,,,,,k1\n");
            entries.put("prices.csv", "date,ticker,currency,close\n");
            entries.put("splits.csv", "date,ticker,ratio\n");
            entries.put("settings.csv", "key,value\n");
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }

        Run run = target.run("restore", invalid.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains("cannot restore account 'main'").contains("OPTION_TRADE SOFI").contains("2024-05-01");
        assertThat(ok(target, "account", "list", "--format", "json").out().strip()).isEqualTo("[]");
    }

    @Test
    void exportRefusesToReplaceAFileUnlessForced() throws IOException {
        Path existing = Files.writeString(dir.resolve("existing.zip"), "keep me");

        Run refused = source.run("export", "--out", existing.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("exists").contains("--force");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
        ok(source, "export", "--out", existing.toString(), "--force");
        assertThat(Files.size(existing)).isGreaterThan(1000);
    }
}
