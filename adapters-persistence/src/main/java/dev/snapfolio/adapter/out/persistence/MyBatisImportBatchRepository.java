package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.in.ImportBatch;
import dev.snapfolio.application.port.out.ImportBatchRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

class MyBatisImportBatchRepository implements ImportBatchRepository {
    /** Ids per IN list: keeps statements well below the server's packet limit. */
    private static final int IDS_PER_STATEMENT = 1000;

    private final ImportBatchMapper mapper;
    private final UnitOfWork unitOfWork;

    @Inject
    MyBatisImportBatchRepository(ImportBatchMapper mapper, UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
        this.mapper = mapper;
    }

    @Override
    public ImportBatch record(ImportBatch draft, List<Long> movementIds) {
        return unitOfWork.inTransaction(() -> {
            if (draft.id() != 0) {
                throw new IllegalArgumentException("a new import has id 0, got " + draft.id());
            }
            GeneratedKey key = new GeneratedKey();
            mapper.insert(ImportBatchRow.from(draft), key);
            for (int i = 0; i < movementIds.size(); i += IDS_PER_STATEMENT) {
                mapper.tagMovements(key.getId(), draft.accountId(),
                        movementIds.subList(i, Math.min(movementIds.size(), i + IDS_PER_STATEMENT)));
            }
            return draft.withId(key.getId());
        });
    }

    @Override
    public Optional<ImportBatch> findById(long importId) {
        return Optional.ofNullable(mapper.findById(importId)).map(ImportBatchRow::toDomain);
    }

    @Override
    public List<ImportBatch> find(OptionalLong accountId) {
        return mapper.find(accountId.isPresent() ? accountId.getAsLong() : null).stream()
                .map(ImportBatchRow::toDomain).toList();
    }

    @Override
    public List<Long> findMovementIds(long importId) {
        return mapper.findMovementIds(importId);
    }

    @Override
    public int delete(long importId) {
        return unitOfWork.inTransaction(() -> {
            int movements = mapper.deleteMovements(importId);
            mapper.delete(importId);
            return movements;
        });
    }
}
