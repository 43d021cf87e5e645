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

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
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
}
