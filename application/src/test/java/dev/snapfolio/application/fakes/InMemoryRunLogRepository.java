package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.RunLogRepository;
import dev.snapfolio.application.port.in.RunRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The run log in memory. It does not take part in transactions: an append stays even when a
 * surrounding transaction rolls back, like the real log written in its own transaction.
 */
public class InMemoryRunLogRepository implements RunLogRepository {
    private final FakeDatabase db;
    private final List<RunRecord> runs = new ArrayList<>();

    public InMemoryRunLogRepository(FakeDatabase db) {
        this.db = db;
    }

    @Override
    public long append(RunRecord run) {
        return db.statement(() -> {
            RunRecord stored = run.withId(runs.size() + 1L);
            runs.add(stored);
            return stored.id();
        });
    }

    @Override
    public List<RunRecord> findRecent(int limit, OptionalLong accountId) {
        return db.statement(() -> runs.stream()
                .filter(r -> accountId.isEmpty() || r.accountId() == accountId.getAsLong())
                .sorted(Comparator.comparingLong(RunRecord::id).reversed())
                .limit(limit)
                .toList());
    }

    @Override
    public List<RunRecord> findAll() {
        return db.statement(() -> List.copyOf(runs));
    }
}
