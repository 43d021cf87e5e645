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
 */
public final class DailyCalculator {

    public DayResult apply(AccountState before, LocalDate day, List<Movement> dayMovements, ReferenceData refs,
            Policy policy) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(refs, "refs");
        Objects.requireNonNull(policy, "policy");
        if (before.asOf() != null && !day.isAfter(before.asOf())) {
            throw new IllegalArgumentException("day " + day + " must be after the state's date " + before.asOf());
        }
        return applyInOrder(before, day, inApplyOrder(dayMovements == null ? List.of() : dayMovements, day), refs,
                policy, new FoldMemo(refs));
    }

    /**
     * {@link #apply} for movements known to be of the day and in apply order (the fold checks them
     * once), with the memo the run carries from day to day (days ascending, the same {@code refs}).
     */
    DayResult applyInOrder(AccountState before, LocalDate day, List<Movement> ordered, ReferenceData refs,
            Policy policy, FoldMemo memo) {
        DayApplication work = new DayApplication(before, day, refs, policy, memo);
        work.applySplits();
        for (Movement movement : ordered) {
            work.apply(movement);
        }
        work.applyAutoExpiry();
        return work.finish();
    }

    /** The movements in (timestamp, id) order; a copy is sorted only when the input is not. */
    private static List<Movement> inApplyOrder(List<Movement> movements, LocalDate day) {
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
