package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dirty marks in memory. Counters only grow, also across clears and rollbacks, so a stale counter
 * never matches a new mark. A claim inside a transaction holds its marks until that transaction
 * ends, and other claims skip them (SELECT … FOR UPDATE SKIP LOCKED).
 */
public class InMemoryDirtyMarkRepository implements DirtyMarkRepository {
    private final FakeDatabase db;
    private final TxMap<Long, DirtyMark> marks;
    private final Map<Long, Long> counters = new ConcurrentHashMap<>();
    private final Map<Long, Object> claimedBy = new HashMap<>();

    public InMemoryDirtyMarkRepository(FakeDatabase db) {
        this.db = db;
        this.marks = new TxMap<>(db);
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
    public boolean clearIfUnchanged(long accountId, long counter, LocalDate keepFrom) {
        return db.statement(() -> {
            DirtyMark mark = marks.get(accountId);
            if (mark == null || mark.counter() != counter) {
                return false;
            }
            if (keepFrom == null) {
                marks.remove(accountId);
            } else {
                long next = counters.merge(accountId, 1L, Long::sum);
                marks.put(accountId, new DirtyMark(accountId, keepFrom, next));
            }
            return true;
        });
    }

    @Override
    public List<DirtyMark> findAll() {
        return db.statement(() -> new ArrayList<>(marks.view().values()));
    }

    @Override
    public List<DirtyMark> claim(int limit) {
        return db.statement(() -> {
            Object me = db.currentTransaction();
            List<DirtyMark> claimed = new ArrayList<>();
            for (DirtyMark mark : marks.view().values()) {
                if (claimed.size() >= limit) {
                    break;
                }
                Object holder = claimedBy.get(mark.accountId());
                if (holder != null && holder != me) {
                    continue;
                }
                claimed.add(mark);
                if (me != null && holder == null) {
                    claimedBy.put(mark.accountId(), me);
                    db.onTransactionEnd(() -> claimedBy.remove(mark.accountId(), me));
                }
            }
            return claimed;
        });
    }
}
