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
import dev.snapfolio.application.port.out.RunLogRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.calc.DomainException;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.snapshot.Scenario;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an account's snapshots up to date after a change (DESIGN §4.3): picks the strategy for
 * the trigger (configuration, batch switch, rollout cohort, AUTO cost rule), holds the account's
 * run lock for the whole run, falls back from a failed batch to per-date, logs every run, and
 * clears the dirty mark only if no change arrived meanwhile.
 */
public class SnapshotProcessingCoordinator {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotProcessingCoordinator.class);

    private final PerDateProcessor perDate;
    private final BatchProcessor batch;
    private final RunPlanner planner;
    private final SnapshotStore store;
    private final MovementRepository movements;
    private final DirtyMarkRepository dirtyMarks;
    private final AccountRunLock runLock;
    private final RunLogRepository runLog;
    private final UnitOfWork unitOfWork;
    private final ProcessingSettingsProvider settings;
    private final QueryMeter meter;
    private final Clock clock;

    @Inject
    public SnapshotProcessingCoordinator(PerDateProcessor perDate, BatchProcessor batch, RunPlanner planner,
            SnapshotStore store, MovementRepository movements, DirtyMarkRepository dirtyMarks, AccountRunLock runLock,
            RunLogRepository runLog, UnitOfWork unitOfWork, ProcessingSettingsProvider settings, QueryMeter meter,
            Clock clock) {
        this.perDate = perDate;
        this.batch = batch;
        this.planner = planner;
        this.store = store;
        this.movements = movements;
        this.dirtyMarks = dirtyMarks;
        this.runLock = runLock;
        this.runLog = runLog;
        this.unitOfWork = unitOfWork;
        this.settings = settings;
        this.meter = meter;
        this.clock = clock;
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
        Strategy requested = explicitStrategy != null ? explicitStrategy : current.strategy(trigger);

        Optional<Lease> lease = runLock.tryAcquire(accountId, resolved.lockWait());
        if (lease.isEmpty()) {
            markDirtyQuietly(accountId, changeDate);
            RunRecord deferred = new RunRecord(0, accountId, trigger, requested, null,
                    "run lock held by another run; deferred to refresh", null, changeDate, today, 0, Map.of(), 0, 0, 0,
                    0, PerDateProcessor.millisSince(started), meter.count() - queriesBefore, RunStatus.DEFERRED,
                    null, startedAt);
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
        Decision decision = null;
        FallbackReason fallback = null;
        String fallbackError = null;
        try {
            RunPlanner.Plan plan = planner.plan(accountId, changeDate, policy);
            from = plan.from();
            decision = decide(accountId, trigger, explicitStrategy, requested, current, from, today);

            ProcessingResult result = null;
            if (decision.used() == Strategy.BATCH) {
                try {
                    result = batch.process(accountId, from, policy);
                    if (!result.success()) {
                        fallback = FallbackReason.UNSUCCESSFUL_RESULT;
                        fallbackError = String.join("; ", result.errors());
                    }
                } catch (BatchFailureException e) {
                    fallback = reasonFor(e);
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

    /** Which strategy a run uses, and why. */
    record Decision(Strategy used, String reason) {
    }

    Decision decide(long accountId, Trigger trigger, Strategy explicitStrategy, Strategy requested,
            ProcessingSettings current, LocalDate from, LocalDate today) {
        if (requested == Strategy.PER_DATE) {
            return new Decision(Strategy.PER_DATE, explicitStrategy != null
                    ? "PER_DATE requested by the command" : "PER_DATE configured for " + trigger);
        }
        if (explicitStrategy == Strategy.BATCH) {
            return new Decision(Strategy.BATCH, "BATCH requested by the command");
        }
        if (!current.batchEnabled()) {
            return new Decision(Strategy.PER_DATE, "batch-mode off ("
                    + current.sources().getOrDefault(ProcessingSettings.BATCH_ENABLED, "default") + ")");
        }
        int bucket = rolloutBucket(accountId);
        if (bucket >= current.rolloutPercent()) {
            return new Decision(Strategy.PER_DATE, "account not in the batch rollout (bucket " + bucket + " >= "
                    + current.rolloutPercent() + "%)");
        }
        if (requested == Strategy.AUTO) {
            int max = current.autoMaxPerDateDates();
            long days = from.isAfter(today) ? 0 : ChronoUnit.DAYS.between(from, today) + 1;
            if (days <= max) {
                // No more dates than days in the range: per-date without counting them.
                return new Decision(Strategy.PER_DATE, "AUTO: at most " + days + " dates to visit <= " + max);
            }
            int dates = store.countVisitDates(accountId, from, today);
            return dates <= max
                    ? new Decision(Strategy.PER_DATE, "AUTO: " + dates + " dates to visit <= " + max)
                    : new Decision(Strategy.BATCH, "AUTO: " + dates + " dates to visit > " + max);
        }
        return new Decision(Strategy.BATCH, "BATCH configured for " + trigger);
    }

    /** The account's sticky rollout bucket: CRC32 of its decimal id, mod 100. */
    public static int rolloutBucket(long accountId) {
        CRC32 crc = new CRC32();
        crc.update(Long.toString(accountId).getBytes(StandardCharsets.US_ASCII));
        return (int) (crc.getValue() % 100);
    }

    static FallbackReason reasonFor(BatchFailureException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (name.contains("timeout") || message.contains("timeout") || message.contains("timed out")) {
                return FallbackReason.TIMEOUT;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e.phase() == BatchFailureException.Phase.LOAD ? FallbackReason.LOAD_FAILED : FallbackReason.PERSIST_FAILED;
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
        Map<Scenario, Integer> rows = result == null ? Map.of() : result.rowsByScenario();
        return new RunRecord(0, accountId, trigger, requested, used, reason, fallback, from, today,
                result == null ? 0 : result.datesProcessed(), rows, result == null ? 0 : result.movementsProcessed(),
                result == null ? 0 : result.loadMs(), result == null ? 0 : result.calcMs(),
                result == null ? 0 : result.persistMs(), PerDateProcessor.millisSince(started),
                meter.count() - queriesBefore, status, error, startedAt);
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
