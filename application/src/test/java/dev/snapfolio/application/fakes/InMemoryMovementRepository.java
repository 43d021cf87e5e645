package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Movements of all accounts in memory, ids assigned in insert order and never reused (like
 * AUTO_INCREMENT, also after a rollback); lists come in apply order.
 */
public class InMemoryMovementRepository implements MovementRepository {
    private final FakeDatabase db;
    private final TxMap<Long, Movement> table;
    private final AtomicLong lastId = new AtomicLong();

    public InMemoryMovementRepository(FakeDatabase db) {
        this.db = db;
        this.table = new TxMap<>(db);
    }

    private Collection<Movement> all() {
        return table.view().values();
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
        if (movement.sourceKey() != null && all().stream().anyMatch(m ->
                m.accountId() == movement.accountId() && movement.sourceKey().equals(m.sourceKey()))) {
            throw new ValidationException("sourceKey", "'" + movement.sourceKey() + "' is already imported");
        }
        Movement stored = movement.withId(lastId.incrementAndGet());
        table.put(stored.id(), stored);
        return stored;
    }

    @Override
    public void update(Movement movement) {
        db.statement(() -> {
            Movement old = table.get(movement.id());
            if (old == null || old.accountId() != movement.accountId()) {
                throw new NotFoundException("movement #" + movement.id() + " not found");
            }
            table.put(movement.id(), movement);
        });
    }

    @Override
    public void delete(long movementId) {
        db.statement(() -> {
            if (table.remove(movementId) == null) {
                throw new NotFoundException("movement #" + movementId + " not found");
            }
        });
    }

    @Override
    public Optional<Movement> findById(long movementId) {
        return db.statement(() -> Optional.ofNullable(table.get(movementId)));
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
        return db.statement(() -> all().stream()
                .filter(m -> m.accountId() == accountId)
                .map(Movement::businessDate)
                .filter(d -> d.isAfter(afterExclusive))
                .min(LocalDate::compareTo));
    }

    @Override
    public Optional<LocalDate> findEarliestBusinessDate(long accountId) {
        return db.statement(() -> all().stream()
                .filter(m -> m.accountId() == accountId)
                .map(Movement::businessDate)
                .min(LocalDate::compareTo));
    }

    @Override
    public Set<String> findExistingSourceKeys(long accountId, Collection<String> sourceKeys) {
        return db.statement(() -> {
            Set<String> wanted = new HashSet<>(sourceKeys);
            Set<String> found = new HashSet<>();
            for (Movement m : all()) {
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
            for (Movement m : all()) {
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
        for (Movement m : all()) {
            if (m.accountId() == accountId && m.detail().ticker() != null) {
                tickers.add(m.detail().ticker());
            }
        }
        return tickers;
    }

    /** Business dates of the account's movements in [from, to], without counting a statement (for the store fake). */
    Set<LocalDate> datesOf(long accountId, LocalDate from, LocalDate to) {
        Set<LocalDate> dates = new TreeSet<>();
        for (Movement m : all()) {
            LocalDate d = m.businessDate();
            if (m.accountId() == accountId && !d.isBefore(from) && !d.isAfter(to)) {
                dates.add(d);
            }
        }
        return dates;
    }

    @Override
    public long findMaxId() {
        return db.statement(() -> table.view().isEmpty() ? 0L : table.view().lastKey());
    }

    private List<Movement> select(long accountId, Predicate<Movement> filter) {
        List<Movement> found = new ArrayList<>();
        for (Movement m : all()) {
            if (m.accountId() == accountId && filter.test(m)) {
                found.add(m);
            }
        }
        found.sort(Movement.APPLY_ORDER);
        return found;
    }

}
