package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Checks;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public class AccountQueryService implements AccountQueries {
    private final AccountRepository accounts;

    @Inject
    public AccountQueryService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Account> list() {
        return accounts.findAll().stream().sorted(Comparator.comparingLong(Account::id)).toList();
    }

    @Override
    public Account resolve(String nameOrId) {
        String key = Checks.required("account", nameOrId).trim();
        Optional<Account> found;
        if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
            try {
                found = accounts.findById(Long.parseLong(key));
            } catch (NumberFormatException e) {
                found = Optional.empty();
            }
        } else {
            found = accounts.findByName(key);
        }
        return found.orElseThrow(() -> new NotFoundException("account '" + nameOrId + "' not found"));
    }
}
