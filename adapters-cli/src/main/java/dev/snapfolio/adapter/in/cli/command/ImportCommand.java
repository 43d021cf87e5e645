package dev.snapfolio.adapter.in.cli.command;

import static dev.snapfolio.adapter.in.cli.format.Column.integer;
import static dev.snapfolio.adapter.in.cli.format.Column.text;

import dev.snapfolio.adapter.in.cli.format.Column;
import dev.snapfolio.adapter.in.cli.format.MovementTables;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.ImportBatch;
import dev.snapfolio.application.port.in.ImportHistoryUseCase;
import dev.snapfolio.application.port.in.ImportHistoryUseCase.UndoImportCommand;
import dev.snapfolio.application.port.in.ImportHistoryUseCase.UndoResult;
import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportResult;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.importer.ImportException;
import dev.snapfolio.importer.ImportOptions;
import dev.snapfolio.importer.MovementFileImporter;
import dev.snapfolio.importer.ParsedMovements;
import dev.snapfolio.application.port.in.ProgressListener;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Imports a broker's CSV export into an account: all or nothing, and "
        + "re-importing a file (or an overlapping newer export) adds only the new rows. Every import is recorded: "
        + "'import list' shows them, 'import undo ID' removes exactly one import's movements.",
        subcommands = {ImportCommand.ListImports.class, ImportCommand.Undo.class, ImportCommand.DeleteImport.class})
public class ImportCommand implements Callable<Integer> {
    private final Provider<AccountQueries> accounts;
    private final Provider<ImportMovementsUseCase> importMovements;
    private final Output output;

    /**
     * The largest file imported: a broker's export of ten years is a few MB. Reading is row by row,
     * but every row is held for the all-or-nothing validation, so a larger file is refused up front.
     */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The CSV file (a regular file of at most 256 MiB).")
    Path file;

    // Optional for picocli so that 'import list' and 'import undo' do not need it; required for a FILE.
    @Option(names = {"-a", "--account"}, paramLabel = "NAME|ID", description = "The account, by name or id.")
    String account;

    @Option(names = "--source", paramLabel = "generic|tastytrade",
            description = "The file's format: generic (docs/GENERIC-CSV.md) or tastytrade (transaction history).")
    String source;

    @Option(names = "--allow-orphan-closes",
            description = "A close or event with nothing open realizes its own net (positions opened before the export), with a warning per row.")
    boolean allowOrphanCloses;

    @Option(names = "--skip-unsupported", description = "Skip rows of types Snapfolio does not import, with one warning listing them.")
    boolean skipUnsupported;

    @Option(names = "--dry-run", description = "Read and validate the whole file against the account's history, print "
            + "what would be added and which dates would be recomputed, and write nothing.")
    boolean dryRun;

    @Inject
    ImportCommand(Provider<AccountQueries> accounts, Provider<ImportMovementsUseCase> importMovements, Output output) {
        this.accounts = accounts;
        this.importMovements = importMovements;
        this.output = output;
    }

    @Override
    public Integer call() {
        if (file == null) {
            throw new UsageException("import needs a FILE (or one of: list, undo ID, delete ID)");
        }
        if (account == null) {
            throw new UsageException("import needs --account NAME|ID");
        }
        if (source == null) {
            throw new UsageException("import needs --source generic|tastytrade");
        }
        checkFile(file);
        MovementFileImporter importer;
        try {
            importer = MovementFileImporter.forSource(source);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--source: " + e.getMessage());
        }
        Account acc = accounts.get().resolve(account);
        ParsedMovements parsed = importer.read(file, acc.id(), ImportOptions.defaults()
                .withSkipUnsupported(skipUnsupported)
                .withProgress(rows -> output.progress("  " + rows + " rows read")));
        parsed.warnings().forEach(output::warning);
        if (parsed.rows().size() >= ImportOptions.PROGRESS_EVERY) {
            output.progress((dryRun ? "validating " : "validating and storing ") + parsed.rows().size() + " movements ...");
        }
        String name = fileName(file);
        ProgressListener progress = TerminalProgress.forTerminal(output.err());
        ImportResult result;
        try {
            result = importMovements.get().importMovements(new ImportMovementsCommand(acc.id(),
                    importer.source(), parsed.rows(), allowOrphanCloses, name, sha256(file), dryRun), progress);
        } finally {
            TerminalProgress.finish(progress);
        }
        result.warnings().forEach(output::warning);
        if (dryRun) {
            output.table(MovementTables.unstored(result.newMovements()));
            String range = result.from() == null ? "no snapshots would be recomputed"
                    : "snapshots from " + result.from() + " to " + result.to() + " would be recomputed";
            output.message("dry run of " + name + " into '" + acc.name() + "': " + parsed.rowsRead() + " rows read, "
                    + result.added() + " movements would be added" + byKind(result) + ", " + result.duplicates()
                    + " already present; " + range + "; nothing was written");
            return ExitCode.OK;
        }
        String line = "imported " + name + " into '" + acc.name() + "'"
                + (result.importId().isPresent() ? " as import #" + result.importId().getAsLong() : "") + ": "
                + parsed.rowsRead() + " rows read, " + result.added() + " movements added, " + result.duplicates()
                + " already present";
        Table created = new Table(Column.integer("id"), Column.integer("account"), Column.text("file"),
                Column.integer("rowsRead"), Column.integer("added"), Column.integer("alreadyPresent"));
        created.add(result.importId().isPresent() ? result.importId().getAsLong() : null, acc.id(), name,
                parsed.rowsRead(), result.added(), result.duplicates());
        output.changed(line, created);
        return Outcomes.report(result.outcome(), output);
    }

    /**
     * Refuses a device, a directory or a pipe (import /dev/zero read until the heap ran out) and a
     * file above {@link #MAX_FILE_BYTES}; a missing file is left to the reader, which names it.
     */
    static void checkFile(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException("cannot import '" + file + "': not a regular file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new UsageException("cannot import '" + file + "': " + size / (1024 * 1024) + " MiB is more than the "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MiB an import accepts; split the file");
            }
        } catch (IOException e) {
            throw new UsageException("cannot import '" + file + "': cannot read its size");
        }
    }

    private static String byKind(ImportResult result) {
        if (result.newMovements().isEmpty()) {
            return "";
        }
        Map<String, Long> counts = result.newMovements().stream().collect(Collectors.groupingBy(
                m -> m.kind().name(), java.util.TreeMap::new, Collectors.counting()));
        return " (" + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The file's SHA-256, recorded with the import so that 'import list' tells which file it was. */
    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ImportException(fileName(file), 0, null, "cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static Table table(List<ImportBatch> batches, Function<Long, String> accountName) {
        Table table = new Table(integer("id"), text("account"), text("source"), text("file"), text("sha256"),
                text("startedAt"), integer("movements"));
        for (ImportBatch b : batches) {
            table.add(b.id(), accountName.apply(b.accountId()), b.source(), b.fileName(), b.fileSha256(),
                    String.valueOf(b.startedAt()), b.rowsAdded());
        }
        return table;
    }

    @Command(name = "list", description = "Lists the recorded imports, oldest first.")
    static class ListImports implements Callable<Integer> {
        private final Provider<AccountQueries> accounts;
        private final Provider<ImportHistoryUseCase> imports;
        private final Output output;

        @Mixin
        OptionalAccountOption account;

        @Inject
        ListImports(Provider<AccountQueries> accounts, Provider<ImportHistoryUseCase> imports, Output output) {
            this.accounts = accounts;
            this.imports = imports;
            this.output = output;
        }

        @Override
        public Integer call() {
            OptionalLong accountId = account.value().map(a -> OptionalLong.of(accounts.get().resolve(a).id()))
                    .orElse(OptionalLong.empty());
            List<ImportBatch> batches = imports.get().list(accountId);
            if (batches.isEmpty() && output.forPeople()) {
                output.message("no imports");
                return ExitCode.OK;
            }
            Map<Long, String> names = accounts.get().list().stream().collect(Collectors.toMap(Account::id, Account::name));
            output.table(table(batches, id -> names.getOrDefault(id, "#" + id)));
            return ExitCode.OK;
        }
    }

    @Command(name = "undo", description = "Removes exactly the movements one import added (refused when a later "
            + "movement needs them), and brings the snapshots up to date.")
    static class Undo implements Callable<Integer> {
        private final Provider<AccountQueries> accounts;
        private final Provider<ImportHistoryUseCase> imports;
        private final Output output;

        @Parameters(index = "0", paramLabel = "ID", description = "The import's id (see 'import list').")
        long id;

        @Mixin
        AccountOption account;

        @Inject
        Undo(Provider<AccountQueries> accounts, Provider<ImportHistoryUseCase> imports, Output output) {
            this.accounts = accounts;
            this.imports = imports;
            this.output = output;
        }

        @Override
        public Integer call() {
            Account acc = accounts.get().resolve(account.value());
            if (id <= 0) {
                throw new UsageException("ID must be > 0, got " + id);
            }
            UndoResult result = imports.get().undo(new UndoImportCommand(acc.id(), id));
            if (output.forPeople()) {
                output.message("undid import #" + id + " (" + result.batch().fileName() + ") of '" + acc.name() + "': "
                        + result.removed() + " movements removed");
            } else {
                output.table(table(List.of(result.batch()), accountId -> acc.name()));
            }
            return Outcomes.report(result.outcome(), output);
        }
    }

    @Command(name = "delete", description = "The same as 'import undo ID'.")
    static class DeleteImport extends Undo {
        @Inject
        DeleteImport(Provider<AccountQueries> accounts, Provider<ImportHistoryUseCase> imports, Output output) {
            super(accounts, imports, output);
        }
    }
}
