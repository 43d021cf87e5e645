package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import jakarta.inject.Inject;
import java.time.Duration;
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
        return mapper.clearDirtyMark(accountId, counter, false, null) > 0;
    }

    @Override
    public boolean clearIfUnchanged(long accountId, long counter, LocalDate keepFrom) {
        return clearIfUnchanged(accountId, counter, keepFrom, null);
    }

    @Override
    public boolean clearIfUnchanged(long accountId, long counter, LocalDate keepFrom, Optional<LocalDate> nextExpiry) {
        boolean known = nextExpiry != null;
        LocalDate expiry = known ? nextExpiry.orElse(null) : null;
        return (keepFrom == null ? mapper.clearDirtyMark(accountId, counter, known, expiry)
                : mapper.clearDirtyMarkKeeping(accountId, counter, keepFrom, known, expiry)) > 0;
    }

    @Override
    public void recordNextExpiry(long accountId, Optional<LocalDate> nextExpiry) {
        mapper.recordNextExpiry(accountId, nextExpiry.orElse(null));
    }

    @Override
    public int markExpiriesDue(LocalDate lastDueExpiration) {
        return mapper.markExpiriesDue(lastDueExpiration);
    }

    @Override
    public List<Long> findUnknownNextExpiry(int limit) {
        return limit <= 0 ? List.of() : mapper.findUnknownNextExpiry(limit);
    }

    @Override
    public List<DirtyMark> findAll() {
        return mapper.findDirtyMarks().stream().map(DirtyMarkRow::toDomain).toList();
    }

    @Override
    public List<DirtyMark> claim(String worker, LocalDate today, int limit, Duration lease) {
        if (limit <= 0) {
            return List.of();
        }
        List<DirtyMark> claimed = mapper.selectClaimable(worker, today, limit).stream()
                .map(DirtyMarkRow::toDomain).toList();
        if (!claimed.isEmpty()) {
            mapper.lease(claimed.stream().map(DirtyMark::accountId).toList(), worker, micros(lease));
        }
        return claimed;
    }

    @Override
    public boolean renew(long accountId, String worker, Duration lease) {
        return mapper.renewLease(accountId, worker, micros(lease)) > 0;
    }

    @Override
    public int release(String worker) {
        return mapper.releaseLeases(worker);
    }

    private static long micros(Duration lease) {
        return Math.max(1, lease.toNanos() / 1_000);
    }
}
