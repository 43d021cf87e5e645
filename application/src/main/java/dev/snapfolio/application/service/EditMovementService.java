package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.EditMovementUseCase;
import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.ProcessingOutcome;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.application.processing.RunSettings;
import dev.snapfolio.application.processing.SnapshotProcessingCoordinator;
import dev.snapfolio.application.processing.Trigger;
import dev.snapfolio.domain.calc.ChangeDates;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.movement.Movement;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class EditMovementService implements EditMovementUseCase {
    private final AccountRepository accounts;
    private final MovementRepository movements;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;
    private final ChangeValidator validator;
    private final SnapshotProcessingCoordinator coordinator;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;

    @Inject
    public EditMovementService(AccountRepository accounts, MovementRepository movements, DirtyMarkRepository dirtyMarks,
            UnitOfWork unitOfWork, ChangeValidator validator, SnapshotProcessingCoordinator coordinator,
            ProcessingSettingsProvider settings, Clock clock) {
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
    public MovementChangeResult edit(EditMovementCommand command) {
        long accountId = command.accountId();
        ServiceSupport.requireAccount(accounts, accountId);
        Movement old = movements.findById(command.movementId())
                .filter(m -> m.accountId() == accountId)
                .orElseThrow(() -> new NotFoundException(
                        "movement #" + command.movementId() + " not found in account #" + accountId));
        Movement replacement = command.replacement();
        if (replacement.sourceKey() == null && old.sourceKey() != null) {
            // An edited imported movement keeps its source key, so re-importing the file does not add it again.
            replacement = replacement.withSourceKey(old.sourceKey());
        }
        // Read once for the whole call: validation and the run use the same settings.
        RunSettings runSettings = settings.forAccount(accountId);
        Policy policy = runSettings.policy(LocalDate.now(clock));
        ServiceSupport.checkNotTooLate(replacement, policy, null);
        LocalDate changeDate = ChangeDates.of(old, replacement);
        validator.validate(accountId, changeDate, Set.of(old.id()), List.of(replacement), Map.of(),
                "cannot edit movement #" + old.id(), policy);
        Movement saved = replacement;
        unitOfWork.run(() -> {
            movements.update(saved);
            dirtyMarks.markDirty(accountId, changeDate);
        });
        ProcessingOutcome outcome = coordinator.process(accountId, changeDate, Trigger.EDIT, null, runSettings);
        return new MovementChangeResult(saved, outcome);
    }
}
