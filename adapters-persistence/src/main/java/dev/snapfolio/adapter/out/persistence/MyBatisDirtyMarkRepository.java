package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

class MyBatisDirtyMarkRepository implements DirtyMarkRepository {
    private final ProcessingMapper mapper;

    @Inject
    MyBatisDirtyMarkRepository(ProcessingMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void markDirty(long accountId, LocalDate from) {
        mapper.markDirty(accountId, from);
    }

    @Override
    public Optional<DirtyMark> find(long accountId) {
        return Optional.ofNullable(mapper.findDirtyMark(accountId)).map(DirtyMarkRow::toDomain);
    }

    @Override
    public boolean clearIfUnchanged(long accountId, long counter) {
        return mapper.clearDirtyMark(accountId, counter) > 0;
    }

    @Override
    public boolean clearIfUnchanged(long accountId, long counter, LocalDate keepFrom) {
        return (keepFrom == null ? mapper.clearDirtyMark(accountId, counter)
                : mapper.clearDirtyMarkKeeping(accountId, counter, keepFrom)) > 0;
    }

    @Override
    public List<DirtyMark> findAll() {
        return mapper.findDirtyMarks().stream().map(DirtyMarkRow::toDomain).toList();
    }

    @Override
    public List<DirtyMark> claim(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return mapper.claimDirtyMarks(limit).stream().map(DirtyMarkRow::toDomain).toList();
    }
}
