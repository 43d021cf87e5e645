package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.importer.ImportOptions;
import dev.snapfolio.importer.MovementFileImporter;
import dev.snapfolio.importer.ParsedMovements;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportResult;
import dev.snapfolio.domain.account.Account;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Imports a broker's CSV export into an account: all or nothing, and "
        + "re-importing a file (or an overlapping newer export) adds only the new rows.")
public class ImportCommand implements Callable<Integer> {
    private final Provider<AccountQueries> accounts;
    private final Provider<ImportMovementsUseCase> importMovements;
    private final Output output;

    /**
     * The largest file imported: a broker's export of ten years is a few MB. Reading is row by row,
     * but every row is held for the all-or-nothing validation, so a larger file is refused up front.
     */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (a regular file of at most 256 MiB).")
    Path file;

    @Mixin
    AccountOption account;

    @Option(names = "--source", required = true, paramLabel = "generic|tastytrade",
            description = "The file's format: generic (docs/GENERIC-CSV.md) or tastytrade (transaction history).")
    String source;

    @Option(names = "--allow-orphan-closes",
            description = "A close or event with nothing open realizes its own net (positions opened before the export), with a warning per row.")
    boolean allowOrphanCloses;

    @Option(names = "--skip-unsupported", description = "Skip rows of types Snapfolio does not import, with one warning listing them.")
    boolean skipUnsupported;

    @Inject
    ImportCommand(Provider<AccountQueries> accounts, Provider<ImportMovementsUseCase> importMovements, Output output) {
        this.accounts = accounts;
        this.importMovements = importMovements;
        this.output = output;
    }

    @Override
    public Integer call() {
        checkFile(file);
        MovementFileImporter importer;
        try {
            importer = MovementFileImporter.forSource(source);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--source: " + e.getMessage());
        }
        Account acc = accounts.get().resolve(account.value());
        ParsedMovements parsed = importer.read(file, acc.id(), ImportOptions.defaults()
                .withSkipUnsupported(skipUnsupported)
                .withProgress(rows -> output.progress("  " + rows + " rows read")));
        parsed.warnings().forEach(output::warning);
        if (parsed.rows().size() >= ImportOptions.PROGRESS_EVERY) {
            output.progress("validating and storing " + parsed.rows().size() + " movements ...");
        }
        ImportResult result = importMovements.get().importMovements(
                new ImportMovementsCommand(acc.id(), importer.source(), parsed.rows(), allowOrphanCloses));
        result.warnings().forEach(output::warning);
        output.message("imported " + file.getFileName() + " into '" + acc.name() + "': " + parsed.rowsRead()
                + " rows read, " + result.added() + " movements added, " + result.duplicates() + " already present");
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
}
