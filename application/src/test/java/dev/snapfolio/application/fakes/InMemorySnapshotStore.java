package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.SnapshotChanges.FinancialKey;
import dev.snapfolio.application.port.out.SnapshotChanges.StateKey;
import dev.snapfolio.application.port.out.SnapshotChanges.TickerKey;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.PositionKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Snapshot rows and states in memory, with the unique keys of the real tables: inserting an
 * existing row, or updating or deleting a missing one, fails (so a processor that writes the wrong
 * kind of statement is caught). Statement counts follow the real adapter: a range load is 2, each
 * non-empty list of a write is one batched statement.
 */
public class InMemorySnapshotStore implements SnapshotStore, FakeDatabase.Participant {
    private final FakeDatabase db;
    private final InMemoryMovementRepository movements;
    /** account → date → rows. */
    private Map<Long, TreeMap<LocalDate, Day>> accounts = new HashMap<>();

    private record Day(TreeMap<Currency, FinancialSnapshot> financials, TreeMap<PositionKey, TickerSnapshot> tickers,
            AccountState state) {
        Day copy() {
            return new Day(new TreeMap<>(financials), new TreeMap<>(tickers), state);
        }

        Day withState(AccountState newState) {
            return new Day(financials, tickers, newState);
        }

        boolean isEmpty() {
            return financials.isEmpty() && tickers.isEmpty() && state == null;
        }
    }

    public InMemorySnapshotStore(FakeDatabase db, InMemoryMovementRepository movements) {
        this.db = db;
        this.movements = movements;
        db.register(this);
    }

    private TreeMap<LocalDate, Day> days(long accountId) {
        return accounts.computeIfAbsent(accountId, id -> new TreeMap<>());
    }

    private Day day(long accountId, LocalDate date) {
        return days(accountId).computeIfAbsent(date, d -> new Day(new TreeMap<>(), new TreeMap<>(), null));
    }

    private void dropIfEmpty(long accountId, LocalDate date) {
        Day day = days(accountId).get(date);
        if (day != null && day.isEmpty()) {
            days(accountId).remove(date);
        }
    }

    @Override
    public Optional<AccountState> findStateBefore(long accountId, LocalDate date) {
        return db.statement(() -> {
            onLoad("findStateBefore");
            for (Day day : days(accountId).headMap(date, false).descendingMap().values()) {
                if (day.state() != null) {
                    return Optional.of(day.state());
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public StoredSnapshots findRange(long accountId, LocalDate from, LocalDate to) {
        return db.statements(2, () -> {
            onLoad("findRange");
            List<FinancialSnapshot> financials = new ArrayList<>();
            List<TickerSnapshot> tickers = new ArrayList<>();
            Map<LocalDate, AccountState> states = new TreeMap<>();
            if (!from.isAfter(to)) {
                days(accountId).subMap(from, true, to, true).forEach((date, day) -> {
                    financials.addAll(day.financials().values());
                    tickers.addAll(day.tickers().values());
                    if (day.state() != null) {
                        states.put(date, day.state());
                    }
                });
            }
            return new StoredSnapshots(financials, tickers, states);
        });
    }

    @Override
    public List<LocalDate> findStoredDates(long accountId, LocalDate from, LocalDate to) {
        return db.statement(() -> {
            onLoad("findStoredDates");
            return from.isAfter(to) ? List.of() : new ArrayList<>(days(accountId).subMap(from, true, to, true).keySet());
        });
    }

    @Override
    public int countVisitDates(long accountId, LocalDate from, LocalDate to) {
        return db.statement(() -> {
            if (from.isAfter(to)) {
                return 0;
            }
            Set<LocalDate> dates = new TreeSet<>(movements.datesOf(accountId, from, to));
            dates.addAll(days(accountId).subMap(from, true, to, true).keySet());
            return dates.size();
        });
    }

    @Override
    public void write(SnapshotChanges changes) {
        db.statements(nonEmptyLists(changes), () -> {
            for (FinancialSnapshot row : changes.insertFinancials()) {
                beforeRowWrite();
                Day day = day(row.accountId(), row.date());
                if (day.financials().containsKey(row.currency())) {
                    throw new IllegalStateException("duplicate financial row " + row.accountId() + "/" + row.date()
                            + "/" + row.currency());
                }
                day.financials().put(row.currency(), row);
            }
            for (FinancialSnapshot row : changes.updateFinancials()) {
                beforeRowWrite();
                Day day = days(row.accountId()).get(row.date());
                if (day == null || !day.financials().containsKey(row.currency())) {
                    throw new IllegalStateException("no financial row to update " + row.accountId() + "/" + row.date()
                            + "/" + row.currency());
                }
                day.financials().put(row.currency(), row);
            }
            for (FinancialKey key : changes.deleteFinancials()) {
                beforeRowWrite();
                Day day = days(key.accountId()).get(key.date());
                if (day == null || day.financials().remove(key.currency()) == null) {
                    throw new IllegalStateException("no financial row to delete " + key);
                }
                dropIfEmpty(key.accountId(), key.date());
            }
            for (TickerSnapshot row : changes.insertTickers()) {
                beforeRowWrite();
                Day day = day(row.accountId(), row.date());
                PositionKey key = new PositionKey(row.ticker(), row.currency());
                if (day.tickers().containsKey(key)) {
                    throw new IllegalStateException("duplicate ticker row " + row.accountId() + "/" + row.date() + "/"
                            + key);
                }
                day.tickers().put(key, row);
            }
            for (TickerSnapshot row : changes.updateTickers()) {
                beforeRowWrite();
                Day day = days(row.accountId()).get(row.date());
                PositionKey key = new PositionKey(row.ticker(), row.currency());
                if (day == null || !day.tickers().containsKey(key)) {
                    throw new IllegalStateException("no ticker row to update " + row.accountId() + "/" + row.date()
                            + "/" + key);
                }
                day.tickers().put(key, row);
            }
            for (TickerKey key : changes.deleteTickers()) {
                beforeRowWrite();
                Day day = days(key.accountId()).get(key.date());
                if (day == null || day.tickers().remove(new PositionKey(key.ticker(), key.currency())) == null) {
                    throw new IllegalStateException("no ticker row to delete " + key);
                }
                dropIfEmpty(key.accountId(), key.date());
            }
            for (AccountState state : changes.upsertStates()) {
                beforeRowWrite();
                if (state.asOf() == null) {
                    throw new IllegalArgumentException("a stored state needs its date");
                }
                TreeMap<LocalDate, Day> days = days(state.accountId());
                days.put(state.asOf(), day(state.accountId(), state.asOf()).withState(state));
            }
            for (StateKey key : changes.deleteStates()) {
                beforeRowWrite();
                Day day = days(key.accountId()).get(key.date());
                if (day == null || day.state() == null) {
                    throw new IllegalStateException("no state to delete " + key);
                }
                days(key.accountId()).put(key.date(), day.withState(null));
                dropIfEmpty(key.accountId(), key.date());
            }
            return null;
        });
    }

    private static int nonEmptyLists(SnapshotChanges c) {
        int n = 0;
        for (List<?> list : List.of(c.insertFinancials(), c.updateFinancials(), c.deleteFinancials(),
                c.insertTickers(), c.updateTickers(), c.deleteTickers(), c.upsertStates(), c.deleteStates())) {
            if (!list.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** Called before each row a write applies (fault injection hook). */
    protected void beforeRowWrite() {
    }

    /** Called at the start of each load statement (fault injection hook). */
    protected void onLoad(String statement) {
    }

    @Override
    public List<FinancialSnapshot> findFinancials(long accountId, LocalDate from, LocalDate to) {
        return db.statement(() -> {
            List<FinancialSnapshot> rows = new ArrayList<>();
            if (!from.isAfter(to)) {
                days(accountId).subMap(from, true, to, true).values().forEach(d -> rows.addAll(d.financials().values()));
            }
            return rows;
        });
    }

    @Override
    public List<TickerSnapshot> findTickers(long accountId, LocalDate from, LocalDate to) {
        return db.statement(() -> {
            List<TickerSnapshot> rows = new ArrayList<>();
            if (!from.isAfter(to)) {
                days(accountId).subMap(from, true, to, true).values().forEach(d -> rows.addAll(d.tickers().values()));
            }
            return rows;
        });
    }

    /** Everything stored for the account (no statement counted): for tests comparing whole stores. */
    public StoredSnapshots everything(long accountId) {
        db.lock().lock();
        try {
            List<FinancialSnapshot> financials = new ArrayList<>();
            List<TickerSnapshot> tickers = new ArrayList<>();
            Map<LocalDate, AccountState> states = new TreeMap<>();
            days(accountId).forEach((date, day) -> {
                financials.addAll(day.financials().values());
                tickers.addAll(day.tickers().values());
                if (day.state() != null) {
                    states.put(date, day.state());
                }
            });
            return new StoredSnapshots(financials, tickers, states);
        } finally {
            db.lock().unlock();
        }
    }

    /** Puts rows straight into the store (no statement counted, no checks): for tests that arrange stale rows. */
    public void seed(List<FinancialSnapshot> financials, List<TickerSnapshot> tickers, List<AccountState> states) {
        db.lock().lock();
        try {
            financials.forEach(row -> day(row.accountId(), row.date()).financials().put(row.currency(), row));
            tickers.forEach(row -> day(row.accountId(), row.date()).tickers()
                    .put(new PositionKey(row.ticker(), row.currency()), row));
            states.forEach(state -> days(state.accountId()).put(state.asOf(),
                    day(state.accountId(), state.asOf()).withState(state)));
        } finally {
            db.lock().unlock();
        }
    }

    @Override
    public Object snapshot() {
        return deepCopy(accounts);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        accounts = deepCopy((Map<Long, TreeMap<LocalDate, Day>>) snapshot);
    }

    private static Map<Long, TreeMap<LocalDate, Day>> deepCopy(Map<Long, TreeMap<LocalDate, Day>> source) {
        Map<Long, TreeMap<LocalDate, Day>> copy = new HashMap<>();
        source.forEach((id, days) -> {
            TreeMap<LocalDate, Day> daysCopy = new TreeMap<>();
            days.forEach((date, day) -> daysCopy.put(date, day.copy()));
            copy.put(id, daysCopy);
        });
        return copy;
    }
}
