package dev.snapfolio.application.port.out;

import dev.snapfolio.domain.account.Account;
import java.util.List;
import java.util.Optional;

/** Accounts, shaped like a collection. */
public interface AccountRepository {
    /** Stores a new account (its id is 0) and returns it with its id. Names are unique. */
    Account create(Account draft);

    /** Stores an account with the id it has (restoring a backup into an empty database). */
    Account restore(Account account);

    /** Gives an account a new name; a name in use is rejected with a ValidationException on "name". */
    void rename(long id, String newName);

    Optional<Account> findById(long id);

    Optional<Account> findByName(String name);

    List<Account> findAll();
}
