package dev.snapfolio.application.port.out;

import dev.snapfolio.application.port.in.ImportBatch;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The recorded imports, each with the movements it added (movement.import_id). */
public interface ImportBatchRepository {
    /**
     * Stores a new import (id 0) and marks the given stored movements of its account as added by
     * it, in the caller's transaction; returns the import with its id.
     */
    ImportBatch record(ImportBatch draft, List<Long> movementIds);

    Optional<ImportBatch> findById(long importId);

    /** Oldest first, of one account or of all. */
    List<ImportBatch> find(OptionalLong accountId);

    /** The ids of the stored movements the import added. */
    List<Long> findMovementIds(long importId);

    /** Deletes the import's movements and its record (in the caller's transaction); returns the movements deleted. */
    int delete(long importId);
}
