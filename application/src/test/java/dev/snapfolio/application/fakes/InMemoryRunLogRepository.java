package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.RunLogRepository;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.RunStatus;
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
    public long begin(RunRecord running, String interruptedError) {
        return db.statement(() -> {
            for (int i = 0; i < runs.size(); i++) {
                RunRecord r = runs.get(i);
                if (r.accountId() == running.accountId() && r.status() == RunStatus.RUNNING) {
                    runs.set(i, new RunRecord(r.id(), r.accountId(), r.trigger(), r.requested(), r.used(),
                            r.strategyReason(), r.fallbackReason(), r.fromDate(), r.toDate(), r.dates(),
                            r.rowsByScenario(), r.movements(), r.loadMs(), r.calcMs(), r.persistMs(), r.totalMs(),
                            r.queries(), RunStatus.INTERRUPTED, interruptedError, r.startedAt()));
                }
            }
            RunRecord stored = running.withId(runs.size() + 1L);
            runs.add(stored);
            return stored.id();
        });
    }

    @Override
    public void finish(RunRecord run) {
        db.statement(() -> {
            runs.set((int) run.id() - 1, run);
            return null;
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
