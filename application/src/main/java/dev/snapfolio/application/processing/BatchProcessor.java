package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.QueryMeter;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.BatchFailureException.Phase;
import dev.snapfolio.domain.calc.DailyCalculator;
import dev.snapfolio.domain.calc.DomainException;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Batch processing (DESIGN §4.2): load everything the range needs in a constant number of queries
 * (the state before {@code from}, the movements from {@code from}, prices and splits, the stored
 * rows of the range: at most 6 whatever the range), compute every date in memory with the same
 * walk as per-date, then write all changed rows with one {@link SnapshotStore#write} in one
 * transaction.
 */
public class BatchProcessor {
    private final MovementRepository movements;
    private final ReferenceDataRepository referenceData;
    private final SnapshotStore store;
    private final UnitOfWork unitOfWork;
    private final QueryMeter meter;
    private final DailyCalculator calculator;

    @Inject
    public BatchProcessor(MovementRepository movements, ReferenceDataRepository referenceData, SnapshotStore store,
            UnitOfWork unitOfWork, QueryMeter meter, DailyCalculator calculator) {
        this.movements = movements;
        this.referenceData = referenceData;
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.meter = meter;
        this.calculator = calculator;
    }

    /**
     * Brings the account's rows in [from, policy.today()] up to date in one transaction.
     *
     * @throws BatchFailureException when loading or persisting fails (nothing was written)
     * @throws DomainException when a movement cannot be applied (nothing was written)
     */
    public ProcessingResult process(long accountId, LocalDate from, Policy policy) {
        long started = System.nanoTime();
        long queriesBefore = meter.count();
        LocalDate end = policy.today();

        Loaded loaded;
        long loadStart = System.nanoTime();
        try {
            loaded = load(accountId, from, end);
        } catch (RuntimeException e) {
            throw new BatchFailureException(Phase.LOAD, e);
        }
        long loadMs = PerDateProcessor.millisSince(loadStart);
        long loadQueries = meter.count() - queriesBefore;

        long calcStart = System.nanoTime();
        ChangeSet changes = new ChangeSet();
        SnapshotWalk.Visit visit;
        try {
            // One run over the walk: the references are loaded once, so the memo may carry over days.
            SnapshotWalk.DayCalculation calculation = SnapshotWalk.run(calculator.startRun(loaded.refs, policy));
            visit = SnapshotWalk.walk(loaded.start, from, end, policy, calculation, loaded.source(),
                    (before, result, dayMovements, stored) ->
                            DayDiff.diff(changes, accountId, before, result, dayMovements, stored));
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            long totalMs = PerDateProcessor.millisSince(started);
            return new ProcessingResult(Strategy.BATCH, false, from, end, RowCounts.none(), 0, 0, loadMs,
                    PerDateProcessor.millisSince(calcStart), 0, totalMs, meter.count() - queriesBefore, loadQueries,
                    List.of("calculation failed: " + e));
        }
        long calcMs = PerDateProcessor.millisSince(calcStart);

        long persistStart = System.nanoTime();
        if (!changes.isEmpty()) {
            try {
                unitOfWork.run(() -> store.write(changes.toChanges()));
            } catch (RuntimeException e) {
                throw new BatchFailureException(Phase.PERSIST, e);
            }
        }
        long persistMs = PerDateProcessor.millisSince(persistStart);
        return new ProcessingResult(Strategy.BATCH, true, from, end, changes.counts(), visit.dates(), visit.movements(),
                loadMs, calcMs, persistMs, PerDateProcessor.millisSince(started), meter.count() - queriesBefore,
                loadQueries, List.of(), false, Optional.empty(), false, Optional.empty(), visit.finalState());
    }

    private Loaded load(long accountId, LocalDate from, LocalDate end) {
        AccountState start = store.findStateBefore(accountId, from).orElse(AccountState.empty(accountId));
        NavigableMap<LocalDate, List<Movement>> byDate = new TreeMap<>();
        ReferenceData refs = ReferenceData.empty();
        NavigableMap<LocalDate, StoredDay> stored = new TreeMap<>();
        if (!from.isAfter(end)) {
            for (Movement movement : movements.findFrom(accountId, from)) {
                if (!movement.businessDate().isAfter(end)) {
                    byDate.computeIfAbsent(movement.businessDate(), d -> new ArrayList<>()).add(movement);
                }
            }
            byDate.values().forEach(list -> list.sort(Movement.APPLY_ORDER));
            refs = referenceData.loadForAccount(accountId, from, end);
            StoredSnapshots rows = store.findRange(accountId, from, end);
            stored = StoredDay.byDate(rows);
        }
        return new Loaded(start, byDate, refs, stored);
    }

    /** Everything a batch run needs, in memory. */
    private record Loaded(AccountState start, NavigableMap<LocalDate, List<Movement>> movements, ReferenceData refs,
            NavigableMap<LocalDate, StoredDay> stored) {

        SnapshotWalk.Source source() {
            return SnapshotWalk.Source.inMemory(movements, refs, stored);
        }
    }
}
