package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.DeleteMovementUseCase;
import dev.snapfolio.application.port.in.EditMovementUseCase;
import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.RecordMovementUseCase;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.application.processing.RunSettings;
import dev.snapfolio.application.processing.SnapshotProcessingCoordinator;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.domain.calc.ChangeDates;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.movement.Movement;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Records, edits and deletes single movements. Each change follows the same steps (DESIGN §4):
 * read the settings once, validate the history in memory from the change date (nothing is written
 * on a domain error), store the change with the account's dirty mark in one transaction, then let
 * the coordinator bring the snapshots up to date (trigger EDIT).
 */
public class MovementChangeService implements RecordMovementUseCase, EditMovementUseCase, DeleteMovementUseCase {
    private final AccountRepository accounts;
    private final MovementRepository movements;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;
    private final ChangeValidator validator;
    private final SnapshotProcessingCoordinator coordinator;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;

    @Inject
    public MovementChangeService(AccountRepository accounts, MovementRepository movements,
            DirtyMarkRepository dirtyMarks, UnitOfWork unitOfWork, ChangeValidator validator,
            SnapshotProcessingCoordinator coordinator, ProcessingSettingsProvider settings, Clock clock) {
        this.accounts = accounts;
        this.movements = movements;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
        this.validator = validator;
        this.coordinator = coordinator;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public MovementChangeResult record(RecordMovementCommand command) {
        long accountId = command.accountId();
        ServiceSupport.requireAccount(accounts, accountId);
        Movement movement = command.movement();
        RunSettings runSettings = settings.forAccount(accountId);
        Policy policy = runSettings.policy(LocalDate.now(clock));
        ServiceSupport.checkNotTooLate(movement, policy, null);
        ServiceSupport.requireRealTicker(movement);
        LocalDate changeDate = ChangeDates.of(null, movement);
        // Validated with an id above every stored one (no query needed: the largest id there is): it
        // applies after same-timestamp movements, as it will once stored.
        long provisionalId = Long.MAX_VALUE;
        List<String> warnings = new ArrayList<>(validator.validate(accountId, changeDate, Set.of(),
                List.of(movement.withId(provisionalId)), Map.of(provisionalId, "the new movement"),
                "cannot record " + movement.describe(), policy));
        warnings.addAll(validator.notices(List.of(movement)));
        return commitAndProcess(accountId, changeDate, runSettings, () -> movements.insert(movement), warnings);
    }

    @Override
    public MovementChangeResult edit(EditMovementCommand command) {
        long accountId = command.accountId();
        ServiceSupport.requireAccount(accounts, accountId);
        Movement old = storedMovement(accountId, command.movementId());
        Movement replacement = command.replacement();
        if (replacement.sourceKey() == null && old.sourceKey() != null) {
            // An edited imported movement keeps its source key, so re-importing the file does not add it again.
            replacement = replacement.withSourceKey(old.sourceKey());
        }
        RunSettings runSettings = settings.forAccount(accountId);
        Policy policy = runSettings.policy(LocalDate.now(clock));
        ServiceSupport.checkNotTooLate(replacement, policy, null);
        ServiceSupport.requireRealTicker(replacement);
        LocalDate changeDate = ChangeDates.of(old, replacement);
        List<String> warnings = new ArrayList<>(validator.validate(accountId, changeDate, Set.of(old.id()),
                List.of(replacement), Map.of(), "cannot edit movement #" + old.id(),
                policy));
        warnings.addAll(validator.notices(List.of(replacement)));
        Movement saved = replacement;
        return commitAndProcess(accountId, changeDate, runSettings, () -> {
            movements.update(saved);
            return saved;
        }, warnings);
    }

    @Override
    public MovementChangeResult delete(DeleteMovementCommand command) {
        long accountId = command.accountId();
        ServiceSupport.requireAccount(accounts, accountId);
        Movement old = storedMovement(accountId, command.movementId());
        RunSettings runSettings = settings.forAccount(accountId);
        Policy policy = runSettings.policy(LocalDate.now(clock));
        LocalDate changeDate = ChangeDates.of(old, null);
        validator.validate(accountId, changeDate, Set.of(old.id()), List.of(), Map.of(),
                "cannot delete movement #" + old.id(), policy);
        return commitAndProcess(accountId, changeDate, runSettings, () -> {
            movements.delete(old.id());
            return old;
        }, List.of());
    }

    private Movement storedMovement(long accountId, long movementId) {
        return movements.findById(movementId)
                .filter(m -> m.accountId() == accountId)
                .orElseThrow(() -> new NotFoundException(
                        "movement #" + movementId + " not found in account #" + accountId));
    }

    /** The change and the dirty mark in one transaction, then the run (with the settings read once for the call). */
    private MovementChangeResult commitAndProcess(long accountId, LocalDate changeDate, RunSettings runSettings,
            Supplier<Movement> change, List<String> warnings) {
        Movement result = unitOfWork.inTransaction(() -> {
            Movement changed = change.get();
            dirtyMarks.markDirty(accountId, changeDate);
            return changed;
        });
        ProcessingOutcome outcome = coordinator.process(accountId, changeDate, Trigger.EDIT, null, runSettings);
        return new MovementChangeResult(result, outcome, warnings);
    }
}
