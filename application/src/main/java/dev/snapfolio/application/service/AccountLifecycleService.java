package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.AccountLifecycleUseCase;
import dev.snapfolio.application.port.out.AccountDeletion;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.AccountRunLock;
import dev.snapfolio.application.port.out.SettingsRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.ValidationException;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class AccountLifecycleService implements AccountLifecycleUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(AccountLifecycleService.class);

    private final AccountRepository accounts;
    private final AccountDeletion deletion;
    private final SettingsRepository settingsRepository;
    private final ProcessingSettingsProvider settings;
    private final AccountRunLock runLock;
    private final UnitOfWork unitOfWork;

    @Inject
    public AccountLifecycleService(AccountRepository accounts, AccountDeletion deletion,
            SettingsRepository settingsRepository, ProcessingSettingsProvider settings, AccountRunLock runLock,
            UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.deletion = deletion;
        this.settingsRepository = settingsRepository;
        this.settings = settings;
        this.runLock = runLock;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Account rename(RenameAccountCommand command) {
        Account current = ServiceSupport.requireAccount(accounts, command.accountId());
        // validates the new name the way a new account's is validated
        Account renamed = new Account(current.id(), command.newName(), current.broker(), current.currency());
        if (renamed.name().equals(current.name())) {
            return current;
        }
        unitOfWork.inTransaction(() -> {
            accounts.findByName(renamed.name()).ifPresent(other -> {
                throw new ValidationException("name", "'" + renamed.name() + "' is already used by account #" + other.id());
            });
            accounts.rename(renamed.id(), renamed.name());
            return null;
        });
        LOG.info("account {}: renamed from '{}' to '{}'", current.id(), current.name(), renamed.name());
        return renamed;
    }

    @Override
    public DeletedAccount delete(long accountId) {
        Account account = ServiceSupport.requireAccount(accounts, accountId);
        // A run writing snapshots of the account while its rows go would leave rows of a deleted account.
        try (AccountRunLock.Lease lease = runLock.tryAcquire(accountId, settings.lockWait())
                .orElseThrow(() -> new IllegalStateException("account '" + account.name()
                        + "' is being processed by another run; try again when it ends"))) {
            int movements = unitOfWork.inTransaction(() -> {
                int deleted = deletion.deleteWithAllData(accountId);
                settingsRepository.delete(ProcessingSettingsProvider.orphanClosesKey(accountId));
                return deleted;
            });
            LOG.info("account {}: '{}' deleted with {} movements", accountId, account.name(), movements);
            return new DeletedAccount(account, movements);
        }
    }
}
