package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.FallbackReason;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.out.AccountRunLock;
import dev.snapfolio.application.port.out.AccountRunLock.Lease;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.QueryMeter;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.RunLogRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.StorageUnavailableException;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.calc.DomainException;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an account's snapshots up to date after a change (DESIGN §4.3): has the strategy picked
 * ({@link StrategyDecision}: configuration, batch switch, rollout cohort, AUTO cost rule), holds
 * the account's run lock for the whole run, falls back from a failed batch to per-date (the reason
 * by exception type, {@link FallbackReasons}), logs every run, and clears the dirty mark only if
 * no change arrived meanwhile.
 * <p>
 * A run writes all of an account's dates or none of them: an account whose history has become
 * invalid (a split recorded with {@code --allow-invalid}) keeps its last good snapshots, its run is
 * FAILED with the problem (movement and date) and it stays dirty until the data is fixed. A batch
 * is one transaction, so a domain error leaves nothing written; a per-date run commits date by
 * date, so its range is first applied in memory ({@link #checkHistory}) and nothing is written
 * when it would fail.
 */
public class SnapshotProcessingCoordinator {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotProcessingCoordinator.class);

    private final PerDateProcessor perDate;
    private final BatchProcessor batch;
    private final RunPlanner planner;
    private final MovementRepository movements;
    private final ReferenceDataRepository referenceData;
    private final DirtyMarkRepository dirtyMarks;
    private final AccountRunLock runLock;
    private final RunLogRepository runLog;
    private final UnitOfWork unitOfWork;
    private final ProcessingSettingsProvider settings;
    private final QueryMeter meter;
    private final Clock clock;
    private final StrategyDecision strategyDecision;

    /** The error of a run found still RUNNING by the account's next run. */
    static final String INTERRUPTED = "did not finish: its process ended or lost the database (the account stayed"
            + " dirty; a later run of it did the work)";

    @Inject
    public SnapshotProcessingCoordinator(PerDateProcessor perDate, BatchProcessor batch, RunPlanner planner,
            SnapshotStore store, MovementRepository movements, ReferenceDataRepository referenceData,
            DirtyMarkRepository dirtyMarks, AccountRunLock runLock,
            RunLogRepository runLog, UnitOfWork unitOfWork, ProcessingSettingsProvider settings, QueryMeter meter,
            Clock clock) {
        this.perDate = perDate;
        this.batch = batch;
        this.planner = planner;
        this.movements = movements;
        this.referenceData = referenceData;
        this.dirtyMarks = dirtyMarks;
        this.runLock = runLock;
        this.runLog = runLog;
        this.unitOfWork = unitOfWork;
        this.settings = settings;
        this.meter = meter;
        this.clock = clock;
        this.strategyDecision = new StrategyDecision(store);
    }

    /** Processes the account from {@code changeDate} with the strategy configured for the trigger. */
    public ProcessingOutcome process(long accountId, LocalDate changeDate, Trigger trigger) {
        return process(accountId, changeDate, trigger, null);
    }

    /**
     * Processes the account from {@code changeDate} (lowered to its dirty mark and to due expiries)
     * to today. {@code explicitStrategy} (a command flag) wins over the configuration; null uses it.
     */
    public ProcessingOutcome process(long accountId, LocalDate changeDate, Trigger trigger, Strategy explicitStrategy) {
        return process(accountId, changeDate, trigger, explicitStrategy, null);
    }

    /**
     * As {@link #process(long, LocalDate, Trigger, Strategy)}, with the settings the calling use case
     * already read for this account in this call ({@code null} reads them). Settings are not data
     * the run writes from, so reusing them across the lock is safe; the run still reads its
     * account data after taking the lock.
     */
    public ProcessingOutcome process(long accountId, LocalDate changeDate, Trigger trigger, Strategy explicitStrategy,
            RunSettings runSettings) {
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        long queriesBefore = meter.count();
        RunSettings resolved;
        Strategy requested = explicitStrategy;
        Optional<Lease> lease;
        try {
            resolved = runSettings != null ? runSettings : settings.forAccount(accountId);
            requested = StrategyDecision.requested(trigger, explicitStrategy, resolved.current());
            lease = runLock.tryAcquire(accountId, resolved.lockWait());
        } catch (RuntimeException e) {
            // The run could not start (settings or the run lock unreadable): one failed run, reported, not thrown,
            // so a caller going through many accounts goes on with the next.
            return failed(accountId, changeDate, trigger, requested, startedAt, e);
        }
        ProcessingSettings current = resolved.current();
        LocalDate today = LocalDate.now(clock);
        Policy policy = resolved.policy(today);
        if (lease.isEmpty()) {
            markDirtyQuietly(accountId, changeDate);
            RunRecord deferred = RunRecord.started(accountId, trigger, requested, startedAt)
                    .used(null, "run lock held by another run; deferred to refresh")
                    .range(changeDate, today)
                    .timings(0, 0, 0, PerDateProcessor.millisSince(started))
                    .queries(meter.count() - queriesBefore)
                    .ended(RunStatus.DEFERRED, null);
            LOG.warn("account {}: another run holds the lock; change saved, run deferred to refresh", accountId);
            return new ProcessingOutcome(append(deferred));
        }
        RunRecord record;
        try (Lease held = lease.get()) {
            // Logged as RUNNING first: a run whose process is killed (or loses the database) still
            // shows in the run log, and the account's next run marks it INTERRUPTED.
            long runId = begin(RunRecord.started(accountId, trigger, requested, startedAt)
                    .range(changeDate, today).ended(RunStatus.RUNNING, null));
            // The log's own statements are not the run's.
            long queriesAtStart = meter.count();
            Ran ran = runLocked(accountId, changeDate, trigger, explicitStrategy, requested, current, policy,
                    startedAt, started, queriesAtStart);
            log(ran.record());
            // With the database gone the log cannot be written either (each try would wait for a
            // connection); the entry stays RUNNING and the account's next run marks it INTERRUPTED.
            record = ran.storageLost() ? ran.record().withId(runId) : finish(ran.record(), runId);
        }
        return new ProcessingOutcome(record);
    }

    /**
     * Records a run of {@code accountId} from {@code from} that failed before it could start, with
     * the failure in one line, and returns it: a caller that goes through many accounts reports it
     * and goes on with the next (one broken account never stops a refresh).
     */
    public ProcessingOutcome failed(long accountId, LocalDate from, Trigger trigger, RuntimeException failure) {
        return failed(accountId, from, trigger, null, clock.instant(), failure);
    }

    private ProcessingOutcome failed(long accountId, LocalDate from, Trigger trigger, Strategy requested,
            Instant startedAt, RuntimeException failure) {
        String error = describe(failure);
        LOG.info("account {}: {} run from {} failed: {}", accountId, trigger, from, error);
        LOG.debug("account {}: the failure of the run from {}", accountId, from, failure);
        RunRecord run = RunRecord.started(accountId, trigger, requested == null ? Strategy.AUTO : requested, startedAt)
                .used(null, "the run could not start")
                .range(from, LocalDate.now(clock))
                .ended(RunStatus.FAILED, error);
        return new ProcessingOutcome(StorageUnavailableException.isIn(failure) ? run : append(run));
    }

    /** A run's record, and whether it ended because the database could not be reached. */
    private record Ran(RunRecord record, boolean storageLost) {
    }

    private Ran runLocked(long accountId, LocalDate changeDate, Trigger trigger, Strategy explicitStrategy,
            Strategy requested, ProcessingSettings current, Policy policy, Instant startedAt, long started,
            long queriesBefore) {
        LocalDate today = policy.today();
        LocalDate from = changeDate;
        StrategyDecision.Choice decision = null;
        FallbackReason fallback = null;
        String fallbackError = null;
        try {
            RunPlanner.Plan plan = planner.plan(accountId, changeDate, policy);
            from = plan.from();
            decision = strategyDecision.decide(accountId, trigger, explicitStrategy, current, from, today);

            ProcessingResult result = null;
            if (decision.used() == Strategy.BATCH) {
                try {
                    result = batch.process(accountId, from, policy);
                    if (!result.success()) {
                        fallback = FallbackReason.UNSUCCESSFUL_RESULT;
                        fallbackError = String.join("; ", result.errors());
                    }
                } catch (BatchFailureException e) {
                    if (StorageUnavailableException.isIn(e)) {
                        // Per-date would meet the same closed door; the batch rolled back, the account stays dirty.
                        throw e;
                    }
                    fallback = FallbackReasons.of(e);
                    fallbackError = e.getCause() instanceof RuntimeException cause ? describe(cause) : describe(e);
                }
                if (fallback != null) {
                    LOG.warn("account {}: batch run failed ({}: {}); rolled back, falling back to per-date", accountId,
                            fallback, fallbackError);
                    checkHistory(accountId, plan, policy);
                    result = perDate.process(accountId, from, plan.start(), policy);
                }
            } else {
                checkHistory(accountId, plan, policy);
                result = perDate.process(accountId, from, plan.start(), policy);
            }

            clearDirtyMark(accountId, plan, today, result);
            RunStatus status = fallback == null ? RunStatus.SUCCEEDED : RunStatus.FELL_BACK;
            return new Ran(record(accountId, trigger, requested, fallback == null ? decision.used() : Strategy.PER_DATE,
                    decision.reason(), fallback, from, today, result, status, fallbackError, startedAt, started,
                    queriesBefore), false);
        } catch (RuntimeException e) {
            // A domain error cannot happen after validation; if it does, or storage fails outside a
            // batch fallback, the run fails and the account stays dirty for refresh.
            boolean unavailable = StorageUnavailableException.isIn(e);
            if (!unavailable) {
                markDirtyQuietly(accountId, from);
            }
            String error = describe(e);
            if (fallbackError != null) {
                error = error + " (after batch " + fallback + ": " + fallbackError + ")";
            }
            // Logged, not shown: the caller reports the failed outcome (the CLI in one line); the trace
            // only at DEBUG (--verbose).
            LOG.info("account {}: {} run from {} failed: {}", accountId, trigger, from, error);
            LOG.debug("account {}: the failure of the run from {}", accountId, from, e);
            Strategy used = decision == null ? null : fallback != null ? Strategy.PER_DATE : decision.used();
            return new Ran(record(accountId, trigger, requested, used, decision == null ? null : decision.reason(),
                    fallback, from, today, null, RunStatus.FAILED, error, startedAt, started, queriesBefore), unavailable);
        }
    }

    /**
     * Applies the account's history over the run's range in memory, writing nothing, before a
     * per-date run commits its first date: a {@link DomainException} (a movement the history no
     * longer allows, e.g. after a split recorded with {@code --allow-invalid}) fails the run with
     * every stored row as it was, instead of after the dates before the break were rewritten. Splits
     * are read, prices not (they never make a movement invalid). A run of today alone needs no
     * check: it computes its one date before writing it, in one transaction.
     */
    private void checkHistory(long accountId, RunPlanner.Plan plan, Policy policy) {
        if (!plan.from().isBefore(policy.today())) {
            return;
        }
        List<Movement> history = movements.findFrom(accountId, plan.from());
        ReferenceData splits = referenceData.loadSplits(accountId, List.of(), policy.today());
        HistoryFold.run(plan.start(), plan.from(), history, splits, policy);
    }

    /**
     * A failure in one line a user can read: a domain error's own message; otherwise what went
     * wrong at the bottom of the cause chain (not the wrappers' multi-line reports with SQL), after
     * the outermost message that says something of its own.
     */
    static String describe(RuntimeException e) {
        if (e instanceof DomainException) {
            return e.getMessage();
        }
        if (StorageUnavailableException.isIn(e)) {
            Throwable t = e;
            while (!(t instanceof StorageUnavailableException)) {
                t = t.getCause();
            }
            return firstLine(t.getMessage());
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String deep = firstLine(root.getMessage());
        deep = deep.isEmpty() ? root.getClass().getSimpleName() : deep;
        String top = firstLine(e.getMessage());
        boolean topSaysSomething = !top.isEmpty() && !top.startsWith("#") && root != e
                && !top.equals(String.valueOf(e.getCause()));
        if (root == e) {
            return e.getClass().getSimpleName() + (top.isEmpty() ? "" : ": " + top);
        }
        return topSaysSomething && !top.contains(deep) ? top + ": " + deep
                : topSaysSomething ? top : root.getClass().getSimpleName() + ": " + deep;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        for (String line : message.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("###")) {
                return trimmed;
            }
        }
        return "";
    }

    private void clearDirtyMark(long accountId, RunPlanner.Plan plan, LocalDate today, ProcessingResult result) {
        // The next contract expiry of the state the run ended with: a refresh marks the account
        // dirty when it becomes due, without reading the state again.
        Optional<LocalDate> nextExpiry = result.to().equals(today) ? result.nextExpiry() : null;
        if (plan.mark().isEmpty()) {
            if (nextExpiry != null) {
                dirtyMarks.recordNextExpiry(accountId, nextExpiry);
            }
            return;
        }
        long counter = plan.mark().get().counter();
        // The run's own read of the next movement after today is current enough: a movement stored
        // since then moved the counter, and then the mark is not cleared at all.
        // A movement dated tomorrow (allowed: today + 1) is not processed yet; keep it for refresh.
        // Read before the clear, it is still current enough: a movement stored after the read moved
        // the counter, and then the mark is not cleared. The clear and the kept date are one
        // statement, so no transaction is needed.
        boolean known = result.nextMovementAfterToKnown() && result.to().equals(today);
        LocalDate keepFrom = (known ? result.nextMovementAfterTo() : movements.findNextBusinessDate(accountId, today))
                .orElse(null);
        // A split dated after today becomes due on its date (DESIGN §3.3): the account stays dirty
        // from the next one of its tickers, and refresh runs it once today reaches that date.
        LocalDate nextSplit = (result.nextSplitAfterToKnown() && result.to().equals(today) ? result.nextSplitAfterTo()
                : referenceData.findNextSplitDate(accountId, today)).orElse(null);
        if (nextSplit != null && (keepFrom == null || nextSplit.isBefore(keepFrom))) {
            keepFrom = nextSplit;
        }
        // Releases a refresh worker's lease too; a counter moved meanwhile keeps the account dirty (and leased).
        dirtyMarks.clearIfUnchanged(accountId, counter, keepFrom, nextExpiry);
    }

    private void markDirtyQuietly(long accountId, LocalDate from) {
        try {
            unitOfWork.run(() -> dirtyMarks.markDirty(accountId, from));
        } catch (RuntimeException e) {
            LOG.error("account {}: could not keep the dirty mark from {}: {}", accountId, from, e.toString());
        }
    }

    private RunRecord record(long accountId, Trigger trigger, Strategy requested, Strategy used, String reason,
            FallbackReason fallback, LocalDate from, LocalDate today, ProcessingResult result, RunStatus status,
            String error, Instant startedAt, long started, long queriesBefore) {
        RunRecord.Builder run = RunRecord.started(accountId, trigger, requested, startedAt)
                .used(used, reason)
                .fellBack(fallback)
                .range(from, today);
        long total = PerDateProcessor.millisSince(started);
        if (result == null) {
            run.timings(0, 0, 0, total);
        } else {
            run.processed(result.datesProcessed(), result.movementsProcessed(), result.rowsByScenario())
                    .timings(result.loadMs(), result.calcMs(), result.persistMs(), total);
        }
        return run.queries(meter.count() - queriesBefore).ended(status, error);
    }

    private RunRecord append(RunRecord record) {
        try {
            return record.withId(runLog.append(record));
        } catch (RuntimeException e) {
            LOG.error("account {}: could not write the run log: {}", record.accountId(), describe(e));
            return record;
        }
    }

    /** The RUNNING entry of a run; 0 when it could not be written (then the run is appended at its end). */
    private long begin(RunRecord running) {
        try {
            return runLog.begin(running, INTERRUPTED);
        } catch (RuntimeException e) {
            LOG.error("account {}: could not write the run log: {}", running.accountId(), describe(e));
            return 0;
        }
    }

    private RunRecord finish(RunRecord record, long runId) {
        if (runId == 0) {
            return append(record);
        }
        RunRecord ended = record.withId(runId);
        try {
            runLog.finish(ended);
        } catch (RuntimeException e) {
            // Stays RUNNING in the log; the account's next run marks it INTERRUPTED.
            LOG.error("account {}: could not write the run log: {}", record.accountId(), describe(e));
        }
        return ended;
    }

    private static void log(RunRecord run) {
        String text = "account {}: {} run {} [{}..{}] {} dates, {} movements, rows {}, {} ms (load {}, calc {}, "
                + "persist {}), {} queries — {}" + (run.fallbackReason() == null ? "" : ", fell back: " + run.fallbackReason());
        Object[] args = {run.accountId(), run.trigger(), run.used(), run.fromDate(), run.toDate(), run.dates(),
                run.movements(), new java.util.TreeMap<>(run.rowsByScenario()), run.totalMs(), run.loadMs(), run.calcMs(), run.persistMs(),
                run.queries(), run.strategyReason()};
        if (run.status() == RunStatus.FAILED) {
            // INFO like every run: the caller reports the failure to the user once.
            LOG.info(text + " FAILED", args);
        } else {
            LOG.info(text + " " + run.status(), args);
        }
    }
}
