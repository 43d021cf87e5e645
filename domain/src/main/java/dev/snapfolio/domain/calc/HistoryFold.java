package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.List;

/**
 * Folds a history in memory over the snapshot dates: the reference computation both strategies
 * must equal, and the batch processor's compute step.
 */
public final class HistoryFold {
    private HistoryFold() {
    }

    /**
     * Applies every snapshot date in [from, today] starting from {@code start} (the state before
     * {@code from}); {@code movements} are the account's movements with business date ≥ from, in
     * any order. Returns one {@link DayResult} per snapshot date, in date order. Throws
     * {@link DomainException} on the first movement that cannot be applied.
     */
    public static List<DayResult> run(AccountState start, LocalDate from, List<Movement> movements, ReferenceData refs,
            Policy policy) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The whole history of an account from its first movement. */
    public static List<DayResult> full(long accountId, List<Movement> movements, ReferenceData refs, Policy policy) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
