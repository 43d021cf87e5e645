package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.ProgressListener;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.AccountRunLock;
import dev.snapfolio.application.port.out.AccountRunLock.Lease;
import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.SnapshotChanges.FinancialKey;
import dev.snapfolio.application.port.out.SnapshotChanges.StateKey;
import dev.snapfolio.application.port.out.SnapshotChanges.TickerKey;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.StoredState;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.calc.DomainException;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares an account's stored rows with a fresh computation of its whole history
 * ({@link HistoryFold#full}, independent of both processors) and, with repair, rewrites what
 * differs in one transaction while holding the account's run lock.
 */
public class VerifySnapshotsService implements VerifySnapshotsUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(VerifySnapshotsService.class);
    private static final String NONE = "(none)";

    private final AccountRepository accounts;
    private final MovementRepository movements;
    private final ReferenceDataRepository referenceData;
    private final SnapshotStore store;
    private final DirtyMarkRepository dirtyMarks;
    private final AccountRunLock runLock;
    private final UnitOfWork unitOfWork;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;

    @Inject
    public VerifySnapshotsService(AccountRepository accounts, MovementRepository movements,
            ReferenceDataRepository referenceData, SnapshotStore store, DirtyMarkRepository dirtyMarks,
            AccountRunLock runLock, UnitOfWork unitOfWork, ProcessingSettingsProvider settings, Clock clock) {
        this.accounts = accounts;
        this.movements = movements;
        this.referenceData = referenceData;
        this.store = store;
        this.dirtyMarks = dirtyMarks;
        this.runLock = runLock;
        this.unitOfWork = unitOfWork;
        this.settings = settings;
        this.clock = clock;
    }

    private static LocalDate earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b.orElse(null);
        }
        return b.isPresent() && b.get().isBefore(a.get()) ? b.get() : a.get();
    }

    @Override
    public VerifyReport verify(VerifyCommand command) {
        return verify(command, ProgressListener.NONE);
    }

    @Override
    public VerifyReport verify(VerifyCommand command, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        List<Long> ids = new ArrayList<>();
        OptionalLong only = command.accountId() == null ? OptionalLong.empty() : command.accountId();
        if (only.isPresent()) {
            ids.add(ServiceSupport.requireAccount(accounts, only.getAsLong()).id());
        } else {
            accounts.findAll().stream().map(Account::id).sorted().forEach(ids::add);
        }
        int rowsChecked = 0;
        List<Difference> differences = new ArrayList<>();
        boolean repaired = false;
        for (long accountId : ids) {
            Policy policy = ServiceSupport.policy(clock, settings, accountId);
            Progress step = new Progress(listener, "verifying account " + accountId);
            Check check;
            if (command.repair()) {
                Optional<Lease> lease = runLock.tryAcquire(accountId, settings.lockWait());
                if (lease.isEmpty()) {
                    check = compare(accountId, policy, step);
                    differences.add(new Difference(accountId, policy.today(), "lock", "run lock",
                            "held by another run", "not repaired"));
                } else {
                    try (Lease held = lease.get()) {
                        Optional<DirtyMark> mark = dirtyMarks.find(accountId);
                        check = compare(accountId, policy, step);
                        if (!check.changes.isEmpty() && check.historyError == null) {
                            unitOfWork.run(() -> store.write(check.changes));
                            repaired = true;
                            LOG.warn("account {}: verify repaired {} rows", accountId, check.changes.rowCount());
                        }
                        if (check.historyError == null) {
                            // What is still to come stays marked: a movement dated tomorrow, a split
                            // dated after today (it becomes due on its date, DESIGN §3.3).
                            LocalDate keepFrom = earliest(movements.findNextBusinessDate(accountId, policy.today()),
                                    referenceData.findNextSplitDate(accountId, policy.today()));
                            mark.ifPresent(m -> unitOfWork.run(
                                    () -> dirtyMarks.clearIfUnchanged(accountId, m.counter(), keepFrom)));
                        }
                    }
                }
            } else {
                check = compare(accountId, policy, step);
            }
            rowsChecked += check.rowsChecked;
            differences.addAll(check.differences);
        }
        LOG.info("verify: {} accounts, {} rows checked, {} differences{}", ids.size(), rowsChecked, differences.size(),
                repaired ? ", repaired" : "");
        return new VerifyReport(ids.size(), rowsChecked, differences, repaired);
    }

    /** The differences of one account and the changes that would make the stored rows equal the computation. */
    private record Check(int rowsChecked, List<Difference> differences, SnapshotChanges changes, String historyError) {
    }

    /** Reports one account's steps: reading, computing, then the dates compared. */
    private record Progress(ProgressListener listener, String phase) {
        void tell(String what, long done, long total) {
            listener.progress(what.isEmpty() ? phase : phase + " (" + what + ")", done, total);
        }
    }

    /**
     * One walk over the account's dates in order: each date's computed rows against the stored
     * ones, and each computed state against the stored text ({@link StoredState#matches}); a stored
     * state is decoded only where it differs, to name what differs.
     */
    private Check compare(long accountId, Policy policy, Progress progress) {
        LocalDate today = policy.today();
        progress.tell("reading movements", 0, 0);
        List<Movement> history = new ArrayList<>(movements.findByAccount(accountId));
        history.sort(Movement.APPLY_ORDER);
        List<DayResult> days = List.of();
        if (!history.isEmpty()) {
            LocalDate first = history.get(0).businessDate();
            ReferenceData refs = referenceData.loadForAccount(accountId, first, today);
            progress.tell("computing " + history.size() + " movements", 0, 0);
            try {
                days = HistoryFold.full(accountId, history, refs, policy);
            } catch (DomainException e) {
                return new Check(0, List.of(new Difference(accountId, e.date(), "history", "movement #" + e.movementId(),
                        "stored history", e.getMessage())), SnapshotChanges.none(), e.getMessage());
            }
        }
        Map<FinancialKey, FinancialSnapshot> expectedFinancials = new TreeMap<>(FINANCIAL_KEY_ORDER);
        Map<TickerKey, TickerSnapshot> expectedTickers = new TreeMap<>(TICKER_KEY_ORDER);
        Map<LocalDate, AccountState> expectedStates = new TreeMap<>();
        for (DayResult day : days) {
            if (!day.snapshotDate() || day.date().isAfter(today)) {
                continue;
            }
            day.financials().forEach(f -> expectedFinancials.put(new FinancialKey(accountId, f.date(), f.currency()), f));
            day.tickers().forEach(t -> expectedTickers.put(
                    new TickerKey(accountId, t.date(), t.ticker(), t.currency()), t));
            expectedStates.put(day.date(), day.state());
        }
        progress.tell("reading stored rows", 0, 0);
        StoredSnapshots stored = store.findRange(accountId, ServiceSupport.OPEN_START, today);
        Map<LocalDate, StoredState> storedStates = stored.storedStates();
        Map<FinancialKey, FinancialSnapshot> storedFinancials = new TreeMap<>(FINANCIAL_KEY_ORDER);
        stored.financials().forEach(f -> storedFinancials.put(new FinancialKey(accountId, f.date(), f.currency()), f));
        Map<TickerKey, TickerSnapshot> storedTickers = new TreeMap<>(TICKER_KEY_ORDER);
        stored.tickers().forEach(t -> storedTickers.put(new TickerKey(accountId, t.date(), t.ticker(), t.currency()), t));

        List<Difference> differences = new ArrayList<>();
        SnapshotChanges.Builder repair = new SnapshotChanges.Builder();
        int checked = 0;

        TreeSet<FinancialKey> financialKeys = new TreeSet<>(FINANCIAL_KEY_ORDER);
        financialKeys.addAll(expectedFinancials.keySet());
        financialKeys.addAll(storedFinancials.keySet());
        for (FinancialKey key : financialKeys) {
            checked++;
            FinancialSnapshot want = expectedFinancials.get(key);
            FinancialSnapshot have = storedFinancials.get(key);
            if (Objects.equals(want, have)) {
                continue;
            }
            differences.add(difference(accountId, key.date(), "financial", key.currency().code(), have, want));
            if (have == null) {
                repair.insertFinancials.add(want);
            } else if (want == null) {
                repair.deleteFinancials.add(key);
            } else {
                repair.updateFinancials.add(want);
            }
        }
        TreeSet<TickerKey> tickerKeys = new TreeSet<>(TICKER_KEY_ORDER);
        tickerKeys.addAll(expectedTickers.keySet());
        tickerKeys.addAll(storedTickers.keySet());
        for (TickerKey key : tickerKeys) {
            checked++;
            TickerSnapshot want = expectedTickers.get(key);
            TickerSnapshot have = storedTickers.get(key);
            if (Objects.equals(want, have)) {
                continue;
            }
            differences.add(difference(accountId, key.date(), "ticker", key.ticker() + " " + key.currency(), have, want));
            if (have == null) {
                repair.insertTickers.add(want);
            } else if (want == null) {
                repair.deleteTickers.add(key);
            } else {
                repair.updateTickers.add(want);
            }
        }
        TreeSet<LocalDate> stateDates = new TreeSet<>(expectedStates.keySet());
        stateDates.addAll(storedStates.keySet());
        long total = stateDates.size();
        long done = 0;
        for (LocalDate date : stateDates) {
            checked++;
            AccountState want = expectedStates.get(date);
            StoredState have = storedStates.get(date);
            if ((done++ & 63) == 0) {
                progress.tell("", done, total);
            }
            if (have == null && want == null || have != null && want != null && have.matches(want)) {
                continue;
            }
            // decoded only here, where the two differ (once): to accept a state written before option lots
            // had open dates, and for the report to name the fields
            AccountState haveState = have == null ? null : have.state();
            if (sameAsWrittenBeforeOpenDates(haveState, want)) {
                continue;
            }
            differences.add(want == null
                    ? new Difference(accountId, date, "state", date.toString(), "present", NONE)
                    : difference(accountId, date, "state", date.toString(), haveState, want));
            if (want == null) {
                repair.deleteStates.add(new StateKey(accountId, date));
            } else {
                repair.upsertStates.add(want);
            }
        }
        progress.tell("", total, total);
        SnapshotChanges changes = repair.build();
        return new Check(checked, differences, changes, null);
    }

    private static final Comparator<FinancialKey> FINANCIAL_KEY_ORDER =
            Comparator.comparing(FinancialKey::date).thenComparing(FinancialKey::currency);
    private static final Comparator<TickerKey> TICKER_KEY_ORDER = Comparator.comparing(TickerKey::date)
            .thenComparing(TickerKey::ticker).thenComparing(TickerKey::currency);

    /** Names only the fields that differ, so a report stays readable. */
    static Difference difference(long accountId, LocalDate date, String kind, String key, Record have, Record want) {
        if (have == null || want == null) {
            return new Difference(accountId, date, kind, key, have == null ? NONE : "present",
                    want == null ? NONE : "present");
        }
        StringBuilder stored = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (RecordComponent component : have.getClass().getRecordComponents()) {
            Object a = read(component, have);
            Object b = read(component, want);
            if (!Objects.equals(a, b)) {
                append(stored, component.getName(), a);
                append(expected, component.getName(), b);
            }
        }
        return new Difference(accountId, date, kind, key, stored.toString(), expected.toString());
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static void append(StringBuilder sb, String name, Object value) {
        if (sb.length() > 0) {
            sb.append(", ");
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        if (text.length() > 200) {
            text = text.substring(0, 200) + "…";
        }
        sb.append(name).append('=').append(text);
    }

    /**
     * A state stored before option lots carried their open date (state format 1) holds every lot
     * without it; it is consistent when it is the expected state with the open dates forgotten —
     * same lots, same order. Not a difference: a later run continues correctly from it, and it is
     * rewritten with the dates whenever a run passes its date.
     */
    private static boolean sameAsWrittenBeforeOpenDates(AccountState have, AccountState want) {
        return have != null && want != null && have.hasOnlyUndatedOptionLots()
                && have.equals(want.withoutOptionOpenDates());
    }
}
