package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

public interface ImportMovementsUseCase {
    /**
     * Imports parsed rows as one unit: rows whose source key the account already has are skipped;
     * the rest are validated in memory as a whole (a domain error names the row's location and the
     * date, and nothing is written), then stored in one transaction with the dirty mark, and the
     * coordinator runs (trigger IMPORT). The added movements are recorded as one import (see
     * {@link ImportHistoryUseCase}). A dry run does everything up to the validation and writes nothing.
     */
    ImportResult importMovements(ImportMovementsCommand command);

    /** As {@link #importMovements(ImportMovementsCommand)}, telling {@code progress} each step as it starts. */
    default ImportResult importMovements(ImportMovementsCommand command, ProgressListener progress) {
        return importMovements(command);
    }

    /** A parsed movement (with its source key) and where it came from, e.g. "trades.csv:12". */
    record ImportRow(Movement movement, String location) {
        public ImportRow {
            Checks.required("movement", movement);
            Checks.required("sourceKey", movement.sourceKey());
            Checks.required("location", location);
        }
    }

    /**
     * @param rows in the order ids are to be assigned (the importer sorts chronologically)
     * @param allowOrphanCloses a close or event with nothing open realizes its own net, with a warning
     * @param fileName recorded with the import (e.g. "trades.csv")
     * @param fileSha256 hex SHA-256 of the file, recorded with the import; null when there is no file
     * @param dryRun validate only: nothing is written and nothing is processed
     */
    record ImportMovementsCommand(long accountId, String source, List<ImportRow> rows, boolean allowOrphanCloses,
            String fileName, String fileSha256, boolean dryRun) {
        public ImportMovementsCommand {
            Checks.required("source", source);
            rows = List.copyOf(Checks.required("rows", rows));
            fileName = fileName == null || fileName.isBlank() ? source : fileName;
        }

        /** Rows that did not come from a file (e.g. generated ones), stored for real. */
        public ImportMovementsCommand(long accountId, String source, List<ImportRow> rows, boolean allowOrphanCloses) {
            this(accountId, source, rows, allowOrphanCloses, null, null, false);
        }
    }

    /**
     * @param added how many movements were added (or, for a dry run, would be)
     * @param importId the recorded import; empty for a dry run or when nothing was new
     * @param from the first date whose snapshots are (or would be) recomputed, up to {@code to} (today);
     *     both null when nothing was new
     * @param newMovements the movements added (for a dry run, that would be: without ids)
     */
    record ImportResult(int rowsRead, int added, int duplicates, List<String> warnings,
            Optional<ProcessingOutcome> outcome, OptionalLong importId, LocalDate from, LocalDate to,
            List<Movement> newMovements) {
        public ImportResult {
            warnings = List.copyOf(warnings);
            newMovements = List.copyOf(newMovements);
        }
    }
}
