package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.UnitOfWork;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A transaction over the fakes with real rollback: every write made inside it is undone, in
 * reverse order, when the work throws (or the commit fails), so the data is exactly as before.
 * Nested calls join the outer transaction.
 */
public class InMemoryUnitOfWork implements UnitOfWork {
    private final FakeDatabase db;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong rollbacks = new AtomicLong();

    public InMemoryUnitOfWork(FakeDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (db.currentTransaction() != null) {
            return work.get();
        }
        FakeDatabase.Transaction tx = db.begin();
        try {
            T result = work.get();
            beforeCommit();
            commits.incrementAndGet();
            return result;
        } catch (RuntimeException | Error e) {
            db.rollback(tx);
            rollbacks.incrementAndGet();
            throw e;
        } finally {
            db.end(tx);
        }
    }

    /** Called when the outermost work has finished, before it counts as committed; an exception rolls back. */
    protected void beforeCommit() {
    }

    public long commits() {
        return commits.get();
    }

    public long rollbacks() {
        return rollbacks.get();
    }
}
