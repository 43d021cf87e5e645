package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.ValidationException;
import java.time.Instant;

/**
 * One import as recorded with its movements, so that it can be listed and undone as a whole.
 * {@code id} is 0 until stored.
 *
 * @param fileName the imported file's name (without directories), or a label such as "rows"
 * @param fileSha256 hex SHA-256 of the file's bytes; null when the rows did not come from a file
 * @param rowsAdded the movements this import added (rows already present are not its own)
 */
public record ImportBatch(long id, long accountId, String source, String fileName, String fileSha256,
        Instant startedAt, int rowsAdded) {
    public ImportBatch {
        if (id < 0) {
            throw new ValidationException("id", "must be >= 0");
        }
        Checks.required("source", source);
        Checks.required("fileName", fileName);
        Checks.required("startedAt", startedAt);
        if (rowsAdded < 0) {
            throw new ValidationException("rowsAdded", "must be >= 0");
        }
    }

    public ImportBatch withId(long newId) {
        return new ImportBatch(newId, accountId, source, fileName, fileSha256, startedAt, rowsAdded);
    }
}
