package dev.snapfolio.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.in.BackupUseCase.Backup;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupArchiveTest {
    @TempDir
    Path dir;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Backup sample() {
        Ticker aapl = Ticker.of("AAPL");
        OptionContract put = new OptionContract(Ticker.of("SOFI"), OptionType.PUT, d("7.000000"), LocalDate.of(2024, 5, 10), 100);
        List<Movement> movements = List.of(
                new Movement(11, 7, LocalDateTime.of(2024, 1, 2, 9, 0), Currency.USD, new Deposit(d("10000.000000")),
                        "first, with \"quotes\"\nand a line break", null),
                new Movement(12, 7, LocalDateTime.of(2024, 1, 3, 10, 0, 5, 123_456_000), Currency.USD,
                        new Trade(aapl, Side.BUY, d("10.00000000"), d("100.125000"), d("1.000000"), d("0.000000")),
                        null, "a1b2"),
                new Movement(13, 9, LocalDateTime.of(2024, 4, 25, 15, 30), Currency.EUR,
                        new OptionTrade(put, OptionAction.SELL_TO_OPEN, d("1.00000000"), d("35.000000"), d("0.000000"),
                                d("0.140000")), null, "k-9"));
        return new Backup(List.of(new Account(7, "main", "Tastytrade", Currency.USD), new Account(9, "euro", null, Currency.EUR)),
                movements, List.of(new Price(aapl, Currency.USD, LocalDate.of(2024, 1, 4), d("112.000000"))),
                List.of(new Split(aapl, LocalDate.of(2024, 1, 9), d("2"))),
                Map.of("batch.enabled", "false", "account.9.allowOrphanCloses", "true"));
    }

    @Test
    void aBackupReadsBackEqualWithTimesNotesAndSourceKeysKept() {
        Backup backup = sample();
        Path file = dir.resolve("backup.zip");

        BackupArchive.write(backup, file);
        Backup read = BackupArchive.read(file);

        assertThat(read.accounts()).isEqualTo(backup.accounts());
        assertThat(read.prices()).isEqualTo(backup.prices());
        assertThat(read.splits()).isEqualTo(backup.splits());
        assertThat(read.settings()).isEqualTo(backup.settings());
        // ids are given by the restore; everything else comes back as it was, except that a movement
        // without a key gets the key a generic import computes for it
        assertThat(read.movements()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Movement original = backup.movements().get(i);
            Movement back = read.movements().get(i);
            assertThat(back.withSourceKey(null)).isEqualTo(original.withId(0).withSourceKey(null));
            if (original.sourceKey() != null) {
                assertThat(back.sourceKey()).isEqualTo(original.sourceKey());
            } else {
                assertThat(back.sourceKey()).hasSize(64);
            }
        }
    }

    @Test
    void aMovementFileOfABackupImportsAsGenericCsv() throws IOException {
        Path file = dir.resolve("backup.zip");
        BackupArchive.write(sample(), file);
        Path movements = dir.resolve("7.csv");
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            Files.write(movements, zip.getInputStream(zip.getEntry("movements/7.csv")).readAllBytes());
        }

        ParsedMovements parsed = MovementFileImporter.forSource("generic").read(movements, 42, ImportOptions.defaults());

        assertThat(parsed.rows()).hasSize(2);
        assertThat(parsed.rows().get(1).movement().sourceKey()).isEqualTo("a1b2");
        assertThat(parsed.rows().get(1).movement().accountId()).isEqualTo(42);
    }

    @Test
    void aZipWithoutTheBackupMarkIsNotABackup() throws IOException {
        Path file = dir.resolve("other.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("accounts.csv"));
            zip.write("id,name,broker,currency\n".getBytes());
            zip.closeEntry();
        }

        assertThatThrownBy(() -> BackupArchive.read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("other.zip").hasMessageContaining("not a Snapfolio backup");
    }

    @Test
    void aBadRowInsideABackupIsNamedByItsEntryAndLine() throws IOException {
        Path file = dir.resolve("bad.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("backup.properties"));
            zip.write("format=snapfolio-backup\nversion=1\n".getBytes());
            zip.putNextEntry(new ZipEntry("accounts.csv"));
            zip.write("id,name,broker,currency\n3,main,,USD\n".getBytes());
            zip.putNextEntry(new ZipEntry("movements/3.csv"));
            zip.write((String.join(",", dev.snapfolio.importer.fields.MovementField.columns()) + ",sourceKey\n"
                    + "2024-01-02,,DEPOSIT,USD,-5" + ",".repeat(21) + "\n").getBytes());
            zip.closeEntry();
        }

        assertThatThrownBy(() -> BackupArchive.read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("movements/3.csv:2").hasMessageContaining("amount");
    }
}
