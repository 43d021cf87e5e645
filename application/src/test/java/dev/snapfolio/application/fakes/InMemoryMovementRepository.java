package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Movements of all accounts in memory, ids assigned in insert order; lists come in apply order. */
public class InMemoryMovementRepository implements MovementRepository, FakeDatabase.Participant {
    private final FakeDatabase db;
    private TreeMap<Long, Movement> movements = new TreeMap<>();
    private long lastId;

    public InMemoryMovementRepository(FakeDatabase db) {
        this.db = db;
        db.register(this);
    }

    @Override
    public Movement insert(Movement movement) {
        return db.statement(() -> store(movement));
    }

    @Override
    public List<Movement> insertAll(List<Movement> list) {
        return db.statement(() -> {
            List<Movement> stored = new ArrayList<>(list.size());
            for (Movement movement : list) {
                stored.add(store(movement));
            }
            return stored;
        });
    }

    private Movement store(Movement movement) {
        if (movement.id() != 0) {
            throw new IllegalArgumentException("a new movement has id 0, got " + movement.id());
        }
        if (movement.sourceKey() != null && movements.values().stream().anyMatch(m ->
                m.accountId() == movement.accountId() && movement.sourceKey().equals(m.sourceKey()))) {
            throw new IllegalStateException("duplicate source key " + movement.sourceKey());
        }
        Movement stored = movement.withId(++lastId);
        movements.put(stored.id(), stored);
        return stored;
    }

    @Override
    public void update(Movement movement) {
        db.statement(() -> {
            Movement old = movements.get(movement.id());
            if (old == null || old.accountId() != movement.accountId()) {
                throw new IllegalStateException("no movement #" + movement.id() + " in account #" + movement.accountId());
            }
            movements.put(movement.id(), movement);
        });
    }

    @Override
    public void delete(long movementId) {
        db.statement(() -> {
            movements.remove(movementId);
        });
    }

    @Override
    public Optional<Movement> findById(long movementId) {
        return db.statement(() -> Optional.ofNullable(movements.get(movementId)));
    }

    @Override
    public List<Movement> findByAccount(long accountId) {
        return db.statement(() -> select(accountId, m -> true));
    }

    @Override
    public List<Movement> findFrom(long accountId, LocalDate from) {
        return db.statement(() -> select(accountId, m -> !m.businessDate().isBefore(from)));
    }

    @Override
    public List<Movement> findOn(long accountId, LocalDate day) {
        return db.statement(() -> select(accountId, m -> m.businessDate().equals(day)));
    }

    @Override
    public Optional<LocalDate> findNextBusinessDate(long accountId, LocalDate afterExclusive) {
        return db.statement(() -> movements.values().stream()
                .filter(m -> m.accountId() == accountId)
                .map(Movement::businessDate)
                .filter(d -> d.isAfter(afterExclusive))
                .min(LocalDate::compareTo));
    }

    @Override
    public Optional<LocalDate> findEarliestBusinessDate(long accountId) {
        return db.statement(() -> movements.values().stream()
                .filter(m -> m.accountId() == accountId)
                .map(Movement::businessDate)
                .min(LocalDate::compareTo));
    }

    @Override
    public Set<String> findExistingSourceKeys(long accountId, Collection<String> sourceKeys) {
        return db.statement(() -> {
            Set<String> wanted = new HashSet<>(sourceKeys);
            Set<String> found = new HashSet<>();
            for (Movement m : movements.values()) {
                if (m.accountId() == accountId && m.sourceKey() != null && wanted.contains(m.sourceKey())) {
                    found.add(m.sourceKey());
                }
            }
            return found;
        });
    }

    @Override
    public Set<Long> findAccountsWithTicker(Ticker ticker) {
        return db.statement(() -> {
            Set<Long> accounts = new TreeSet<>();
            for (Movement m : movements.values()) {
                if (ticker.equals(m.detail().ticker())) {
                    accounts.add(m.accountId());
                }
            }
            return accounts;
        });
    }

    @Override
    public Set<Ticker> findTickers(long accountId) {
        return db.statement(() -> tickersOf(accountId));
    }

    /** The tickers the account's movements name, without counting a statement (for the reference-data fake). */
    Set<Ticker> tickersOf(long accountId) {
        Set<Ticker> tickers = new TreeSet<>();
        for (Movement m : movements.values()) {
            if (m.accountId() == accountId && m.detail().ticker() != null) {
                tickers.add(m.detail().ticker());
            }
        }
        return tickers;
    }

    /** Business dates of the account's movements in [from, to], without counting a statement (for the store fake). */
    Set<LocalDate> datesOf(long accountId, LocalDate from, LocalDate to) {
        Set<LocalDate> dates = new TreeSet<>();
        for (Movement m : movements.values()) {
            LocalDate d = m.businessDate();
            if (m.accountId() == accountId && !d.isBefore(from) && !d.isAfter(to)) {
                dates.add(d);
            }
        }
        return dates;
    }

    @Override
    public long findMaxId() {
        return db.statement(() -> movements.isEmpty() ? 0L : movements.lastKey());
    }

    private List<Movement> select(long accountId, Predicate<Movement> filter) {
        List<Movement> found = new ArrayList<>();
        for (Movement m : movements.values()) {
            if (m.accountId() == accountId && filter.test(m)) {
                found.add(m);
            }
        }
        found.sort(Movement.APPLY_ORDER);
        return found;
    }

    private record Data(TreeMap<Long, Movement> movements, long lastId) {
    }

    @Override
    public Object snapshot() {
        return new Data(new TreeMap<>(movements), lastId);
    }

    @Override
    public void restore(Object snapshot) {
        Data data = (Data) snapshot;
        movements = new TreeMap<>(data.movements());
        lastId = data.lastId();
    }
}
