package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.in.ImportBatch;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A row of {@code import_batch}; {@code startedAt} in UTC to the microsecond. */
record ImportBatchRow(long id, long accountId, String source, String fileName, String fileSha256,
        LocalDateTime startedAt, int rowsAdded) {

    static ImportBatchRow from(ImportBatch b) {
        return new ImportBatchRow(b.id(), b.accountId(), b.source(), b.fileName(), b.fileSha256(),
                LocalDateTime.ofInstant(b.startedAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), b.rowsAdded());
    }

    ImportBatch toDomain() {
        return new ImportBatch(id, accountId, source, fileName, fileSha256, startedAt.toInstant(ZoneOffset.UTC),
                rowsAdded);
    }
}
