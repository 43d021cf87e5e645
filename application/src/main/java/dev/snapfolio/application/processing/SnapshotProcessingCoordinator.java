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
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.calc.DomainException;
import dev.snapfolio.domain.calc.Policy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an account's snapshots up to date after a change (DESIGN §4.3): has the strategy picked
 * ({@link StrategyDecision}: configuration, batch switch, rollout cohort, AUTO cost rule), holds
 * the account's run lock for the whole run, falls back from a failed batch to per-date (the reason
 * by exception type, {@link FallbackReasons}), logs every run, and clears the dirty mark only if
 * no change arrived meanwhile.
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
        RunSettings resolved = runSettings != null ? runSettings : settings.forAccount(accountId);
        ProcessingSettings current = resolved.current();
        LocalDate today = LocalDate.now(clock);
        Policy policy = resolved.policy(today);
        Strategy requested = StrategyDecision.requested(trigger, explicitStrategy, current);

        Optional<Lease> lease = runLock.tryAcquire(accountId, resolved.lockWait());
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
            record = runLocked(accountId, changeDate, trigger, explicitStrategy, requested, current, policy, startedAt,
                    started, queriesBefore);
        }
        log(record);
        return new ProcessingOutcome(append(record));
    }

    private RunRecord runLocked(long accountId, LocalDate changeDate, Trigger trigger, Strategy explicitStrategy,
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
                    fallback = FallbackReasons.of(e);
                    fallbackError = String.valueOf(e.getCause());
                }
                if (fallback != null) {
                    LOG.warn("account {}: batch run failed ({}: {}); rolled back, falling back to per-date", accountId,
                            fallback, fallbackError);
                    result = perDate.process(accountId, from, plan.start(), policy);
                }
            } else {
                result = perDate.process(accountId, from, plan.start(), policy);
            }

            clearDirtyMark(accountId, plan, today, result);
            RunStatus status = fallback == null ? RunStatus.SUCCEEDED : RunStatus.FELL_BACK;
            return record(accountId, trigger, requested, fallback == null ? decision.used() : Strategy.PER_DATE,
                    decision.reason(), fallback, from, today, result, status, fallbackError, startedAt, started,
                    queriesBefore);
        } catch (RuntimeException e) {
            // A domain error cannot happen after validation; if it does, or storage fails outside a
            // batch fallback, the run fails and the account stays dirty for refresh.
            markDirtyQuietly(accountId, from);
            String error = (e instanceof DomainException ? "" : e.getClass().getSimpleName() + ": ") + e.getMessage();
            if (fallbackError != null) {
                error = error + " (after batch " + fallback + ": " + fallbackError + ")";
            }
            LOG.error("account {}: {} run from {} failed: {}", accountId, trigger, from, error, e);
            Strategy used = decision == null ? null : fallback != null ? Strategy.PER_DATE : decision.used();
            return record(accountId, trigger, requested, used, decision == null ? null : decision.reason(), fallback,
                    from, today, null, RunStatus.FAILED, error, startedAt, started, queriesBefore);
        }
    }

    private void clearDirtyMark(long accountId, RunPlanner.Plan plan, LocalDate today, ProcessingResult result) {
        if (plan.mark().isEmpty()) {
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
        dirtyMarks.clearIfUnchanged(accountId, counter, keepFrom);
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
            LOG.error("account {}: could not write the run log: {}", record.accountId(), e.toString());
            return record;
        }
    }

    private static void log(RunRecord run) {
        String text = "account {}: {} run {} [{}..{}] {} dates, {} movements, rows {}, {} ms (load {}, calc {}, "
                + "persist {}), {} queries — {}" + (run.fallbackReason() == null ? "" : ", fell back: " + run.fallbackReason());
        Object[] args = {run.accountId(), run.trigger(), run.used(), run.fromDate(), run.toDate(), run.dates(),
                run.movements(), new java.util.TreeMap<>(run.rowsByScenario()), run.totalMs(), run.loadMs(), run.calcMs(), run.persistMs(),
                run.queries(), run.strategyReason()};
        if (run.status() == RunStatus.FAILED) {
            LOG.error(text + " FAILED", args);
        } else {
            LOG.info(text + " " + run.status(), args);
        }
    }
}
