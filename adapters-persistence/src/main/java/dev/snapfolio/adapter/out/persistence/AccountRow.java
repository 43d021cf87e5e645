package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.Interned;
import dev.snapfolio.domain.account.Account;

/** A row of {@code account}. */
record AccountRow(long id, String name, String broker, String currency) {
    static AccountRow from(Account account) {
        return new AccountRow(account.id(), account.name(), account.broker(), account.currency().code());
    }

    Account toDomain() {
        return new Account(id, name, broker, Interned.currency(currency));
    }
}
