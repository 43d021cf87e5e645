package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one pure, deterministic function both strategies use (DESIGN §3.3): the state before a day,
 * the day's movements (in apply order), reference data and policy in; the state after, the
 * financial snapshots per currency with state, and the ticker snapshots of the day out.
 * Order inside: (1) splits dated in (asOf, day] for held tickers; (2) the day's movements;
 * (3) auto-expiry of contracts expiring on the day when due.
 *
 * <p>Any day may be applied, also one that is not a snapshot date (an "as of" query): its rows
 * are the carry-forward re-priced at that day, and {@link DayResult#snapshotDate()} is false.
 * Contracts that expired before the day and whose auto-expiry is due are expired too, so a
 * pending expiry is never lost; in a run over the snapshot dates they expire on their own date.
 *
 * <p>A walk over many days uses {@link #startRun} instead: the same function, with a memo carried
 * from day to day.
 */
public final class DailyCalculator {

    public DayResult apply(AccountState before, LocalDate day, List<Movement> dayMovements, ReferenceData refs,
            Policy policy) {
        Objects.requireNonNull(refs, "refs");
        Objects.requireNonNull(policy, "policy");
        // A run of one day: the memo starts empty, so nothing is carried from any other call.
        return startRun(refs, policy).apply(before, day, dayMovements);
    }

    /**
     * A run that applies days in ascending order with {@code refs} and {@code policy}, carrying the
     * calculator's memo across them: the same results as {@link #apply} day by day, without
     * re-deriving the figures of positions that did not change (see {@link CalculationRun}).
     */
    public CalculationRun startRun(ReferenceData refs, Policy policy) {
        return new CalculationRun(refs, policy);
    }

    /** The movements in (timestamp, id) order; a copy is sorted only when the input is not. */
    static List<Movement> inApplyOrder(List<Movement> movements, LocalDate day) {
        boolean sorted = true;
        Movement previous = null;
        for (Movement m : movements) {
            if (!m.businessDate().equals(day)) {
                throw new IllegalArgumentException(m.describe() + " does not belong to " + day);
            }
            if (previous != null && compare(previous, m) > 0) {
                sorted = false;
            }
            previous = m;
        }
        if (sorted) {
            return movements;
        }
        List<Movement> copy = new ArrayList<>(movements);
        copy.sort(DailyCalculator::compare);
        return copy;
    }

    private static int compare(Movement a, Movement b) {
        int c = a.timestamp().compareTo(b.timestamp());
        return c != 0 ? c : Long.compare(a.id(), b.id());
    }
}
