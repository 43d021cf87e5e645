package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.money.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The imports recorded with their movements: list them, undo one as a whole. */
public interface ImportHistoryUseCase {
    /** The recorded imports, oldest first, of one account or of every account. */
    List<ImportBatch> list(OptionalLong accountId);

    /**
     * Removes exactly the movements the import added, after validating the history without them
     * (a later close that needed them rejects the undo, naming it; nothing is written), with the
     * import's record and the dirty mark in one transaction; then the snapshots are recomputed from
     * the earliest date removed (trigger EDIT).
     *
     * @throws NotFoundException when the account has no import with that id
     */
    UndoResult undo(UndoImportCommand command);

    record UndoImportCommand(long accountId, long importId) {
        public UndoImportCommand {
            if (importId <= 0) {
                throw new ValidationException("importId", "must be > 0, got " + importId);
            }
        }
    }

    /** @param from the earliest business date removed (null when the import had no movements left) */
    record UndoResult(ImportBatch batch, int removed, LocalDate from, Optional<ProcessingOutcome> outcome) {
    }
}
