package dev.snapfolio.application.fakes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What the in-memory fakes share, standing in for one database: a lock that makes every statement
 * and every transaction serializable, the query meter every fake statement ticks, and the list of
 * fakes whose data a transaction snapshots and restores on rollback.
 */
public final class FakeDatabase {
    /** A fake whose data takes part in transactions. */
    public interface Participant {
        /** A copy of the current data, deep enough that later writes do not change it. */
        Object snapshot();

        void restore(Object snapshot);
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Participant> participants = new ArrayList<>();
    private final CountingQueryMeter meter = new CountingQueryMeter();

    public CountingQueryMeter meter() {
        return meter;
    }

    void register(Participant participant) {
        participants.add(participant);
    }

    /** Runs one statement: under the database lock, counted by the meter. */
    <T> T statement(Supplier<T> work) {
        lock.lock();
        try {
            meter.tick();
            return work.get();
        } finally {
            lock.unlock();
        }
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

    ReentrantLock lock() {
        return lock;
    }

    Map<Participant, Object> snapshotAll() {
        Map<Participant, Object> snapshots = new IdentityHashMap<>();
        for (Participant participant : participants) {
            snapshots.put(participant, participant.snapshot());
        }
        return snapshots;
    }

    void restoreAll(Map<Participant, Object> snapshots) {
        snapshots.forEach(Participant::restore);
    }
}
