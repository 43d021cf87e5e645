package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractKey;
import java.time.LocalDate;

/** The change-date rules of DESIGN §3.5. */
public final class ChangeDates {
    private ChangeDates() {
    }

    /**
     * The earliest of the business dates of the old and new versions of a movement and, for option
     * movements, their contracts' expirations. Either may be null (insert / delete), not both.
     */
    public static LocalDate of(Movement before, Movement after) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs an old or a new movement");
        }
        return earliest(earliestOf(before), earliestOf(after));
    }

    private static LocalDate earliestOf(Movement movement) {
        if (movement == null) {
            return null;
        }
        LocalDate date = movement.businessDate();
        OptionContract contract = movement.detail().contract();
        return contract == null ? date : earliest(date, contract.expiration());
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    /**
     * Where a run from {@code changeDate} really starts: no later than the earliest expiration of a
     * contract still open in {@code startState} whose auto-expiry is due.
     */
    public static LocalDate runStart(LocalDate changeDate, AccountState startState, Policy policy) {
        LocalDate start = changeDate;
        for (ContractKey key : startState.contracts().keySet()) {
            LocalDate expiration = key.contract().expiration();
            if (policy.autoExpiryDue(expiration) && expiration.isBefore(start)) {
                start = expiration;
            }
        }
        return start;
    }
}
