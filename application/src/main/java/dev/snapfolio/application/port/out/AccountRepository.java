package dev.snapfolio.application.port.out;

import dev.snapfolio.domain.account.Account;
import java.util.List;
import java.util.Optional;

/** Accounts, shaped like a collection. */
public interface AccountRepository {
    /** Stores a new account (its id is 0) and returns it with its id. Names are unique. */
    Account create(Account draft);

    Optional<Account> findById(long id);

    Optional<Account> findByName(String name);

    List<Account> findAll();
}
