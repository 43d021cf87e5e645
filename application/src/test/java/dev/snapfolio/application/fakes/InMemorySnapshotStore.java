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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Snapshot rows and states in memory, with the unique keys of the real tables: inserting an
 * existing row, or updating or deleting a missing one, fails (so a processor that writes the wrong
 * kind of statement is caught). A write applies its deletes first, then inserts, updates and state
 * upserts. Statement counts follow the real adapter: a range load is 2, each non-empty list of a
 * write is one batched statement.
 */
public class InMemorySnapshotStore implements SnapshotStore {
    private final FakeDatabase db;
    private final InMemoryMovementRepository movements;
    private final TxMap<DayKey, Day> days;

    private record DayKey(long accountId, LocalDate date) {
    }

    private static final Comparator<DayKey> ORDER =
            Comparator.comparingLong(DayKey::accountId).thenComparing(DayKey::date);

    /** The rows of one account on one date; replaced as a whole on every change so a rollback can put it back. */
    private record Day(Map<Currency, FinancialSnapshot> financials, Map<PositionKey, TickerSnapshot> tickers,
            AccountState state) {
        static final Day EMPTY = new Day(Map.of(), Map.of(), null);

        Day withFinancials(UnaryOperator<TreeMap<Currency, FinancialSnapshot>> change) {
            return new Day(change.apply(new TreeMap<>(financials)), tickers, state);
        }

        Day withTickers(UnaryOperator<TreeMap<PositionKey, TickerSnapshot>> change) {
            return new Day(financials, change.apply(new TreeMap<>(tickers)), state);
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
        this.days = new TxMap<>(db, ORDER);
    }

    private NavigableMap<DayKey, Day> range(long accountId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return new TreeMap<>(ORDER);
        }
        return days.view().subMap(new DayKey(accountId, from), true, new DayKey(accountId, to), true);
    }

    private Day day(long accountId, LocalDate date) {
        Day day = days.get(new DayKey(accountId, date));
        return day == null ? Day.EMPTY : day;
    }

    private void put(long accountId, LocalDate date, Day day) {
        DayKey key = new DayKey(accountId, date);
        if (day.isEmpty()) {
            days.remove(key);
        } else {
            days.put(key, day);
        }
    }

    @Override
    public Optional<AccountState> findStateBefore(long accountId, LocalDate date) {
        return db.statement(() -> {
            onLoad("findStateBefore");
            NavigableMap<DayKey, Day> before = days.view().subMap(new DayKey(accountId, LocalDate.MIN), true,
                    new DayKey(accountId, date), false);
            for (Day day : before.descendingMap().values()) {
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
            range(accountId, from, to).forEach((key, day) -> {
                financials.addAll(day.financials().values());
                tickers.addAll(day.tickers().values());
                if (day.state() != null) {
                    states.put(key.date(), day.state());
                }
            });
            return StoredSnapshots.of(financials, tickers, states);
        });
    }

    @Override
    public List<LocalDate> findStoredDates(long accountId, LocalDate from, LocalDate to) {
        return db.statement(() -> {
            onLoad("findStoredDates");
            return range(accountId, from, to).keySet().stream().map(DayKey::date).toList();
        });
    }

    @Override
    public int countVisitDates(long accountId, LocalDate from, LocalDate to) {
        return db.statement(() -> {
            if (from.isAfter(to)) {
                return 0;
            }
            Set<LocalDate> dates = new TreeSet<>(movements.datesOf(accountId, from, to));
            range(accountId, from, to).keySet().forEach(key -> dates.add(key.date()));
            return dates.size();
        });
    }

    @Override
    public void write(SnapshotChanges changes) {
        db.statements(nonEmptyLists(changes), () -> {
            for (FinancialKey key : changes.deleteFinancials()) {
                beforeRowWrite();
                Day day = day(key.accountId(), key.date());
                if (!day.financials().containsKey(key.currency())) {
                    throw new IllegalStateException("no financial row to delete " + key);
                }
                put(key.accountId(), key.date(), day.withFinancials(m -> {
                    m.remove(key.currency());
                    return m;
                }));
            }
            for (TickerKey key : changes.deleteTickers()) {
                beforeRowWrite();
                Day day = day(key.accountId(), key.date());
                PositionKey position = new PositionKey(key.ticker(), key.currency());
                if (!day.tickers().containsKey(position)) {
                    throw new IllegalStateException("no ticker row to delete " + key);
                }
                put(key.accountId(), key.date(), day.withTickers(m -> {
                    m.remove(position);
                    return m;
                }));
            }
            for (StateKey key : changes.deleteStates()) {
                beforeRowWrite();
                Day day = day(key.accountId(), key.date());
                if (day.state() == null) {
                    throw new IllegalStateException("no state to delete " + key);
                }
                put(key.accountId(), key.date(), day.withState(null));
            }
            for (FinancialSnapshot row : changes.insertFinancials()) {
                beforeRowWrite();
                Day day = day(row.accountId(), row.date());
                if (day.financials().containsKey(row.currency())) {
                    throw new IllegalStateException("duplicate financial row " + row.accountId() + "/" + row.date()
                            + "/" + row.currency());
                }
                put(row.accountId(), row.date(), day.withFinancials(m -> {
                    m.put(row.currency(), row);
                    return m;
                }));
            }
            for (TickerSnapshot row : changes.insertTickers()) {
                beforeRowWrite();
                Day day = day(row.accountId(), row.date());
                PositionKey position = new PositionKey(row.ticker(), row.currency());
                if (day.tickers().containsKey(position)) {
                    throw new IllegalStateException("duplicate ticker row " + row.accountId() + "/" + row.date() + "/"
                            + position);
                }
                put(row.accountId(), row.date(), day.withTickers(m -> {
                    m.put(position, row);
                    return m;
                }));
            }
            for (FinancialSnapshot row : changes.updateFinancials()) {
                beforeRowWrite();
                Day day = day(row.accountId(), row.date());
                if (!day.financials().containsKey(row.currency())) {
                    throw new IllegalStateException("no financial row to update " + row.accountId() + "/" + row.date()
                            + "/" + row.currency());
                }
                put(row.accountId(), row.date(), day.withFinancials(m -> {
                    m.put(row.currency(), row);
                    return m;
                }));
            }
            for (TickerSnapshot row : changes.updateTickers()) {
                beforeRowWrite();
                Day day = day(row.accountId(), row.date());
                PositionKey position = new PositionKey(row.ticker(), row.currency());
                if (!day.tickers().containsKey(position)) {
                    throw new IllegalStateException("no ticker row to update " + row.accountId() + "/" + row.date()
                            + "/" + position);
                }
                put(row.accountId(), row.date(), day.withTickers(m -> {
                    m.put(position, row);
                    return m;
                }));
            }
            for (AccountState state : changes.upsertStates()) {
                beforeRowWrite();
                if (state.asOf() == null) {
                    throw new IllegalArgumentException("a stored state needs its date");
                }
                put(state.accountId(), state.asOf(), day(state.accountId(), state.asOf()).withState(state));
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
            range(accountId, from, to).values().forEach(d -> rows.addAll(d.financials().values()));
            return rows;
        });
    }

    @Override
    public List<TickerSnapshot> findTickers(long accountId, LocalDate from, LocalDate to) {
        return db.statement(() -> {
            List<TickerSnapshot> rows = new ArrayList<>();
            range(accountId, from, to).values().forEach(d -> rows.addAll(d.tickers().values()));
            return rows;
        });
    }

    /** Everything stored for the account (no statement counted): for tests comparing whole stores. */
    public StoredSnapshots everything(long accountId) {
        return db.quietly(() -> {
            List<FinancialSnapshot> financials = new ArrayList<>();
            List<TickerSnapshot> tickers = new ArrayList<>();
            Map<LocalDate, AccountState> states = new TreeMap<>();
            range(accountId, LocalDate.MIN, LocalDate.MAX).forEach((key, day) -> {
                financials.addAll(day.financials().values());
                tickers.addAll(day.tickers().values());
                if (day.state() != null) {
                    states.put(key.date(), day.state());
                }
            });
            return StoredSnapshots.of(financials, tickers, states);
        });
    }

    /** Puts rows straight into the store (no statement counted, no checks): for tests that arrange stale rows. */
    public void seed(List<FinancialSnapshot> financials, List<TickerSnapshot> tickers, List<AccountState> states) {
        db.quietly(() -> {
            financials.forEach(row -> put(row.accountId(), row.date(), day(row.accountId(), row.date())
                    .withFinancials(m -> {
                        m.put(row.currency(), row);
                        return m;
                    })));
            tickers.forEach(row -> put(row.accountId(), row.date(), day(row.accountId(), row.date())
                    .withTickers(m -> {
                        m.put(new PositionKey(row.ticker(), row.currency()), row);
                        return m;
                    })));
            states.forEach(state -> put(state.accountId(), state.asOf(),
                    day(state.accountId(), state.asOf()).withState(state)));
            return null;
        });
    }
}
