package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.RebuildAccountsUseCase;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.out.AccountRangeStore;
import dev.snapfolio.application.port.out.AccountRangeStore.MarkClear;
import dev.snapfolio.application.port.out.AccountRangeStore.RangeData;
import dev.snapfolio.application.port.out.AccountRunLock;
import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.QueryMeter;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.StorageUnavailableException;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.AccountRebuild;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk rebuild of a range of accounts (for the day a calculation rule changes). Reads the
 * range with a constant number of statements (settings, accounts with their movements, stored rows
 * and dirty marks, prices and splits), recomputes each account from its first date with the
 * unchanged calculator ({@link AccountRebuild}), and writes only accounts whose rows differ — each
 * in a transaction of its own, holding the account's run lock, and only if its dirty mark has not
 * moved since the read (a change that arrived meanwhile leaves the account to refresh). The run
 * log gets one run per account (trigger RECOMPUTE, strategy BATCH) and the cleared dirty marks
 * go in one batch each per range. An unchanged account costs no statement of its own.
 */
public class RebuildAccountsService implements RebuildAccountsUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(RebuildAccountsService.class);
    /** How long a rebuild waits for the run lock of an account it has rows to write for. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(2);
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

    private final AccountRangeStore store;
    private final ReferenceDataRepository referenceData;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;
    private final AccountRunLock runLock;
    private final ProcessingSettingsProvider settings;
    private final AccountRebuild rebuild;
    private final QueryMeter meter;
    private final Clock clock;

    @Inject
    public RebuildAccountsService(AccountRangeStore store, ReferenceDataRepository referenceData,
            DirtyMarkRepository dirtyMarks, UnitOfWork unitOfWork, AccountRunLock runLock,
            ProcessingSettingsProvider settings, AccountRebuild rebuild, QueryMeter meter, Clock clock) {
        this.store = store;
        this.referenceData = referenceData;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
        this.runLock = runLock;
        this.settings = settings;
        this.rebuild = rebuild;
        this.meter = meter;
        this.clock = clock;
    }

    @Override
    public List<AccountRange> ranges(int accountsPerRange, Optional<AccountRange> within) {
        if (accountsPerRange < 1) {
            throw new IllegalArgumentException("accounts per range must be at least 1, got " + accountsPerRange);
        }
        List<Long> ids = within.map(r -> store.accountIds(r.fromId(), r.toId()))
                .orElseGet(() -> store.accountIds(Long.MIN_VALUE, Long.MAX_VALUE));
        List<AccountRange> ranges = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += accountsPerRange) {
            int last = Math.min(ids.size(), i + accountsPerRange) - 1;
            ranges.add(new AccountRange(ids.get(i), ids.get(last)));
        }
        return ranges;
    }

    @Override
    public RangeResult rebuild(AccountRange range) {
        long statementsBefore = meter.count();
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        LongFunction<Policy> policies = settings.policies(today);
        RangeData data = store.load(range.fromId(), range.toId(), today);
        Set<Ticker> tickers = new TreeSet<>();
        LocalDate first = today;
        for (long id : data.accountIds()) {
            for (Movement m : data.movementsOf(id)) {
                if (m.detail().ticker() != null) {
                    tickers.add(m.detail().ticker());
                }
                if (m.businessDate().isBefore(first)) {
                    first = m.businessDate();
                }
            }
            first = earliestStored(data.storedOf(id), first);
        }
        // The prices and splits of every ticker of the range up to today (what a batch run of each
        // account loads, for all of them at once), and the splits still to come (a dirty mark keeps them).
        ReferenceData refs = tickers.isEmpty() ? ReferenceData.empty() : referenceData.load(tickers, first, today);
        ReferenceData ahead = tickers.isEmpty() ? ReferenceData.empty()
                : referenceData.load(tickers, today.plusDays(1), FAR_FUTURE);
        long loadMs = millisSince(started);
        long loadStatements = meter.count() - statementsBefore;

        Rebuilt rebuilt = new Rebuilt(range, today, startedAt, loadMs, loadStatements, data.accountIds().size());
        for (long id : data.accountIds()) {
            rebuildOne(id, data, refs, ahead, policies.apply(id), rebuilt);
        }
        if (!rebuilt.clears.isEmpty()) {
            store.clearDirtyMarks(rebuilt.clears);
        }
        if (!rebuilt.runs.isEmpty()) {
            store.appendRuns(rebuilt.runs);
        }
        // A run lock is taken and released on a connection of its own: two statements the meter does not see.
        long statements = meter.count() - statementsBefore + 2L * rebuilt.locks;
        RangeResult result = new RangeResult(range, rebuilt.results, statements);
        LOG.info("rebuild of accounts {}: {} accounts, {} rows written, {} failed, {} statements, {} ms", range,
                result.accounts().size(), result.rowsWritten(), result.failures(), statements, millisSince(started));
        return result;
    }

    /** What a range's rebuild collects as it goes. */
    private static final class Rebuilt {
        final AccountRange range;
        final LocalDate today;
        final Instant startedAt;
        final long loadMsShare;
        final long loadStatementsShare;
        final List<AccountResult> results = new ArrayList<>();
        final List<RunRecord> runs = new ArrayList<>();
        final List<MarkClear> clears = new ArrayList<>();
        int locks;

        Rebuilt(AccountRange range, LocalDate today, Instant startedAt, long loadMs, long loadStatements, int accounts) {
            this.range = range;
            this.today = today;
            this.startedAt = startedAt;
            this.loadMsShare = accounts == 0 ? 0 : loadMs / accounts;
            this.loadStatementsShare = accounts == 0 ? 0 : loadStatements / accounts;
        }
    }

    private void rebuildOne(long accountId, RangeData data, ReferenceData refs, ReferenceData ahead, Policy policy,
            Rebuilt rebuilt) {
        long started = System.nanoTime();
        long statementsBefore = meter.count();
        LocalDate today = rebuilt.today;
        Optional<DirtyMark> mark = data.markOf(accountId);
        boolean dirty = mark.isPresent() && mark.get().dirtyFrom() != null;
        RunRecord.Builder run = RunRecord.started(accountId, Trigger.RECOMPUTE, Strategy.BATCH, rebuilt.startedAt)
                .used(Strategy.BATCH, "rebuild of accounts " + rebuilt.range);
        LocalDate from = today;
        long calcMs = 0;
        long persistMs = 0;
        int lockCount = 0;
        try {
            List<Movement> movements = data.movementsOf(accountId);
            Optional<AccountRebuild.Computed> computed = rebuild.compute(accountId, movements, data.storedOf(accountId),
                    refs, policy);
            calcMs = millisSince(started);
            LocalDate keepFrom = keepFrom(movements, ahead, today);
            String failure = null;
            int written = 0;
            if (computed.isPresent()) {
                from = computed.get().from();
                run.processed(computed.get().dates(), computed.get().movements(), computed.get().counts().written());
            }
            if (computed.isEmpty() || computed.get().changes().isEmpty()) {
                if (dirty) {
                    rebuilt.clears.add(new MarkClear(accountId, mark.get().counter(), keepFrom));
                }
            } else {
                long persistStart = System.nanoTime();
                lockCount++;
                Optional<AccountRunLock.Lease> lease = runLock.tryAcquire(accountId, LOCK_WAIT);
                if (lease.isEmpty()) {
                    failure = "another run holds the account's lock; left dirty for refresh";
                    markDirty(accountId, from);
                } else {
                    boolean wrote;
                    try (AccountRunLock.Lease held = lease.get()) {
                        wrote = store.writeIfUnchanged(accountId, mark, computed.get().changes(), keepFrom);
                    }
                    if (wrote) {
                        written = computed.get().rowsWritten();
                    } else {
                        // The change that moved the mark left the account dirty: refresh takes it from here.
                        failure = "changed while being rebuilt; left dirty for refresh";
                        run.processed(0, 0, Map.of());
                    }
                }
                persistMs = millisSince(persistStart);
            }
            rebuilt.results.add(new AccountResult(accountId, written, Optional.ofNullable(failure)));
            rebuilt.runs.add(run.range(from, today)
                    .timings(rebuilt.loadMsShare, calcMs, persistMs, rebuilt.loadMsShare + millisSince(started))
                    .queries(rebuilt.loadStatementsShare + meter.count() - statementsBefore + 2L * lockCount)
                    .ended(failure == null ? RunStatus.SUCCEEDED : RunStatus.DEFERRED, failure));
        } catch (RuntimeException e) {
            if (StorageUnavailableException.isIn(e)) {
                throw e;
            }
            String error = AccountRebuild.describe(e);
            LOG.info("rebuild of account {} failed: {}", accountId, error);
            LOG.debug("rebuild of account {} failed", accountId, e);
            markDirty(accountId, from);
            rebuilt.results.add(new AccountResult(accountId, 0, Optional.of(error)));
            rebuilt.runs.add(run.range(from, today)
                    .timings(rebuilt.loadMsShare, calcMs, persistMs, rebuilt.loadMsShare + millisSince(started))
                    .queries(rebuilt.loadStatementsShare + meter.count() - statementsBefore + 2L * lockCount)
                    .ended(RunStatus.FAILED, error));
        }
        rebuilt.locks += lockCount;
    }

    /**
     * The date the account stays dirty from once rebuilt: its first movement after today (allowed:
     * tomorrow) or the first split still to come of a ticker it names, whichever is first; null when none.
     */
    private static LocalDate keepFrom(List<Movement> movements, ReferenceData ahead, LocalDate today) {
        LocalDate next = null;
        Set<Ticker> tickers = new TreeSet<>();
        for (Movement m : movements) {
            if (m.businessDate().isAfter(today) && (next == null || m.businessDate().isBefore(next))) {
                next = m.businessDate();
            }
            if (m.detail().ticker() != null) {
                tickers.add(m.detail().ticker());
            }
        }
        if (!tickers.isEmpty()) {
            Optional<LocalDate> split = ahead.nextSplitDate(tickers, today);
            if (split.isPresent() && (next == null || split.get().isBefore(next))) {
                next = split.get();
            }
        }
        return next;
    }

    private void markDirty(long accountId, LocalDate from) {
        try {
            unitOfWork.run(() -> dirtyMarks.markDirty(accountId, from));
        } catch (RuntimeException e) {
            LOG.error("account {}: could not keep the dirty mark from {}: {}", accountId, from, e.toString());
        }
    }

    private static LocalDate earliestStored(StoredSnapshots stored, LocalDate first) {
        LocalDate earliest = first;
        for (FinancialSnapshot row : stored.financials()) {
            if (row.date().isBefore(earliest)) {
                earliest = row.date();
            }
        }
        for (TickerSnapshot row : stored.tickers()) {
            if (row.date().isBefore(earliest)) {
                earliest = row.date();
            }
        }
        for (LocalDate date : stored.storedStates().keySet()) {
            if (date.isBefore(earliest)) {
                earliest = date;
            }
        }
        return earliest;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
