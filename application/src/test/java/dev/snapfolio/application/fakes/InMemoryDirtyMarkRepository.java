package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Dirty marks in memory. Counters only grow, also across clears, so a stale counter never matches a new mark. */
public class InMemoryDirtyMarkRepository implements DirtyMarkRepository, FakeDatabase.Participant {
    private final FakeDatabase db;
    private TreeMap<Long, DirtyMark> marks = new TreeMap<>();
    private Map<Long, Long> counters = new HashMap<>();

    public InMemoryDirtyMarkRepository(FakeDatabase db) {
        this.db = db;
        db.register(this);
    }

    @Override
    public void markDirty(long accountId, LocalDate from) {
        db.statement(() -> {
            long counter = counters.merge(accountId, 1L, Long::sum);
            DirtyMark old = marks.get(accountId);
            LocalDate dirtyFrom = old == null || from.isBefore(old.dirtyFrom()) ? from : old.dirtyFrom();
            marks.put(accountId, new DirtyMark(accountId, dirtyFrom, counter));
        });
    }

    @Override
    public Optional<DirtyMark> find(long accountId) {
        return db.statement(() -> Optional.ofNullable(marks.get(accountId)));
    }

    @Override
    public boolean clearIfUnchanged(long accountId, long counter) {
        return db.statement(() -> {
            DirtyMark mark = marks.get(accountId);
            if (mark != null && mark.counter() == counter) {
                marks.remove(accountId);
                return true;
            }
            return false;
        });
    }

    @Override
    public List<DirtyMark> findAll() {
        return db.statement(() -> new ArrayList<>(marks.values()));
    }

    @Override
    public List<DirtyMark> claim(int limit) {
        return db.statement(() -> marks.values().stream().limit(limit).toList());
    }

    private record Data(TreeMap<Long, DirtyMark> marks, Map<Long, Long> counters) {
    }

    @Override
    public Object snapshot() {
        return new Data(new TreeMap<>(marks), new HashMap<>(counters));
    }

    @Override
    public void restore(Object snapshot) {
        Data data = (Data) snapshot;
        marks = new TreeMap<>(data.marks());
        counters = new HashMap<>(data.counters());
    }
}
