package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.StateCodec;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;

/** A row of {@code account_state}: the state at the end of {@code stateDate} as compact JSON. */
record StateRow(long accountId, LocalDate stateDate, String body) {
    /** The date a state is stored under: its own. */
    static LocalDate requireDate(AccountState state) {
        if (state.asOf() == null) {
            throw new IllegalArgumentException("a state is stored with its date; this one has none (account #"
                    + state.accountId() + ")");
        }
        return state.asOf();
    }

    AccountState toDomain() {
        return StateCodec.decode(accountId, stateDate, body);
    }
}
