package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.BackupUseCase;
import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.SettingsRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.application.processing.SnapshotProcessingCoordinator;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.calc.DomainException;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Export of the whole database as data, and its restore into an empty database (DESIGN §4, §9). */
public class BackupService implements BackupUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final AccountRepository accounts;
    private final MovementRepository movements;
    private final ReferenceDataRepository referenceData;
    private final SettingsRepository settingsRepository;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;
    private final SnapshotProcessingCoordinator coordinator;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;

    @Inject
    public BackupService(AccountRepository accounts, MovementRepository movements,
            ReferenceDataRepository referenceData, SettingsRepository settingsRepository, DirtyMarkRepository dirtyMarks,
            UnitOfWork unitOfWork, SnapshotProcessingCoordinator coordinator, ProcessingSettingsProvider settings,
            Clock clock) {
        this.accounts = accounts;
        this.movements = movements;
        this.referenceData = referenceData;
        this.settingsRepository = settingsRepository;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
        this.coordinator = coordinator;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Backup export() {
        // One transaction: a movement recorded meanwhile is either wholly in the backup or not at all.
        return unitOfWork.inTransaction(() -> {
            List<Account> all = accounts.findAll();
            List<Movement> history = new ArrayList<>();
            for (Account account : all) {
                history.addAll(movements.findByAccount(account.id()));
            }
            return new Backup(all, history, referenceData.findAllPrices(), referenceData.findAllSplits(),
                    settingsRepository.findAll());
        });
    }

    @Override
    public RestoreResult restore(Backup backup) {
        requireEmpty();
        Map<Long, List<Movement>> byAccount = groupByAccount(backup);
        LocalDate today = LocalDate.now(clock);
        ReferenceData refs = ReferenceData.of(backup.prices(), backup.splits());
        Map<Long, LocalDate> firstDates = new LinkedHashMap<>();
        for (Account account : backup.accounts()) {
            List<Movement> history = byAccount.get(account.id());
            if (history.isEmpty()) {
                continue;
            }
            validate(account, history, refs, policy(backup.settings(), account.id(), today));
            firstDates.put(account.id(), history.stream().map(Movement::businessDate).min(LocalDate::compareTo).orElseThrow());
        }
        unitOfWork.inTransaction(() -> {
            requireEmpty();
            backup.settings().forEach(settingsRepository::save);
            backup.accounts().forEach(accounts::restore);
            referenceData.savePrices(backup.prices());
            referenceData.saveSplits(backup.splits());
            for (Account account : backup.accounts()) {
                List<Movement> history = byAccount.get(account.id());
                if (!history.isEmpty()) {
                    movements.insertAll(history.stream().map(m -> m.withId(0)).toList());
                }
            }
            firstDates.forEach(dirtyMarks::markDirty);
            return null;
        });
        LOG.info("restored {} accounts, {} movements, {} prices, {} splits, {} settings", backup.accounts().size(),
                backup.movements().size(), backup.prices().size(), backup.splits().size(), backup.settings().size());
        Map<Long, ProcessingOutcome> outcomes = new LinkedHashMap<>();
        firstDates.forEach((accountId, from) -> outcomes.put(accountId,
                coordinator.process(accountId, from, Trigger.RECOMPUTE, null, settings.forAccount(accountId))));
        return new RestoreResult(backup.accounts().size(), backup.movements().size(), backup.prices().size(),
                backup.splits().size(), backup.settings().size(), outcomes);
    }

    private void requireEmpty() {
        if (!accounts.findAll().isEmpty() || !referenceData.findAllSplits().isEmpty()
                || !referenceData.findAllPrices().isEmpty()) {
            throw new ValidationException("database", "is not empty: a backup is restored only into an empty "
                    + "database (no accounts, prices or splits)");
        }
    }

    /** The backup's movements by account, checking that each belongs to an account of the backup. */
    private static Map<Long, List<Movement>> groupByAccount(Backup backup) {
        Map<Long, List<Movement>> byAccount = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Account account : backup.accounts()) {
            if (byAccount.put(account.id(), new ArrayList<>()) != null || !names.add(account.name())) {
                throw new ValidationException("accounts", "account #" + account.id() + " '" + account.name()
                        + "' is in the backup twice");
            }
        }
        for (Movement movement : backup.movements()) {
            List<Movement> list = byAccount.get(movement.accountId());
            if (list == null) {
                throw new ValidationException("movements", "a movement of account #" + movement.accountId()
                        + " is in the backup, but not that account");
            }
            // provisional ids in backup order: the order restore assigns them in
            list.add(movement.withId(list.size() + 1L));
        }
        return byAccount;
    }

    /** The policy the account had: the backup's own grace days and orphan-close allowance. */
    private Policy policy(Map<String, String> backupSettings, long accountId, LocalDate today) {
        Policy policy = settings.policy(today, accountId);
        String grace = backupSettings.get(ProcessingSettings.EXPIRY_GRACE_DAYS);
        if (grace != null) {
            try {
                policy = policy.withExpiryGraceDays(Integer.parseInt(grace.trim()));
            } catch (NumberFormatException e) {
                throw new ValidationException(ProcessingSettings.EXPIRY_GRACE_DAYS, "must be a whole number, got " + grace);
            }
        }
        return policy.withAllowOrphanCloses(
                "true".equalsIgnoreCase(backupSettings.get(ProcessingSettingsProvider.orphanClosesKey(accountId))));
    }

    private static void validate(Account account, List<Movement> history, ReferenceData refs, Policy policy) {
        try {
            HistoryFold.full(account.id(), history, refs, policy);
        } catch (DomainException e) {
            String message = e.problem() != null
                    ? "movement " + e.problem().movement() + ": " + e.problem().problem() : e.getMessage();
            throw new ChangeRejectedException("cannot restore account '" + account.name() + "': " + message
                    + (e.date() != null && !message.contains(e.date().toString()) ? " (on " + e.date() + ")" : ""),
                    e.date(), e);
        }
    }
}
