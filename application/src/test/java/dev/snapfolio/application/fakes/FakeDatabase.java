package dev.snapfolio.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What the in-memory fakes share, standing in for one database: a lock that makes each statement
 * atomic, the query meter every statement ticks, and per thread the open transaction, which
 * remembers how to undo each of its writes so a rollback restores exactly the data it changed.
 * Transactions of different threads may interleave (as on a real server, minus isolation), which
 * lets one worker claim rows while another's claim is still open.
 */
public final class FakeDatabase {
    private final ReentrantLock lock = new ReentrantLock();
    private final CountingQueryMeter meter = new CountingQueryMeter();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    /** An open transaction: undo actions in the order of the writes, and actions for its end. */
    static final class Transaction {
        private final List<Runnable> undo = new ArrayList<>();
        private final List<Runnable> onEnd = new ArrayList<>();
    }

    public CountingQueryMeter meter() {
        return meter;
    }

    /** Runs one statement: atomic, counted by the meter. */
    <T> T statement(Supplier<T> work) {
        return statements(1, work);
    }

    /** Runs a statement counted as {@code queries} round trips (e.g. a range load of two tables). */
    <T> T statements(int queries, Supplier<T> work) {
        lock.lock();
        try {
            for (int i = 0; i < queries; i++) {
                meter.tick();
            }
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    void statement(Runnable work) {
        statement(() -> {
            work.run();
            return null;
        });
    }

    /** Runs work atomically without counting a statement (test helpers that look at or arrange data). */
    <T> T quietly(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Records how to undo a write of the current thread's transaction; outside a transaction writes are final. */
    void undo(Runnable action) {
        Transaction tx = current.get();
        if (tx != null) {
            tx.undo.add(action);
        }
    }

    /** Runs {@code action} when the current thread's transaction ends (at once when there is none). */
    void onTransactionEnd(Runnable action) {
        Transaction tx = current.get();
        if (tx != null) {
            tx.onEnd.add(action);
        }
    }

    Transaction currentTransaction() {
        return current.get();
    }

    Transaction begin() {
        Transaction tx = new Transaction();
        current.set(tx);
        return tx;
    }

    void rollback(Transaction tx) {
        lock.lock();
        try {
            for (int i = tx.undo.size() - 1; i >= 0; i--) {
                tx.undo.get(i).run();
            }
        } finally {
            lock.unlock();
        }
    }

    void end(Transaction tx) {
        current.remove();
        lock.lock();
        try {
            tx.onEnd.forEach(Runnable::run);
        } finally {
            lock.unlock();
        }
    }
}
