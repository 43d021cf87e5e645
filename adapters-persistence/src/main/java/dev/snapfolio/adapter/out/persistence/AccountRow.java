package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.Interned;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Checks;

/** A row of {@code account}. */
record AccountRow(long id, String name, String broker, String currency) {
    static AccountRow from(Account account) {
        return new AccountRow(account.id(), account.name(), account.broker(), account.currency().code());
    }

    Account toDomain() {
        // stored by an older version that allowed e.g. control characters: still listed, renamed, deleted
        return Checks.restoring(() -> new Account(id, name, broker, Interned.currency(currency)));
    }
}
