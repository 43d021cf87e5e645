package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.List;

/**
 * The one pure, deterministic function both strategies use (DESIGN §3.3): the state before a day,
 * the day's movements (in apply order), reference data and policy in; the state after, the
 * financial snapshots per currency with state, and the ticker snapshots of the day out.
 * Order inside: (1) splits dated in (asOf, day] for held tickers; (2) the day's movements;
 * (3) auto-expiry of contracts expiring on the day when due.
 */
public final class DailyCalculator {

    public DayResult apply(AccountState before, LocalDate day, List<Movement> dayMovements, ReferenceData refs,
            Policy policy) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
