package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Folds a history in memory over the snapshot dates: the reference computation both strategies
 * must equal, and the batch processor's compute step.
 */
public final class HistoryFold {
    private static final DailyCalculator CALCULATOR = new DailyCalculator();

    private HistoryFold() {
    }

    /**
     * Applies every snapshot date in [from, today] starting from {@code start} (the state before
     * {@code from}); {@code movements} are the account's movements with business date ≥ from, in
     * any order. Returns one {@link DayResult} per snapshot date, in date order. Throws
     * {@link DomainException} on the first movement that cannot be applied.
     *
     * <p>Splits and auto-expiries are visited up to today. A movement is never left out: one dated
     * tomorrow (accepted, DESIGN §3.1) is visited on its date too.
     */
    public static List<DayResult> run(AccountState start, LocalDate from, List<Movement> movements, ReferenceData refs,
            Policy policy) {
        List<Movement> ordered = new ArrayList<>(movements);
        ordered.sort(Movement.APPLY_ORDER);
        if (!ordered.isEmpty() && ordered.get(0).businessDate().isBefore(from)) {
            throw new IllegalArgumentException(ordered.get(0).describe() + " is before the run's start " + from);
        }
        if (start.asOf() != null && !from.isAfter(start.asOf())) {
            throw new IllegalArgumentException("the run's start " + from + " must be after the state's date "
                    + start.asOf());
        }
        List<DayResult> results = new ArrayList<>();
        AccountState state = start;
        LocalDate cursor = from.minusDays(1);
        int next = 0;
        int count = ordered.size();
        while (true) {
            LocalDate movementDate = next < count ? ordered.get(next).businessDate() : null;
            Optional<LocalDate> eventDate = SnapshotCalendar.nextEventDate(state, cursor, refs, policy);
            LocalDate day;
            if (movementDate == null) {
                if (eventDate.isEmpty()) {
                    break;
                }
                day = eventDate.get();
            } else {
                day = eventDate.isPresent() && eventDate.get().isBefore(movementDate) ? eventDate.get() : movementDate;
            }
            int end = next;
            while (end < count && ordered.get(end).businessDate().equals(day)) {
                end++;
            }
            DayResult result = CALCULATOR.apply(state, day, ordered.subList(next, end), refs, policy);
            results.add(result);
            state = result.state();
            cursor = day;
            next = end;
        }
        return results;
    }

    /** The whole history of an account from its first movement. */
    public static List<DayResult> full(long accountId, List<Movement> movements, ReferenceData refs, Policy policy) {
        if (movements.isEmpty()) {
            return List.of();
        }
        LocalDate first = movements.get(0).businessDate();
        for (Movement m : movements) {
            if (m.businessDate().isBefore(first)) {
                first = m.businessDate();
            }
        }
        return run(AccountState.empty(accountId), first, movements, refs, policy);
    }
}
