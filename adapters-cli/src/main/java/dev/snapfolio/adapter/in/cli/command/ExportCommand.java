package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.BackupUseCase;
import dev.snapfolio.application.port.in.BackupUseCase.Backup;
import dev.snapfolio.importer.BackupArchive;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Writes a backup of the whole database — every account's movements, the "
        + "prices, the splits and the runtime settings — to one file (docs/BACKUP.md); 'snapfolio restore FILE' "
        + "reads it back into an empty database.")
public class ExportCommand implements Callable<Integer> {
    private final Provider<BackupUseCase> backups;
    private final Output output;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (a ZIP of CSV files).")
    Path out;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    @Inject
    ExportCommand(Provider<BackupUseCase> backups, Output output) {
        this.backups = backups;
        this.output = output;
    }

    @Override
    public Integer call() {
        if (Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a directory; give a file name");
        }
        if (Files.exists(out) && !force) {
            throw new UsageException("--out " + out + " exists; choose another name or pass --force to replace it");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException("--out " + out + ": no such directory " + parent);
        }
        Backup backup = backups.get().export();
        BackupArchive.write(backup, out);
        output.message("exported " + backup.accounts().size() + " accounts, " + backup.movements().size()
                + " movements, " + backup.prices().size() + " prices, " + backup.splits().size() + " splits and "
                + backup.settings().size() + " settings to " + out);
        return ExitCode.OK;
    }
}
