package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * {@link DailyCalculator#apply} over a walk of days with one reference data and policy, carrying
 * the calculator's memo from one day to the next ({@link DailyCalculator#startRun}).
 *
 * <p>Why it exists: a fresh {@code apply} re-derives every open position's figures (cost basis,
 * invested, total income, performance, market value) and re-reads its closes each day; a run
 * re-derives them only for the positions whose book or price changed, which is what makes a long
 * history cheap to fold. Every cached entry is a pure function of what it is keyed by, so each
 * {@link #apply} returns exactly what {@code DailyCalculator.apply(before, day, movements, refs,
 * policy)} returns (tested on random histories); the pure function stays the definition.
 *
 * <p>Days must ascend (strictly) across calls; {@code before} may be any state before the day —
 * a walk that visits a date which is no longer a snapshot date applies the next day to the same
 * state again. Not thread-safe: one run per walk.
 */
public final class CalculationRun {
    private final ReferenceData refs;
    private final Policy policy;
    private final FoldMemo memo;
    private LocalDate lastDay;

    CalculationRun(ReferenceData refs, Policy policy) {
        this.refs = Objects.requireNonNull(refs, "refs");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.memo = new FoldMemo(refs);
    }

    /** The reference data every day of this run is computed with. */
    public ReferenceData refs() {
        return refs;
    }

    /** As {@link DailyCalculator#apply} with this run's reference data and policy; {@code day} after the last one. */
    public DayResult apply(AccountState before, LocalDate day, List<Movement> dayMovements) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(day, "day");
        if (before.asOf() != null && !day.isAfter(before.asOf())) {
            throw new IllegalArgumentException("day " + day + " must be after the state's date " + before.asOf());
        }
        return applyInOrder(before, day,
                DailyCalculator.inApplyOrder(dayMovements == null ? List.of() : dayMovements, day));
    }

    /** {@link #apply} for movements known to be of the day and in apply order (the fold checks them once). */
    DayResult applyInOrder(AccountState before, LocalDate day, List<Movement> ordered) {
        if (lastDay != null && !day.isAfter(lastDay)) {
            throw new IllegalArgumentException("a run's days ascend: " + day + " comes after " + lastDay);
        }
        lastDay = day;
        DayApplication work = new DayApplication(before, day, refs, policy, memo);
        work.applySplits();
        for (Movement movement : ordered) {
            work.apply(movement);
        }
        work.applyAutoExpiry();
        return work.finish();
    }
}
