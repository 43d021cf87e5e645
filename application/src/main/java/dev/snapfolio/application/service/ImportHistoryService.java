package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.ImportBatch;
import dev.snapfolio.application.port.in.ImportHistoryUseCase;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.ImportBatchRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.application.processing.RunSettings;
import dev.snapfolio.application.processing.SnapshotProcessingCoordinator;
import dev.snapfolio.domain.calc.ChangeDates;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.movement.Movement;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the recorded imports and undoes one: like deleting each of its movements at once
 * (DESIGN §4: validated first, stored with the dirty mark in one transaction, then processed).
 */
public class ImportHistoryService implements ImportHistoryUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(ImportHistoryService.class);

    private final AccountRepository accounts;
    private final MovementRepository movements;
    private final ImportBatchRepository importBatches;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;
    private final ChangeValidator validator;
    private final SnapshotProcessingCoordinator coordinator;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;

    @Inject
    public ImportHistoryService(AccountRepository accounts, MovementRepository movements,
            ImportBatchRepository importBatches, DirtyMarkRepository dirtyMarks, UnitOfWork unitOfWork,
            ChangeValidator validator, SnapshotProcessingCoordinator coordinator, ProcessingSettingsProvider settings,
            Clock clock) {
        this.accounts = accounts;
        this.movements = movements;
        this.importBatches = importBatches;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
        this.validator = validator;
        this.coordinator = coordinator;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<ImportBatch> list(OptionalLong accountId) {
        accountId.ifPresent(id -> ServiceSupport.requireAccount(accounts, id));
        return importBatches.find(accountId);
    }

    @Override
    public UndoResult undo(UndoImportCommand command) {
        long accountId = command.accountId();
        ServiceSupport.requireAccount(accounts, accountId);
        ImportBatch batch = importBatches.findById(command.importId())
                .filter(b -> b.accountId() == accountId)
                .orElseThrow(() -> new NotFoundException("import #" + command.importId() + " not found in account #"
                        + accountId + " (see 'snapfolio import list')"));
        Set<Long> ids = new HashSet<>(importBatches.findMovementIds(batch.id()));
        LocalDate from = null;
        for (Movement movement : ids.isEmpty() ? List.<Movement>of() : movements.findByAccount(accountId)) {
            if (ids.contains(movement.id())) {
                LocalDate date = ChangeDates.of(movement, null);
                from = from == null || date.isBefore(from) ? date : from;
            }
        }
        RunSettings runSettings = settings.forAccount(accountId);
        Policy policy = runSettings.policy(LocalDate.now(clock));
        if (from != null) {
            validator.validate(accountId, from, ids, List.of(), Map.of(), "cannot undo import #" + batch.id(), policy);
        }
        LocalDate changeDate = from;
        int removed = unitOfWork.inTransaction(() -> {
            int deleted = importBatches.delete(batch.id());
            if (changeDate != null) {
                dirtyMarks.markDirty(accountId, changeDate);
            }
            return deleted;
        });
        LOG.info("account {}: import #{} undone, {} movements removed", accountId, batch.id(), removed);
        Optional<ProcessingOutcome> outcome = changeDate == null ? Optional.empty()
                : Optional.of(coordinator.process(accountId, changeDate, Trigger.EDIT, null, runSettings));
        return new UndoResult(batch, removed, changeDate, outcome);
    }
}
