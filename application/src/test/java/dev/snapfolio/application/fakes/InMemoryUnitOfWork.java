package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.UnitOfWork;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A transaction over the fakes with real rollback: the outermost transaction snapshots every
 * participating fake's data and restores it when the work throws (or the commit fails). Nested
 * calls join the outer transaction. Transactions are serialized by the database lock.
 */
public class InMemoryUnitOfWork implements UnitOfWork {
    private final FakeDatabase db;
    private int depth;
    private long commits;
    private long rollbacks;

    public InMemoryUnitOfWork(FakeDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        db.lock().lock();
        try {
            if (depth > 0) {
                depth++;
                try {
                    return work.get();
                } finally {
                    depth--;
                }
            }
            Map<FakeDatabase.Participant, Object> before = db.snapshotAll();
            depth = 1;
            try {
                T result = work.get();
                beforeCommit();
                commits++;
                return result;
            } catch (RuntimeException | Error e) {
                db.restoreAll(before);
                rollbacks++;
                throw e;
            } finally {
                depth = 0;
            }
        } finally {
            db.lock().unlock();
        }
    }

    /** Called when the outermost work has finished, before it counts as committed; an exception rolls back. */
    protected void beforeCommit() {
    }

    public long commits() {
        db.lock().lock();
        try {
            return commits;
        } finally {
            db.lock().unlock();
        }
    }

    public long rollbacks() {
        db.lock().lock();
        try {
            return rollbacks;
        } finally {
            db.lock().unlock();
        }
    }
}
