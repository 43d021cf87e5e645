package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.QueryMeter;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.calc.DailyCalculator;
import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.PositionKey;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-date processing (DESIGN §4.1): for each visited date in order, load that day's movements,
 * the prices it needs and its stored rows, apply the day, write the changed rows and commit that
 * date. The state before the first date is loaded once and then carried. Small steps and little
 * memory; a crash leaves every committed date consistent, and a re-run continues identically.
 */
public class PerDateProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(PerDateProcessor.class);
    /** The last date a DATE column holds: "every split", dated after today included. */
    static final LocalDate SPLITS_UNTIL = LocalDate.of(9999, 12, 31);

    private final MovementRepository movements;
    private final ReferenceDataRepository referenceData;
    private final SnapshotStore store;
    private final UnitOfWork unitOfWork;
    private final QueryMeter meter;
    private final DailyCalculator calculator;

    @Inject
    public PerDateProcessor(MovementRepository movements, ReferenceDataRepository referenceData, SnapshotStore store,
            UnitOfWork unitOfWork, QueryMeter meter, DailyCalculator calculator) {
        this.movements = movements;
        this.referenceData = referenceData;
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.meter = meter;
        this.calculator = calculator;
    }

    /**
     * Brings the account's rows in [from, policy.today()] up to date. A {@link dev.snapfolio.domain.calc.DomainException}
     * or a storage error propagates; the dates committed before it stay committed.
     */
    public ProcessingResult process(long accountId, LocalDate from, Policy policy) {
        return process(accountId, from, null, policy);
    }

    /**
     * As {@link #process(long, LocalDate, Policy)}, starting from {@code knownStart}, the stored
     * state before {@code from} the caller read in this run, under the account's run lock
     * ({@code null} reads it).
     */
    public ProcessingResult process(long accountId, LocalDate from, AccountState knownStart, Policy policy) {
        long started = System.nanoTime();
        long queriesBefore = meter.count();
        LocalDate end = policy.today();
        Timer load = new Timer();
        Timer persist = new Timer();

        AccountState start = knownStart != null ? knownStart
                : load.time(() -> store.findStateBefore(accountId, from).orElse(AccountState.empty(accountId)));
        // A run of one date (a change dated today) reads that date's movements, those after it and its
        // stored rows once, up front: the same rows the per-date queries below would read, in fewer
        // statements. A longer run asks per date.
        boolean oneDate = from.equals(end);
        List<Movement> fromOn = oneDate ? load.time(() -> movements.findFrom(accountId, from)) : null;
        StoredSnapshots storedOnEnd = oneDate ? load.time(() -> store.findRange(accountId, end, end)) : null;
        NavigableSet<LocalDate> storedDates = oneDate ? new TreeSet<>(StoredDay.byDate(storedOnEnd).keySet())
                : load.time(() -> from.isAfter(end)
                        ? new TreeSet<>() : new TreeSet<>(store.findStoredDates(accountId, from, end)));
        // Splits are few: read once, so the next split date is known without a query per date. Those
        // dated after today too: the first of them is when the account becomes due again (DESIGN §3.3);
        // the calculator never applies a split after the day it computes.
        ReferenceData splits = load.time(() -> referenceData.loadSplits(accountId, List.of(), SPLITS_UNTIL));

        RowCounts[] counts = {RowCounts.none()};
        long[] persistQueries = {0};
        SnapshotWalk.Source source = new SnapshotWalk.Source() {
            @Override
            public Optional<LocalDate> nextMovementDate(LocalDate afterExclusive) {
                if (oneDate) {
                    return fromOn.stream().map(Movement::businessDate).filter(d -> d.isAfter(afterExclusive))
                            .min(LocalDate::compareTo);
                }
                return load.time(() -> movements.findNextBusinessDate(accountId, afterExclusive));
            }

            @Override
            public Optional<LocalDate> nextStoredDate(LocalDate afterExclusive) {
                return Optional.ofNullable(storedDates.higher(afterExclusive));
            }

            @Override
            public List<Movement> movementsOn(LocalDate day) {
                if (oneDate) {
                    List<Movement> list = new ArrayList<>();
                    for (Movement movement : fromOn) {
                        if (movement.businessDate().equals(day)) {
                            list.add(movement);
                        }
                    }
                    list.sort(Movement.APPLY_ORDER);
                    return list;
                }
                return load.time(() -> {
                    List<Movement> list = new ArrayList<>(movements.findOn(accountId, day));
                    list.sort(Movement.APPLY_ORDER);
                    return list;
                });
            }

            @Override
            public ReferenceData referenceData(LocalDate day, AccountState before, List<Movement> dayMovements) {
                Set<PositionKey> series = pricedSeries(before, dayMovements);
                if (series.isEmpty()) {
                    return splits;
                }
                return new DayReferenceData(load.time(() -> referenceData.loadPrices(series, day, day)), splits);
            }

            @Override
            public ReferenceData calendarData() {
                return splits;
            }

            @Override
            public StoredDay storedOn(LocalDate day) {
                if (!storedDates.contains(day)) {
                    return StoredDay.EMPTY;
                }
                StoredDay stored = oneDate ? StoredDay.byDate(storedOnEnd).get(day)
                        : load.time(() -> StoredDay.byDate(store.findRange(accountId, day, day)).get(day));
                return stored == null ? StoredDay.EMPTY : stored;
            }
        };
        SnapshotWalk.DaySink sink = (AccountState before, DayResult result, List<Movement> dayMovements,
                StoredDay stored) -> {
            ChangeSet day = new ChangeSet();
            DayDiff.diff(day, accountId, before, result, dayMovements, stored);
            if (!day.isEmpty()) {
                long statementsBefore = meter.count();
                persist.time(() -> {
                    unitOfWork.run(() -> store.write(day.toChanges()));
                    return null;
                });
                persistQueries[0] += meter.count() - statementsBefore;
            }
            counts[0] = counts[0].plus(day.counts());
            if (LOG.isDebugEnabled()) {
                LOG.debug("account {} {}: {} movements, rows {}", accountId, result.date(), dayMovements.size(),
                        day.counts().written());
            }
        };
        SnapshotWalk.Visit visit = SnapshotWalk.walk(start, from, end, policy, calculator, source, sink);

        long totalMs = millisSince(started);
        long loadMs = load.millis();
        long persistMs = persist.millis();
        long queries = meter.count() - queriesBefore;
        return new ProcessingResult(Strategy.PER_DATE, true, from, end, counts[0], visit.dates(), visit.movements(),
                loadMs, Math.max(0, totalMs - loadMs - persistMs), persistMs, totalMs, queries,
                queries - persistQueries[0], List.of(), !visit.lastCursor().isAfter(end),
                visit.nextMovementAfterCursor(), true, splits.earliestSplitOnOrAfter(end), visit.finalState());
    }

    /**
     * The (ticker, currency) series a day can value: the open positions and open contracts before
     * it, and the positions its movements touch (a movement's position is in its own currency).
     */
    static Set<PositionKey> pricedSeries(AccountState before, List<Movement> dayMovements) {
        Set<PositionKey> series = new TreeSet<>();
        before.tickers().forEach((key, book) -> {
            if (book.isOpen()) {
                series.add(key);
            }
        });
        before.contracts().keySet().forEach(key -> series.add(key.position()));
        for (Movement movement : dayMovements) {
            if (movement.detail().ticker() != null) {
                series.add(new PositionKey(movement.detail().ticker(), movement.currency()));
            }
        }
        return series;
    }

    static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
