package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.RecordMovementUseCase;
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

public class RecordMovementService implements RecordMovementUseCase {
    private final AccountRepository accounts;
    private final MovementRepository movements;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;
    private final ChangeValidator validator;
    private final SnapshotProcessingCoordinator coordinator;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;

    @Inject
    public RecordMovementService(AccountRepository accounts, MovementRepository movements,
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
        // Read once for the whole call: validation and the run use the same settings.
        RunSettings runSettings = settings.forAccount(accountId);
        Policy policy = runSettings.policy(LocalDate.now(clock));
        ServiceSupport.checkNotTooLate(movement, policy, null);
        LocalDate changeDate = ChangeDates.of(null, movement);
        // Validated with an id above every stored one: it applies after same-timestamp movements, as it will once stored.
        long provisionalId = movements.findMaxId() + 1;
        validator.validate(accountId, changeDate, Set.of(), List.of(movement.withId(provisionalId)),
                Map.of(provisionalId, "the new movement"), "cannot record " + movement.describe(), policy);
        Movement saved = unitOfWork.inTransaction(() -> {
            Movement inserted = movements.insert(movement);
            dirtyMarks.markDirty(accountId, changeDate);
            return inserted;
        });
        ProcessingOutcome outcome = coordinator.process(accountId, changeDate, Trigger.EDIT, null, runSettings);
        return new MovementChangeResult(saved, outcome);
    }
}
