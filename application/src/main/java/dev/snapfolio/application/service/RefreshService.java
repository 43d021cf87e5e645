package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RefreshRequest;
import dev.snapfolio.application.port.in.RefreshUseCase;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.ProcessingResult;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.application.processing.SnapshotProcessingCoordinator;
import dev.snapfolio.domain.calc.Policy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes every dirty account, with as many workers (threads here, and any number of processes on
 * the same database) as asked. A worker claims a fixed number of accounts with a lease written in
 * the claiming transaction, renews the lease before each account's run (and skips the account when
 * it lost it), and the run's clear of the dirty mark releases it; what it still holds when it ends
 * (accounts whose mark moved during their run, or whose run failed) it releases then, for the next
 * refresh. A worker that dies leaves its leases to expire; then another worker claims them.
 *
 * <p>Accounts with an option expiry due are found without reading every account: each account's
 * next contract expiry is kept with its dirty mark (written by the run that clears it), and one
 * statement marks dirty those whose expiry has become due. An idle refresh so costs a constant
 * number of statements, whatever the number of accounts.
 */
public class RefreshService implements RefreshUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshService.class);
    /** Accounts a worker claims at once: small, so that workers share the tail of the work. */
    static final int CLAIM_SIZE = 8;
    /** Accounts whose next expiry is not recorded yet, read at once (a database from before it was kept). */
    private static final int BACKFILL_CHUNK = 500;
    private static final AtomicInteger WORKERS = new AtomicInteger();

    private final DirtyMarkRepository dirtyMarks;
    private final SnapshotStore store;
    private final UnitOfWork unitOfWork;
    private final SnapshotProcessingCoordinator coordinator;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;

    @Inject
    public RefreshService(DirtyMarkRepository dirtyMarks, SnapshotStore store, UnitOfWork unitOfWork,
            SnapshotProcessingCoordinator coordinator, ProcessingSettingsProvider settings, Clock clock) {
        this.dirtyMarks = dirtyMarks;
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.coordinator = coordinator;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<ProcessingOutcome> refresh(RefreshRequest request) {
        // Only today and the grace matter here; each run builds its account's own policy.
        Policy policy = new Policy(LocalDate.now(clock), settings.current().expiryGraceDays());
        recordUnknownNextExpiries(policy.today());
        int due = dirtyMarks.markExpiriesDue(policy.lastDueExpiration());
        if (due > 0) {
            LOG.info("refresh: {} accounts have an option expiry due", due);
        }
        List<ProcessingOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        if (request.workers() == 1) {
            work(request, policy.today(), outcomes);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(request.workers(), runnable -> {
                Thread thread = new Thread(runnable, "snapfolio-refresh-" + WORKERS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < request.workers(); i++) {
                    running.add(pool.submit(() -> work(request, policy.today(), outcomes)));
                }
                RuntimeException failure = null;
                for (Future<?> worker : running) {
                    try {
                        worker.get();
                    } catch (ExecutionException e) {
                        RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException(e.getCause());
                        if (failure == null) {
                            failure = cause;
                        } else {
                            failure.addSuppressed(cause);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("refresh interrupted", e);
                    }
                }
                if (failure != null) {
                    throw failure;
                }
            } finally {
                pool.shutdown();
            }
        }
        long failed = outcomes.stream().filter(ProcessingOutcome::failed).count();
        LOG.info("refresh: {} accounts processed, {} failed", outcomes.size(), failed);
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /** One worker: claims, runs and releases until nothing is left to claim or a stop is asked for. */
    private void work(RefreshRequest request, LocalDate today, List<ProcessingOutcome> outcomes) {
        String worker = workerId();
        boolean claimedAny = false;
        try {
            while (!request.stopRequested().getAsBoolean()) {
                List<DirtyMark> claimed = unitOfWork.inTransaction(
                        () -> dirtyMarks.claim(worker, today, CLAIM_SIZE, request.lease()));
                if (claimed.isEmpty()) {
                    return;
                }
                claimedAny = true;
                LOG.debug("worker {}: claimed {} accounts", worker, claimed.size());
                for (DirtyMark mark : claimed) {
                    if (request.stopRequested().getAsBoolean()) {
                        return;
                    }
                    // Renewed before the run: a lease that expired meanwhile and was taken by another
                    // worker is theirs now, and this worker leaves the account to them.
                    if (!dirtyMarks.renew(mark.accountId(), worker, request.lease())) {
                        LOG.info("account {}: another worker holds it now; skipped", mark.accountId());
                        continue;
                    }
                    ProcessingOutcome outcome = processOne(mark.accountId(), mark.dirtyFrom());
                    outcomes.add(outcome);
                    request.onOutcome().accept(outcome);
                }
            }
        } finally {
            if (claimedAny) {
                releaseQuietly(worker);
            }
        }
    }

    private void releaseQuietly(String worker) {
        try {
            int released = dirtyMarks.release(worker);
            if (released > 0) {
                LOG.debug("worker {}: released {} accounts still dirty", worker, released);
            }
        } catch (RuntimeException e) {
            // The leases expire on their own; another worker takes the accounts then.
            LOG.warn("could not release the claims of worker {} (they expire on their own): {}", worker, e.toString());
        }
    }

    /**
     * Processes one account from {@code from}. A failure of this account — even one the coordinator
     * could not record as a run of its own — becomes its failed outcome (account, date, problem),
     * and the refresh goes on with the others.
     */
    private ProcessingOutcome processOne(long accountId, LocalDate from) {
        try {
            return coordinator.process(accountId, from, Trigger.REFRESH);
        } catch (RuntimeException e) {
            return coordinator.failed(accountId, from, Trigger.REFRESH, e);
        }
    }

    /**
     * The next expiry of accounts that have none recorded (a database from before it was kept, or an
     * account whose run failed before recording it), from their latest stored state: one query on an
     * up-to-date database.
     */
    private void recordUnknownNextExpiries(LocalDate today) {
        while (true) {
            List<Long> unknown = dirtyMarks.findUnknownNextExpiry(BACKFILL_CHUNK);
            for (long accountId : unknown) {
                Optional<LocalDate> next = store.findStateBefore(accountId, today.plusDays(1))
                        .flatMap(ProcessingResult::nextExpiry);
                dirtyMarks.recordNextExpiry(accountId, next);
            }
            if (unknown.size() < BACKFILL_CHUNK) {
                return;
            }
        }
    }

    private static String workerId() {
        return ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
