package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.BackupUseCase;
import dev.snapfolio.application.port.in.BackupUseCase.Backup;
import dev.snapfolio.application.port.in.BackupUseCase.RestoreResult;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.importer.BackupArchive;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = "Reads a backup written by 'snapfolio export' into an empty database "
        + "(no accounts, prices or splits): all or nothing, account ids and import keys kept, then every account's "
        + "snapshots are computed.")
public class RestoreCommand implements Callable<Integer> {
    private final Provider<BackupUseCase> backups;
    private final Output output;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Inject
    RestoreCommand(Provider<BackupUseCase> backups, Output output) {
        this.backups = backups;
        this.output = output;
    }

    @Override
    public Integer call() {
        Backup backup = BackupArchive.read(file);
        RestoreResult result = backups.get().restore(backup);
        output.message("restored " + result.accounts() + " accounts, " + result.movements() + " movements, "
                + result.prices() + " prices, " + result.splits() + " splits and " + result.settings()
                + " settings from " + file.getFileName());
        int exit = ExitCode.OK;
        for (Map.Entry<Long, ProcessingOutcome> outcome : result.outcomes().entrySet()) {
            exit = Math.max(exit, Outcomes.report(outcome.getValue(), output));
        }
        return exit;
    }
}
