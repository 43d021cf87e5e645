package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.ProcessingControlUseCase;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.SettingsRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionContract;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows and persists the runtime processing settings. A changed expiry grace changes which
 * expiries are applied, so every account with options is marked dirty from its earliest expiration.
 */
public class ProcessingControlService implements ProcessingControlUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessingControlService.class);

    private final SettingsRepository settingsRepository;
    private final ProcessingSettingsProvider settings;
    private final AccountRepository accounts;
    private final MovementRepository movements;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;

    @Inject
    public ProcessingControlService(SettingsRepository settingsRepository, ProcessingSettingsProvider settings,
            AccountRepository accounts, MovementRepository movements, DirtyMarkRepository dirtyMarks,
            UnitOfWork unitOfWork) {
        this.settingsRepository = settingsRepository;
        this.settings = settings;
        this.accounts = accounts;
        this.movements = movements;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ProcessingSettings show() {
        return settings.current();
    }

    @Override
    public ProcessingSettings update(UpdateProcessingCommand command) {
        ProcessingSettings before = settings.current();
        unitOfWork.run(() -> {
            if (command.batchEnabled() != null) {
                settingsRepository.save(ProcessingSettings.BATCH_ENABLED, command.batchEnabled().toString());
            }
            command.strategies().forEach((trigger, strategy) ->
                    settingsRepository.save(ProcessingSettings.strategyKey(trigger), strategy.name()));
            if (command.rolloutPercent() != null) {
                settingsRepository.save(ProcessingSettings.ROLLOUT_PERCENT, command.rolloutPercent().toString());
            }
            if (command.autoMaxPerDateDates() != null) {
                settingsRepository.save(ProcessingSettings.AUTO_MAX_PER_DATE_DATES,
                        command.autoMaxPerDateDates().toString());
            }
            if (command.expiryGraceDays() != null) {
                String old = settingsRepository.find(ProcessingSettings.EXPIRY_GRACE_DAYS).orElse(null);
                settingsRepository.save(ProcessingSettings.EXPIRY_GRACE_DAYS, command.expiryGraceDays().toString());
                if (!Objects.equals(old, command.expiryGraceDays().toString())
                        || before.expiryGraceDays() != command.expiryGraceDays()) {
                    markAccountsWithOptionsDirty();
                }
            }
        });
        ProcessingSettings after = settings.current();
        LOG.info("processing settings updated: {}", after);
        return after;
    }

    private void markAccountsWithOptionsDirty() {
        int marked = 0;
        for (Account account : accounts.findAll()) {
            LocalDate earliest = null;
            for (Movement movement : movements.findByAccount(account.id())) {
                OptionContract contract = movement.detail().contract();
                if (contract != null && (earliest == null || contract.expiration().isBefore(earliest))) {
                    earliest = contract.expiration();
                }
            }
            if (earliest != null) {
                dirtyMarks.markDirty(account.id(), earliest);
                marked++;
            }
        }
        LOG.info("expiry grace changed: {} accounts with options marked dirty", marked);
    }
}
