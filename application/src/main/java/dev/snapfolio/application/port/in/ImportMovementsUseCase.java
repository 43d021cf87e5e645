package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.movement.Movement;
import java.util.List;
import java.util.Optional;

public interface ImportMovementsUseCase {
    /**
     * Imports parsed rows as one unit: rows whose source key the account already has are skipped;
     * the rest are validated in memory as a whole (a domain error names the row's location and the
     * date, and nothing is written), then stored in one transaction with the dirty mark, and the
     * coordinator runs (trigger IMPORT).
     */
    ImportResult importMovements(ImportMovementsCommand command);

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
     */
    record ImportMovementsCommand(long accountId, String source, List<ImportRow> rows, boolean allowOrphanCloses) {
        public ImportMovementsCommand {
            Checks.required("source", source);
            rows = List.copyOf(Checks.required("rows", rows));
        }
    }

    record ImportResult(int rowsRead, int added, int duplicates, List<String> warnings,
            Optional<ProcessingOutcome> outcome) {
        public ImportResult {
            warnings = List.copyOf(warnings);
        }
    }
}
