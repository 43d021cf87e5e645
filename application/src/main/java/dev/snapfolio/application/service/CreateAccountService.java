package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.CreateAccountUseCase;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.ValidationException;
import jakarta.inject.Inject;

public class CreateAccountService implements CreateAccountUseCase {
    private final AccountRepository accounts;
    private final UnitOfWork unitOfWork;

    @Inject
    public CreateAccountService(AccountRepository accounts, UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Account create(CreateAccountCommand command) {
        Account draft = new Account(0, command.name(), command.broker(), command.currency());
        return unitOfWork.inTransaction(() -> {
            accounts.findByName(draft.name()).ifPresent(existing -> {
                throw new ValidationException("name", "'" + draft.name() + "' is already used by account #" + existing.id());
            });
            return accounts.create(draft);
        });
    }
}
