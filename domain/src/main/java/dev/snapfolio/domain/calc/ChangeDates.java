package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.state.AccountState;
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
        throw new UnsupportedOperationException("not implemented yet");
    }

    /**
     * Where a run from {@code changeDate} really starts: no later than the earliest expiration of a
     * contract still open in {@code startState} whose auto-expiry is due.
     */
    public static LocalDate runStart(LocalDate changeDate, AccountState startState, Policy policy) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
