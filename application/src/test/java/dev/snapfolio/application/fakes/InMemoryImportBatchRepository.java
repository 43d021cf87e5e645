package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.in.ImportBatch;
import dev.snapfolio.application.port.out.ImportBatchRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/** Recorded imports in memory, with which movements each added; ids never reused. */
public class InMemoryImportBatchRepository implements ImportBatchRepository {
    private final FakeDatabase db;
    private final InMemoryMovementRepository movements;
    private final TxMap<Long, ImportBatch> batches;
    private final TxMap<Long, Long> importOfMovement;
    private final AtomicLong lastId = new AtomicLong();

    public InMemoryImportBatchRepository(FakeDatabase db, InMemoryMovementRepository movements) {
        this.db = db;
        this.movements = movements;
        this.batches = new TxMap<>(db);
        this.importOfMovement = new TxMap<>(db);
    }

    @Override
    public ImportBatch record(ImportBatch draft, List<Long> movementIds) {
        ImportBatch stored = db.statement(() -> {
            if (draft.id() != 0) {
                throw new IllegalArgumentException("a new import has id 0, got " + draft.id());
            }
            ImportBatch batch = draft.withId(lastId.incrementAndGet());
            batches.put(batch.id(), batch);
            return batch;
        });
        db.statement(() -> movementIds.forEach(id -> importOfMovement.put(id, stored.id())));
        return stored;
    }

    @Override
    public Optional<ImportBatch> findById(long importId) {
        return db.statement(() -> Optional.ofNullable(batches.get(importId)));
    }

    @Override
    public List<ImportBatch> find(OptionalLong accountId) {
        return db.statement(() -> batches.view().values().stream()
                .filter(b -> accountId.isEmpty() || b.accountId() == accountId.getAsLong()).toList());
    }

    @Override
    public List<Long> findMovementIds(long importId) {
        return db.statement(() -> importOfMovement.view().entrySet().stream()
                .filter(e -> e.getValue() == importId).map(e -> e.getKey()).toList());
    }

    @Override
    public int delete(long importId) {
        List<Long> ids = new ArrayList<>(findMovementIds(importId));
        ids.forEach(movements::delete);
        db.statement(() -> {
            ids.forEach(importOfMovement::remove);
            batches.remove(importId);
        });
        return ids.size();
    }
}
