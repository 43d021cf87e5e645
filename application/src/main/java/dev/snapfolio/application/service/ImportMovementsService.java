package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.ProgressListener;

import dev.snapfolio.application.port.in.ImportBatch;
import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.out.ImportBatchRepository;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.SettingsRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.application.processing.RunSettings;
import dev.snapfolio.application.processing.SnapshotProcessingCoordinator;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.domain.calc.ChangeDates;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports parsed rows as one unit (DESIGN §4, §7): rows whose source key the account already has
 * are skipped; the rest are validated in memory as a whole with provisional ids, then stored in one
 * transaction with the dirty mark and the import's record (so that it can be undone as a whole),
 * and the coordinator runs with trigger IMPORT. A dry run stops after the validation.
 */
public class ImportMovementsService implements ImportMovementsUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(ImportMovementsService.class);

    private final AccountRepository accounts;
    private final MovementRepository movements;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;
    private final ChangeValidator validator;
    private final SnapshotProcessingCoordinator coordinator;
    private final ProcessingSettingsProvider settings;
    private final SettingsRepository settingsRepository;
    private final ImportBatchRepository importBatches;
    private final Clock clock;

    @Inject
    public ImportMovementsService(AccountRepository accounts, MovementRepository movements,
            DirtyMarkRepository dirtyMarks, UnitOfWork unitOfWork, ChangeValidator validator,
            SnapshotProcessingCoordinator coordinator, ProcessingSettingsProvider settings,
            SettingsRepository settingsRepository, ImportBatchRepository importBatches, Clock clock) {
        this.importBatches = importBatches;
        this.accounts = accounts;
        this.movements = movements;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
        this.validator = validator;
        this.coordinator = coordinator;
        this.settings = settings;
        this.settingsRepository = settingsRepository;
        this.clock = clock;
    }

    @Override
    public ImportResult importMovements(ImportMovementsCommand command) {
        return importMovements(command, ProgressListener.NONE);
    }

    /**
     * Steps told to the progress listener: checking, validating, storing, processing; storing tells
     * the movements stored of all to store instead.
     */
    private static final int STEPS = 4;

    @Override
    public ImportResult importMovements(ImportMovementsCommand command, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        long accountId = command.accountId();
        listener.progress("importing " + command.rows().size() + " rows: checking for rows already there", 0, STEPS);
        ServiceSupport.requireAccount(accounts, accountId);
        List<ImportRow> rows = command.rows();
        List<String> keys = rows.stream().map(r -> r.movement().sourceKey()).toList();
        Set<String> seen = new HashSet<>(keys.isEmpty() ? Set.of() : movements.findExistingSourceKeys(accountId, keys));
        List<ImportRow> fresh = new ArrayList<>();
        for (ImportRow row : rows) {
            if (seen.add(row.movement().sourceKey())) {
                fresh.add(row);
            }
        }
        int duplicates = rows.size() - fresh.size();
        List<String> warnings = new ArrayList<>();
        if (fresh.isEmpty()) {
            LOG.info("account {}: import from {}: {} rows, all already imported", accountId, command.source(), rows.size());
            return new ImportResult(rows.size(), 0, duplicates, warnings, pendingRun(accountId), OptionalLong.empty(),
                    null, null, List.of());
        }

        // Read once for the whole call: validation and the run use the same settings.
        RunSettings runSettings = settings.forAccount(accountId);
        Policy policy = runSettings.policy(LocalDate.now(clock));
        if (command.allowOrphanCloses()) {
            policy = policy.withAllowOrphanCloses(true);
        }
        long nextId = movements.findMaxId() + 1;
        List<Movement> provisional = new ArrayList<>(fresh.size());
        List<Movement> toInsert = new ArrayList<>(fresh.size());
        Map<Long, String> labels = new HashMap<>();
        LocalDate changeDate = null;
        for (ImportRow row : fresh) {
            Movement movement = row.movement().withAccount(accountId).withId(0);
            ServiceSupport.checkNotTooLate(movement, policy, row.location());
            try {
                ServiceSupport.requireRealTicker(movement);
            } catch (ValidationException e) {
                throw new ValidationException("ticker", "of " + row.location() + ": " + e.getMessage());
            }
            Movement withId = movement.withId(nextId);
            labels.put(nextId, row.location());
            nextId++;
            provisional.add(withId);
            toInsert.add(movement);
            LocalDate date = ChangeDates.of(null, movement);
            if (changeDate == null || date.isBefore(changeDate)) {
                changeDate = date;
            }
        }
        LocalDate from = changeDate;
        listener.progress("importing " + rows.size() + " rows: validating " + fresh.size() + " new movements", 1, STEPS);
        warnings.addAll(validator.validate(accountId, from, Set.of(), provisional, labels,
                "cannot import " + command.source(), policy));
        warnings.addAll(validator.notices(provisional));
        warnings.forEach(w -> LOG.warn("account {}: {}", accountId, w));
        LocalDate today = policy.today();
        if (command.dryRun()) {
            LOG.info("account {}: dry run of an import from {}: {} of {} rows would be added", accountId,
                    command.source(), toInsert.size(), rows.size());
            return new ImportResult(rows.size(), toInsert.size(), duplicates, warnings, Optional.empty(),
                    OptionalLong.empty(), from, today, toInsert);
        }
        boolean rememberOrphans = command.allowOrphanCloses() && !runSettings.allowsOrphanCloses();

        long[] importId = new long[1];
        String storing = "importing " + rows.size() + " rows: storing movements";
        List<Movement> inserted = unitOfWork.inTransaction(() -> {
            List<Movement> stored = ServiceSupport.insertInChunks(movements, toInsert, listener, storing);
            ImportBatch batch = importBatches.record(new ImportBatch(0, accountId, command.source(), command.fileName(),
                    command.fileSha256(), clock.instant(), stored.size()), stored.stream().map(Movement::id).toList());
            importId[0] = batch.id();
            dirtyMarks.markDirty(accountId, from);
            if (rememberOrphans) {
                // Every later computation of this account must accept the closes this import accepted.
                settingsRepository.save(ProcessingSettingsProvider.orphanClosesKey(accountId), "true");
            }
            return stored;
        });
        LOG.info("account {}: import #{}: {} of {} rows from {} ({} already there)", accountId, importId[0],
                inserted.size(), rows.size(), command.source(), duplicates);
        listener.progress("importing " + rows.size() + " rows: computing snapshots from " + from, 3, STEPS);
        ProcessingOutcome outcome = coordinator.process(accountId, from, Trigger.IMPORT, null,
                new RunSettings(runSettings.current(), runSettings.allowsOrphanCloses() || rememberOrphans,
                        runSettings.lockWait()));
        listener.progress("importing " + rows.size() + " rows: done", STEPS, STEPS);
        return new ImportResult(rows.size(), inserted.size(), duplicates, warnings, Optional.of(outcome),
                OptionalLong.of(importId[0]), from, today, inserted);
    }

    /**
     * Nothing new to store, but the account may still be dirty: a run killed (or failed) after an
     * earlier import committed its rows. Running the same import again must finish that work, not
     * say "nothing to process" and leave the account without snapshots.
     */
    private Optional<ProcessingOutcome> pendingRun(long accountId) {
        LocalDate today = LocalDate.now(clock);
        return dirtyMarks.find(accountId)
                .filter(mark -> mark.dirtyFrom() == null || !mark.dirtyFrom().isAfter(today))
                .map(mark -> {
                    LocalDate from = mark.dirtyFrom() == null ? today : mark.dirtyFrom();
                    LOG.info("account {}: no new rows, but the account is dirty from {}: processing it", accountId, from);
                    return coordinator.process(accountId, from, Trigger.IMPORT);
                });
    }
}
