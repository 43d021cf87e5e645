package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.RebuildAccountsUseCase;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.out.AccountRangeStore;
import dev.snapfolio.application.port.out.AccountRangeStore.AccountWrite;
import dev.snapfolio.application.port.out.AccountRangeStore.Comparison;
import dev.snapfolio.application.port.out.AccountRangeStore.RowsFingerprint;
import dev.snapfolio.application.port.out.AccountRangeStore.MarkClear;
import dev.snapfolio.application.port.out.AccountRangeStore.RangeData;
import dev.snapfolio.application.port.out.AccountRunLock;
import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.QueryMeter;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.StorageUnavailableException;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.AccountRebuild;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.application.processing.RowCounts;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk rebuild of a range of accounts (for the day a calculation rule changes). Reads the
 * range's inputs with a constant number of statements (settings, accounts with their movements and
 * dirty marks, prices and splits) and the fingerprints of its stored rows (one statement per table,
 * computed by the server) but not the rows themselves, recomputes each account from its first
 * date with the unchanged calculator ({@link AccountRebuild}) against nothing stored, and compares
 * the fingerprint of the rows so computed with the stored one: an account whose rows are the
 * stored ones has nothing to write and its rows are never read; an account with nothing stored
 * writes every computed row; only the accounts
 * whose fingerprint differs have their stored rows read (one statement per table for all of them)
 * and are computed again against them, so what is written never depends on a fingerprint matching.
 * The rows that differ of the whole range are written in one transaction: the run locks of its
 * changed accounts are taken at once without waiting (an account another run holds is left dirty
 * for refresh), the range's dirty marks are locked, and an account is written only if its mark has
 * not moved since the read (a change that arrived meanwhile leaves it to refresh). The run log gets
 * one run per account (trigger RECOMPUTE, strategy BATCH) in one batch per range. No account costs
 * a statement of its own, unless it fails.
 */
public class RebuildAccountsService implements RebuildAccountsUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(RebuildAccountsService.class);
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
    public Job startOrResume(Optional<AccountRange> within, boolean restart) {
        String scope = Job.scope(within);
        if (!restart) {
            Optional<AccountRangeStore.JobRecord> running = store.runningJob(scope);
            if (running.isPresent()) {
                Long done = running.get().doneThrough();
                return new Job(running.get().id(), within, running.get().startedAt(),
                        done == null ? OptionalLong.empty() : OptionalLong.of(done));
            }
        }
        Instant now = clock.instant();
        return new Job(store.startJob(scope, now), within, now, OptionalLong.empty());
    }

    @Override
    public List<AccountRange> ranges(int accountsPerRange, Job job) {
        if (job.doneThrough().isEmpty()) {
            return ranges(accountsPerRange, job.within());
        }
        long after = job.doneThrough().getAsLong();
        long to = job.within().map(AccountRange::toId).orElse(Long.MAX_VALUE);
        if (after >= to) {
            return List.of();
        }
        long from = Math.max(after + 1, job.within().map(AccountRange::fromId).orElse(Long.MIN_VALUE));
        return ranges(accountsPerRange, Optional.of(new AccountRange(from, to)));
    }

    @Override
    public void finished(Job job) {
        store.finishJob(job.id(), clock.instant());
    }

    @Override
    public RangeResult rebuild(AccountRange range) {
        return computeAndWrite(load(range), null);
    }

    /**
     * Rebuilds the ranges in order, each as {@link #rebuild(AccountRange)} does, with both cores:
     * the next range is read while the current one is computed and written, and the accounts of a
     * range are computed on {@link #COMPUTE_THREADS} threads. A range's progress is recorded once
     * its write has committed, so a rebuild stopped at any point resumes after the last range
     * written. (Writing a range while computing the next one was measured: it did not pay, the
     * server's inserts and the computation share the same cores; see docs/PERFORMANCE.md.)
     */
    @Override
    public void rebuild(Job job, List<AccountRange> ranges, Consumer<RangeResult> rebuilt) {
        if (ranges.isEmpty()) {
            return;
        }
        ExecutorService reader = Executors.newSingleThreadExecutor(daemon("snapfolio-rebuild-reader"));
        ExecutorService workers = Executors.newFixedThreadPool(COMPUTE_THREADS, daemon("snapfolio-rebuild-worker"));
        try {
            Future<Loaded> next = reader.submit(() -> load(ranges.get(0)));
            for (int i = 0; i < ranges.size(); i++) {
                Loaded loaded = await(next);
                next = i + 1 < ranges.size() ? reader.submit(loadOf(ranges.get(i + 1))) : null;
                rebuilt.accept(writeAndRecord(job, prepare(loaded, workers)));
            }
        } finally {
            reader.shutdownNow();
            workers.shutdownNow();
        }
    }

    /** Writes a prepared range, then records the job's progress through its last account. */
    private RangeResult writeAndRecord(Job job, Prepared prepared) {
        RangeResult result = write(prepared);
        long before = meter.count();
        store.jobProgress(job.id(), prepared.loaded().range().toId(), clock.instant());
        return new RangeResult(result.range(), result.accounts(), result.statements() + meter.count() - before);
    }

    /** Threads computing the accounts of a range. */
    static final int COMPUTE_THREADS = 2;

    private Callable<Loaded> loadOf(AccountRange range) {
        return () -> load(range);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What a range's rebuild reads before computing: its accounts' data and the reference data of their tickers. */
    private record Loaded(AccountRange range, LocalDate today, Instant startedAt, LongFunction<Policy> policies,
            RangeData data, Map<Long, RowsFingerprint> fingerprints, Set<Ticker> tickers, LocalDate first,
            ReferenceData refs, ReferenceData ahead, long loadMs, long loadStatements) {
    }

    private record Inputs(RangeData data, Map<Long, RowsFingerprint> fingerprints) {
    }

    /** Reads a range (on the calling thread: its statements are counted there). */
    private Loaded load(AccountRange range) {
        long statementsBefore = meter.count();
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        LongFunction<Policy> policies = settings.policies(today);
        // The stored rows are not read, only their fingerprints (in the same snapshot as the inputs):
        // an account whose rows are right is told by its fingerprint.
        Inputs read = unitOfWork.inTransaction(() -> new Inputs(store.loadInputs(range.fromId(), range.toId()),
                store.storedFingerprints(range.fromId(), range.toId(), today)));
        RangeData data = read.data();
        Map<Long, RowsFingerprint> fingerprints = read.fingerprints();
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
        }
        // The prices and splits of every ticker of the range up to today (what a batch run of each
        // account loads, for all of them at once), and the splits still to come (a dirty mark keeps them).
        ReferenceData refs = tickers.isEmpty() ? ReferenceData.empty() : referenceData.load(tickers, first, today);
        ReferenceData ahead = tickers.isEmpty() ? ReferenceData.empty()
                : referenceData.load(tickers, today.plusDays(1), FAR_FUTURE);
        return new Loaded(range, today, startedAt, policies, data, fingerprints, tickers, first, refs, ahead,
                millisSince(started), meter.count() - statementsBefore);
    }

    /** Computes the accounts of a loaded range (on {@code workers} when given) and writes what differs. */
    private RangeResult computeAndWrite(Loaded loaded, ExecutorService workers) {
        return write(prepare(loaded, workers));
    }

    /** A range computed and compared, its rows to write known: what {@link #write(Prepared)} writes. */
    private record Prepared(Loaded loaded, Rebuilt rebuilt, List<Pending> pending, long statements, long startedNanos) {
    }

    /**
     * Computes the accounts of a loaded range (on {@code workers} when given) and finds what differs
     * from the stored rows: by fingerprint, then row by row for the accounts whose fingerprint differs.
     */
    private Prepared prepare(Loaded loaded, ExecutorService workers) {
        long statementsBefore = meter.count();
        long started = System.nanoTime();
        RangeData data = loaded.data();
        Rebuilt rebuilt = new Rebuilt(loaded.range(), loaded.today(), loaded.startedAt(), loaded.loadMs(),
                loaded.loadStatements(), data.accountIds().size());
        // Every account computed against nothing stored: its changes are all the rows it would store,
        // and their fingerprint is compared with the stored rows' (read with the range).
        List<Pending> pending = computeAll(data.accountIds(), loaded, null, loaded.refs(), rebuilt, workers);
        List<Long> different = new ArrayList<>();
        for (Pending p : pending) {
            if (p.error != null) {
                continue;
            }
            Comparison c = Comparison.of(p.fingerprint, loaded.fingerprints().get(p.accountId));
            if (c == Comparison.SAME) {
                p.unchanged();
            } else if (c == Comparison.DIFFERENT) {
                different.add(p.accountId);
            }
        }
        rebuilt.accountsCompared = different.size();
        if (!different.isEmpty()) {
            // Only these accounts' stored rows are read, and they are computed again against them.
            Map<Long, StoredSnapshots> stored = store.stored(different, loaded.today());
            LocalDate first = loaded.first();
            for (StoredSnapshots rows : stored.values()) {
                first = earliestStored(rows, first);
            }
            ReferenceData refs = first.isBefore(loaded.first()) && !loaded.tickers().isEmpty()
                    ? referenceData.load(loaded.tickers(), first, loaded.today()) : loaded.refs();
            Map<Long, Pending> again = new HashMap<>();
            for (Pending p : computeAll(different, loaded, stored, refs, rebuilt, workers)) {
                again.put(p.accountId, p);
            }
            pending.replaceAll(p -> again.getOrDefault(p.accountId, p));
        }
        return new Prepared(loaded, rebuilt, pending, meter.count() - statementsBefore, started);
    }

    /** Writes what a prepared range changes and its runs (on the calling thread: its statements are counted there). */
    private RangeResult write(Prepared prepared) {
        long statementsBefore = meter.count();
        Loaded loaded = prepared.loaded();
        Rebuilt rebuilt = prepared.rebuilt();
        write(prepared.pending(), rebuilt);
        if (!rebuilt.runs.isEmpty()) {
            store.appendRuns(rebuilt.runs);
        }
        long statements = loaded.loadStatements() + prepared.statements() + meter.count() - statementsBefore
                + rebuilt.unmeteredStatements;
        RangeResult result = new RangeResult(loaded.range(), rebuilt.results, statements);
        LOG.info("rebuild of accounts {}: {} accounts ({} read back: fingerprint differs), {} rows written, {} failed,"
                + " {} statements, {} ms (+{} ms read)", loaded.range(), result.accounts().size(),
                rebuilt.accountsCompared, result.rowsWritten(), result.failures(), statements,
                millisSince(prepared.startedNanos()), loaded.loadMs());
        return result;
    }

    /**
     * Computes the accounts {@code ids} of a loaded range against {@code stored} (on {@code workers}
     * when given); {@code stored} null: against nothing stored, each with the fingerprint of its rows.
     */
    private List<Pending> computeAll(List<Long> ids, Loaded loaded, Map<Long, StoredSnapshots> storedOrNull,
            ReferenceData refs, Rebuilt rebuilt, ExecutorService workers) {
        RangeData data = loaded.data();
        boolean fingerprint = storedOrNull == null;
        Map<Long, StoredSnapshots> stored = fingerprint ? Map.of() : storedOrNull;
        List<Pending> pending = new ArrayList<>();
        if (workers == null) {
            for (long id : ids) {
                pending.add(compute(id, data, stored.getOrDefault(id, StoredSnapshots.empty()), fingerprint,
                        loaded.fingerprints().get(id), refs, loaded.ahead(), loaded.policies().apply(id), rebuilt));
            }
            return pending;
        }
        List<Future<Pending>> computing = new ArrayList<>();
        for (long id : ids) {
            Policy policy = loaded.policies().apply(id);
            StoredSnapshots rows = stored.getOrDefault(id, StoredSnapshots.empty());
            RowsFingerprint held = loaded.fingerprints().get(id);
            computing.add(workers.submit(() -> compute(id, data, rows, fingerprint, held, refs, loaded.ahead(), policy,
                    rebuilt)));
        }
        for (Future<Pending> account : computing) {
            pending.add(await(account));
        }
        return pending;
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
        long unmeteredStatements;
        int accountsCompared;

        Rebuilt(AccountRange range, LocalDate today, Instant startedAt, long loadMs, long loadStatements, int accounts) {
            this.range = range;
            this.today = today;
            this.startedAt = startedAt;
            this.loadMsShare = accounts == 0 ? 0 : loadMs / accounts;
            this.loadStatementsShare = accounts == 0 ? 0 : loadStatements / accounts;
        }
    }

    /** One account between its computation and the range's write. */
    private static final class Pending {
        final long accountId;
        final Optional<DirtyMark> mark;
        final RunRecord.Builder run;
        LocalDate from;
        Optional<AccountRebuild.Computed> computed = Optional.empty();
        Optional<RowsFingerprint> fingerprint = Optional.empty();
        LocalDate keepFrom;
        long calcMs;
        String error;

        Pending(long accountId, Optional<DirtyMark> mark, RunRecord.Builder run, LocalDate from) {
            this.accountId = accountId;
            this.mark = mark;
            this.run = run;
            this.from = from;
        }

        boolean dirty() {
            return mark.isPresent() && mark.get().dirtyFrom() != null;
        }

        /** Its stored rows are the computed ones: nothing to write. */
        void unchanged() {
            AccountRebuild.Computed c = computed.orElseThrow();
            computed = Optional.of(new AccountRebuild.Computed(SnapshotChanges.none(), RowCounts.none(), c.dates(),
                    c.movements(), c.from()));
            run.processed(c.dates(), c.movements(), Map.of());
        }

        boolean hasChanges() {
            return error == null && computed.isPresent() && !computed.get().changes().isEmpty();
        }
    }

    /** Recomputes one account from the range's data; a failure to compute it is kept, not thrown. */
    private Pending compute(long accountId, RangeData data, StoredSnapshots storedRows, boolean fingerprint,
            RowsFingerprint stored, ReferenceData refs, ReferenceData ahead, Policy policy, Rebuilt rebuilt) {
        long started = System.nanoTime();
        Pending p = new Pending(accountId, data.markOf(accountId),
                RunRecord.started(accountId, Trigger.RECOMPUTE, Strategy.BATCH, rebuilt.startedAt)
                        .used(Strategy.BATCH, "rebuild of accounts " + rebuilt.range), rebuilt.today);
        try {
            List<Movement> movements = data.movementsOf(accountId);
            p.computed = rebuild.compute(accountId, movements, storedRows, refs, policy);
            p.keepFrom = keepFrom(movements, ahead, rebuilt.today);
            if (p.computed.isPresent()) {
                AccountRebuild.Computed c = p.computed.get();
                p.from = c.from();
                p.run.processed(c.dates(), c.movements(), c.counts().written());
            }
            if (fingerprint) {
                // nothing stored: every computed row is written, no fingerprint to compare
                p.fingerprint = stored == null ? Optional.empty() : store.fingerprint(
                        p.computed.map(AccountRebuild.Computed::changes).orElse(SnapshotChanges.none()));
            }
        } catch (RuntimeException e) {
            if (StorageUnavailableException.isIn(e)) {
                throw e;
            }
            p.error = AccountRebuild.describe(e);
            LOG.info("rebuild of account {} failed: {}", accountId, p.error);
            LOG.debug("rebuild of account {} failed", accountId, e);
        }
        p.calcMs = millisSince(started);
        return p;
    }

    /**
     * Writes the range's changed accounts in one transaction, behind their run locks (taken at once,
     * without waiting) and the range's dirty marks; unchanged dirty accounts get their marks cleared
     * in it too. Records every account's result and run.
     */
    private void write(List<Pending> pending, Rebuilt rebuilt) {
        long started = System.nanoTime();
        long statementsBefore = meter.count();
        List<Long> changed = new ArrayList<>();
        List<MarkClear> clears = new ArrayList<>();
        for (Pending p : pending) {
            if (p.hasChanges()) {
                changed.add(p.accountId);
            } else if (p.error == null && p.dirty()) {
                clears.add(new MarkClear(p.accountId, p.mark.get().counter(), p.keepFrom));
            }
        }
        Set<Long> notLocked = new HashSet<>();
        Set<Long> moved = Set.of();
        if (!changed.isEmpty() || !clears.isEmpty()) {
            try (AccountRunLock.ManyLease lease = runLock.tryAcquireAll(changed)) {
                List<AccountWrite> writes = new ArrayList<>();
                for (Pending p : pending) {
                    if (!p.hasChanges()) {
                        continue;
                    }
                    if (lease.holds(p.accountId)) {
                        writes.add(new AccountWrite(p.accountId, p.mark, p.computed.get().changes(), p.keepFrom));
                    } else {
                        notLocked.add(p.accountId);
                    }
                }
                if (!changed.isEmpty()) {
                    // the locks are taken and released on a connection of their own, which the meter does not see
                    rebuilt.unmeteredStatements += 2;
                }
                moved = store.writeRange(writes, clears);
            }
        }
        long persistMs = millisSince(started);
        long writeStatements = meter.count() - statementsBefore + rebuilt.unmeteredStatements;
        long persistShare = changed.isEmpty() ? 0 : persistMs / changed.size();
        long statementShare = pending.isEmpty() ? 0 : writeStatements / pending.size();
        for (Pending p : pending) {
            String failure = p.error;
            RunStatus status = failure == null ? RunStatus.SUCCEEDED : RunStatus.FAILED;
            int written = 0;
            if (notLocked.contains(p.accountId)) {
                failure = "another run holds the account's lock; left dirty for refresh";
                status = RunStatus.DEFERRED;
            } else if (moved.contains(p.accountId)) {
                // The change that moved the mark left the account dirty: refresh takes it from here.
                failure = "changed while being rebuilt; left dirty for refresh";
                status = RunStatus.DEFERRED;
                p.run.processed(0, 0, Map.of());
            } else if (p.hasChanges()) {
                written = p.computed.get().rowsWritten();
            }
            if (p.error != null || notLocked.contains(p.accountId)) {
                markDirty(p.accountId, p.from);
            }
            long persist = p.hasChanges() ? persistShare : 0;
            rebuilt.results.add(new AccountResult(p.accountId, written, Optional.ofNullable(failure)));
            rebuilt.runs.add(p.run.range(p.from, rebuilt.today)
                    .timings(rebuilt.loadMsShare, p.calcMs, persist, rebuilt.loadMsShare + p.calcMs + persist)
                    .queries(rebuilt.loadStatementsShare + statementShare)
                    .ended(status, failure));
        }
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
