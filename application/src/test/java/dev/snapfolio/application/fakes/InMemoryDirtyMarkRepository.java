package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dirty marks in memory. Counters only grow, also across clears and rollbacks, so a stale counter
 * never matches a new mark. A claim inside a transaction holds its marks until that transaction
 * ends, and other claims skip them (SELECT … FOR UPDATE SKIP LOCKED); the lease it writes holds
 * them from other workers until it expires or is released (on the wall clock, as the database's).
 */
public class InMemoryDirtyMarkRepository implements DirtyMarkRepository {
    private final FakeDatabase db;
    private final TxMap<Long, DirtyMark> marks;
    private final Map<Long, Long> counters = new ConcurrentHashMap<>();
    private final Map<Long, Object> claimedBy = new HashMap<>();
    private final Map<Long, Lease> leases = new ConcurrentHashMap<>();
    /** Recorded next expiries; an empty Optional is "no contract open", an absent key "not known". */
    private final Map<Long, Optional<LocalDate>> nextExpiries = new ConcurrentHashMap<>();

    private record Lease(String worker, Instant until) {
    }

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
        return clearIfUnchanged(accountId, counter, null, null);
    }

    @Override
    public boolean clearIfUnchanged(long accountId, long counter, LocalDate keepFrom) {
        return clearIfUnchanged(accountId, counter, keepFrom, null);
    }

    @Override
    public boolean clearIfUnchanged(long accountId, long counter, LocalDate keepFrom, Optional<LocalDate> nextExpiry) {
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
            leases.remove(accountId);
            if (nextExpiry != null) {
                nextExpiries.put(accountId, nextExpiry);
            }
            return true;
        });
    }

    @Override
    public void recordNextExpiry(long accountId, Optional<LocalDate> nextExpiry) {
        db.statement(() -> nextExpiries.put(accountId, nextExpiry));
    }

    @Override
    public int markExpiriesDue(LocalDate lastDueExpiration) {
        return db.statement(() -> {
            int marked = 0;
            for (Map.Entry<Long, Optional<LocalDate>> entry : nextExpiries.entrySet()) {
                LocalDate expiry = entry.getValue().orElse(null);
                if (expiry == null || expiry.isAfter(lastDueExpiration)) {
                    continue;
                }
                long accountId = entry.getKey();
                DirtyMark old = marks.get(accountId);
                if (old == null || old.dirtyFrom().isAfter(expiry)) {
                    long counter = counters.merge(accountId, 1L, Long::sum);
                    marks.put(accountId, new DirtyMark(accountId, expiry, counter));
                    marked++;
                }
            }
            return marked;
        });
    }

    /** Accounts known to this repository (marked or recorded) whose next expiry is not recorded, clean. */
    @Override
    public List<Long> findUnknownNextExpiry(int limit) {
        return db.statement(() -> counters.keySet().stream()
                .filter(id -> !nextExpiries.containsKey(id) && marks.get(id) == null)
                .sorted().limit(limit).toList());
    }

    @Override
    public List<DirtyMark> findAll() {
        return db.statement(() -> new ArrayList<>(marks.view().values()));
    }

    @Override
    public List<DirtyMark> claim(String worker, LocalDate today, int limit, Duration lease) {
        return db.statement(() -> {
            Object me = db.currentTransaction();
            Instant now = Instant.now();
            List<DirtyMark> claimed = new ArrayList<>();
            List<DirtyMark> candidates = new ArrayList<>(marks.view().values());
            candidates.sort(Comparator.comparing(DirtyMark::dirtyFrom).thenComparing(DirtyMark::accountId));
            for (DirtyMark mark : candidates) {
                if (claimed.size() >= limit) {
                    break;
                }
                if (mark.dirtyFrom().isAfter(today)) {
                    continue;
                }
                Lease held = leases.get(mark.accountId());
                if (held != null && (held.worker().equals(worker) || held.until().isAfter(now))) {
                    continue;
                }
                Object holder = claimedBy.get(mark.accountId());
                if (holder != null && holder != me) {
                    continue;
                }
                claimed.add(mark);
                leases.put(mark.accountId(), new Lease(worker, now.plus(lease)));
                if (me != null && holder == null) {
                    claimedBy.put(mark.accountId(), me);
                    db.onTransactionEnd(() -> claimedBy.remove(mark.accountId(), me));
                }
            }
            return claimed;
        });
    }

    @Override
    public boolean renew(long accountId, String worker, Duration lease) {
        return db.statement(() -> {
            Lease held = leases.get(accountId);
            if (held == null || !held.worker().equals(worker)) {
                return false;
            }
            leases.put(accountId, new Lease(worker, Instant.now().plus(lease)));
            return true;
        });
    }

    @Override
    public int release(String worker) {
        return db.statement(() -> {
            int released = 0;
            for (Map.Entry<Long, Lease> entry : List.copyOf(leases.entrySet())) {
                if (entry.getValue().worker().equals(worker) && leases.remove(entry.getKey(), entry.getValue())) {
                    released++;
                }
            }
            return released;
        });
    }
}
