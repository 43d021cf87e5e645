package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.RecomputeUseCase;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.processing.SnapshotProcessingCoordinator;
import dev.snapfolio.application.port.in.Trigger;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public class RecomputeService implements RecomputeUseCase {
    private final AccountRepository accounts;
    private final MovementRepository movements;
    private final SnapshotStore store;
    private final SnapshotProcessingCoordinator coordinator;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public RecomputeService(AccountRepository accounts, MovementRepository movements, SnapshotStore store,
            SnapshotProcessingCoordinator coordinator, DirtyMarkRepository dirtyMarks, UnitOfWork unitOfWork,
            Clock clock) {
        this.accounts = accounts;
        this.movements = movements;
        this.store = store;
        this.coordinator = coordinator;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public ProcessingOutcome recompute(RecomputeCommand command) {
        long accountId = command.accountId();
        ServiceSupport.requireAccount(accounts, accountId);
        LocalDate from = command.from() != null ? command.from() : firstDate(accountId);
        // Marked first, in its own transaction: a recompute killed half-way (per-date has committed
        // some dates) leaves the account dirty for refresh instead of silently mixed; the run clears it.
        unitOfWork.run(() -> dirtyMarks.markDirty(accountId, from));
        return coordinator.process(accountId, from, Trigger.RECOMPUTE, command.strategy());
    }

    /** The first movement, or an earlier stored row (left by a deleted movement): everything from there is redone. */
    private LocalDate firstDate(long accountId) {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> firstMovement = movements.findEarliestBusinessDate(accountId);
        List<LocalDate> stored = store.findStoredDates(accountId, ServiceSupport.OPEN_START, today);
        LocalDate first = firstMovement.orElse(today);
        if (!stored.isEmpty() && stored.get(0).isBefore(first)) {
            first = stored.get(0);
        }
        return first;
    }
}
