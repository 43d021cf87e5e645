package dev.snapfolio.importer;

import dev.snapfolio.application.port.in.BackupUseCase.Backup;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.importer.fields.MovementField;
import dev.snapfolio.importer.fields.MovementFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Snapfolio's backup file (docs/BACKUP.md): a ZIP archive of plain CSV files, each in a format the
 * importers read on its own —
 * <ul>
 * <li>{@code backup.properties}: {@code format=snapfolio-backup} and {@code version=1};
 * <li>{@code accounts.csv}: {@code id,name,broker,currency};
 * <li>{@code movements/ID.csv} per account: the generic movement CSV with a last column
 *     {@code sourceKey}, in apply order ({@code snapfolio import --source generic} reads it);
 * <li>{@code prices.csv}: {@code date,ticker,currency,close} ({@code price import} reads it);
 * <li>{@code splits.csv}: {@code date,ticker,ratio} ({@code split import} reads it);
 * <li>{@code settings.csv}: {@code key,value}, the runtime settings.
 * </ul>
 * Reading checks every file as an import does: a problem is an {@link ImportException} naming the
 * entry ({@code movements/3.csv:12}), and nothing is returned.
 */
public final class BackupArchive {
    static final String FORMAT = "snapfolio-backup";
    static final String VERSION = "1";
    static final String PROPERTIES = "backup.properties";
    static final String ACCOUNTS = "accounts.csv";
    static final String PRICES = "prices.csv";
    static final String SPLITS = "splits.csv";
    static final String SETTINGS = "settings.csv";
    static final List<String> ACCOUNT_COLUMNS = List.of("id", "name", "broker", "currency");
    static final List<String> SETTING_COLUMNS = List.of("key", "value");

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private BackupArchive() {
    }

    static String movementsEntry(long accountId) {
        return "movements/" + accountId + ".csv";
    }

    /** Writes the backup to {@code file} through a temporary file beside it, so a failure leaves no half backup. */
    public static void write(Backup backup, Path file) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), ".snapfolio-backup-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(backup, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the move succeeded or the write failed already; nothing more to say
                }
            }
        }
    }

    public static void write(Backup backup, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, PROPERTIES, w -> w.write("format=" + FORMAT + "\nversion=" + VERSION + "\n"));
        entry(zip, ACCOUNTS, w -> {
            try (CSVPrinter csv = printer(w, ACCOUNT_COLUMNS)) {
                for (Account a : backup.accounts()) {
                    csv.printRecord(a.id(), a.name(), a.broker() == null ? "" : a.broker(), a.currency().code());
                }
            }
        });
        Map<Long, List<Movement>> byAccount = new LinkedHashMap<>();
        backup.accounts().forEach(a -> byAccount.put(a.id(), new ArrayList<>()));
        for (Movement m : backup.movements()) {
            byAccount.computeIfAbsent(m.accountId(), id -> new ArrayList<>()).add(m);
        }
        List<String> movementColumns = new ArrayList<>(MovementField.columns());
        movementColumns.add(GenericCsvImporter.SOURCE_KEY);
        for (Map.Entry<Long, List<Movement>> account : byAccount.entrySet()) {
            entry(zip, movementsEntry(account.getKey()), w -> {
                try (CSVPrinter csv = printer(w, movementColumns)) {
                    for (Movement m : account.getValue()) {
                        csv.printRecord(movementCells(m));
                    }
                }
            });
        }
        entry(zip, PRICES, w -> {
            try (CSVPrinter csv = printer(w, PriceCsvReader.COLUMNS)) {
                for (Price p : backup.prices()) {
                    csv.printRecord(p.date(), p.ticker().symbol(), p.currency().code(), p.close().toPlainString());
                }
            }
        });
        entry(zip, SPLITS, w -> {
            try (CSVPrinter csv = printer(w, SplitCsvReader.COLUMNS)) {
                for (Split s : backup.splits()) {
                    // the ratio as the split value writes itself: the split reader reads that form back
                    csv.printRecord(s.date(), s.ticker().symbol(), String.valueOf(s.ratio()));
                }
            }
        });
        entry(zip, SETTINGS, w -> {
            try (CSVPrinter csv = printer(w, SETTING_COLUMNS)) {
                for (Map.Entry<String, String> setting : new TreeMap<>(backup.settings()).entrySet()) {
                    csv.printRecord(setting.getKey(), setting.getValue());
                }
            }
        });
        zip.finish();
    }

    /** A movement as a generic CSV row: every value plain, the time to the nanosecond when it has one. */
    private static List<String> movementCells(Movement m) {
        Map<MovementField, Object> values = MovementFields.values(m);
        List<String> cells = new ArrayList<>();
        for (MovementField field : MovementField.values()) {
            Object value = values.get(field);
            if (field == MovementField.TIME) {
                LocalTime time = m.timestamp().toLocalTime();
                cells.add(time.format(DateTimeFormatter.ISO_LOCAL_TIME));
            } else if (value == null) {
                cells.add("");
            } else if (value instanceof BigDecimal number) {
                cells.add(number.toPlainString());
            } else {
                cells.add(value.toString());
            }
        }
        cells.add(m.sourceKey() == null ? "" : m.sourceKey());
        return cells;
    }

    private interface EntryWriter {
        void write(Writer writer) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, EntryWriter content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        content.write(writer);
        // flushes the encoder; the entry stays open for closeEntry (NonClosing)
        writer.close();
        zip.closeEntry();
    }

    private static CSVPrinter printer(Writer writer, List<String> header) throws IOException {
        return new CSVPrinter(writer, CSV.builder().setHeader(header.toArray(String[]::new)).get());
    }

    /** Keeps a CSV printer's close from closing the archive. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * Reads a whole backup, checking every file as an import would.
     *
     * @throws ImportException naming the entry, line and column of the first problem
     */
    public static Backup read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new ImportException(name, 0, null, "no such file: " + file);
        } catch (ZipException e) {
            throw new ImportException(name, 0, null, "is not a Snapfolio backup (not a ZIP archive)");
        } catch (IOException e) {
            throw new ImportException(name, 0, null, "cannot be read: " + e.getMessage(), e);
        }
        try (zip) {
            checkFormat(zip, name);
            List<Account> accounts = read(zip, name, ACCOUNTS, BackupArchive::accounts);
            List<Movement> movements = new ArrayList<>();
            MovementFileImporter generic = new GenericCsvImporter();
            for (Account account : accounts) {
                String entry = movementsEntry(account.id());
                movements.addAll(read(zip, name, entry, reader -> generic.read(reader, entry, account.id(),
                        ImportOptions.defaults())).rows().stream().map(row -> row.movement()).toList());
            }
            List<Price> prices = read(zip, name, PRICES, reader -> new PriceCsvReader().read(reader, PRICES));
            List<Split> splits = read(zip, name, SPLITS, reader -> new SplitCsvReader().read(reader, SPLITS));
            Map<String, String> settings = read(zip, name, SETTINGS, BackupArchive::settings);
            return new Backup(accounts, movements, prices, splits, settings);
        } catch (IOException e) {
            throw new ImportException(name, 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void checkFormat(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(PROPERTIES);
        if (entry == null) {
            throw new ImportException(name, 0, null, "is not a Snapfolio backup (no " + PROPERTIES + ")");
        }
        java.util.Properties properties = new java.util.Properties();
        try (Reader reader = new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        if (!FORMAT.equals(properties.getProperty("format"))) {
            throw new ImportException(name, 0, null, "is not a Snapfolio backup (" + PROPERTIES + " has no format="
                    + FORMAT + ")");
        }
        if (!VERSION.equals(properties.getProperty("version"))) {
            throw new ImportException(name, 0, null, "is a backup of format version " + properties.getProperty("version")
                    + "; this Snapfolio reads version " + VERSION);
        }
    }

    private static <T> T read(ZipFile zip, String archive, String entryName, Function<Reader, T> reader) throws IOException {
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            throw new ImportException(archive, 0, null, "is not a complete Snapfolio backup: " + entryName + " is missing");
        }
        try (Reader in = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)), 1 << 16)) {
            return reader.apply(in);
        }
    }

    private static List<Account> accounts(Reader reader) {
        List<Account> accounts = new ArrayList<>();
        try (CsvTable table = CsvTable.open(reader, ACCOUNTS, String.join(",", ACCOUNT_COLUMNS))) {
            table.requireColumns(ACCOUNT_COLUMNS, List.of(), false, "a backup's account list");
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                BigDecimal id = Cells.requiredDecimal(row, "id", false, "");
                long accountId = wholeId(row, id);
                String name = row.text("name");
                String broker = row.text("broker");
                String currency = row.text("currency");
                accounts.add(ReferenceCsv.build(row, ACCOUNT_COLUMNS, () -> new Account(accountId, name, broker,
                        currency.isEmpty() ? null : Currency.of(currency))));
            }
        }
        return accounts;
    }

    private static long wholeId(CsvRow row, BigDecimal id) {
        try {
            return id.longValueExact();
        } catch (ArithmeticException e) {
            throw row.error("id", "must be a whole number, got " + row.text("id"));
        }
    }

    private static Map<String, String> settings(Reader reader) {
        Map<String, String> settings = new LinkedHashMap<>();
        try (CsvTable table = CsvTable.open(reader, SETTINGS, String.join(",", SETTING_COLUMNS))) {
            table.requireColumns(SETTING_COLUMNS, List.of(), false, "a backup's settings");
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                String key = row.text("key");
                if (key.isEmpty()) {
                    throw row.error("key", "is required");
                }
                if (settings.put(key, row.text("value")) != null) {
                    throw row.error("key", "'" + key + "' is given twice");
                }
            }
        }
        return settings;
    }
}
