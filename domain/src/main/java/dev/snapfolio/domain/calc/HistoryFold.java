package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        return fold(start, from, movements, refs, policy);
    }

    /** {@code from} null: from the first movement's date. */
    private static List<DayResult> fold(AccountState start, LocalDate fromOrNull, List<Movement> movements,
            ReferenceData refs, Policy policy) {
        int count = movements.size();
        Movement[] ordered = new Movement[count];
        LocalDate[] dates = new LocalDate[count];
        sortInApplyOrder(movements, ordered, dates);
        if (fromOrNull == null && count == 0) {
            return List.of();
        }
        LocalDate from = fromOrNull == null ? dates[0] : fromOrNull;
        if (count > 0 && dates[0].isBefore(from)) {
            throw new IllegalArgumentException(ordered[0].describe() + " is before the run's start " + from);
        }
        List<Movement> orderedList = Arrays.asList(ordered);
        if (start.asOf() != null && !from.isAfter(start.asOf())) {
            throw new IllegalArgumentException("the run's start " + from + " must be after the state's date "
                    + start.asOf());
        }
        List<DayResult> results = new ArrayList<>();
        CalculationRun run = CALCULATOR.startRun(refs, policy);
        AccountState state = start;
        LocalDate cursor = from.minusDays(1);
        int next = 0;
        while (true) {
            LocalDate movementDate = next < count ? dates[next] : null;
            // Only an event before the next movement date matters (null: none, or none before it).
            LocalDate eventDate = SnapshotCalendar.nextEventDate(state, cursor, movementDate, refs, policy);
            LocalDate day;
            if (movementDate == null) {
                if (eventDate == null) {
                    break;
                }
                day = eventDate;
            } else {
                day = eventDate != null && eventDate.isBefore(movementDate) ? eventDate : movementDate;
            }
            int end = next;
            while (end < count && dates[end].equals(day)) {
                end++;
            }
            DayResult result = run.applyInOrder(state, day, orderedList.subList(next, end));
            results.add(result);
            state = result.state();
            cursor = day;
            next = end;
        }
        return results;
    }

    /**
     * Fills {@code ordered} with the movements in apply order (business date, timestamp, id) and
     * {@code dates} with their business dates. Input already in order (as loaded) costs one pass.
     */
    private static void sortInApplyOrder(List<Movement> movements, Movement[] ordered, LocalDate[] dates) {
        int count = movements.size();
        boolean sorted = true;
        for (int i = 0; i < count; i++) {
            Movement m = movements.get(i);
            ordered[i] = m;
            dates[i] = m.businessDate();
            if (sorted && i > 0 && compare(dates[i - 1], ordered[i - 1], dates[i], m) > 0) {
                sorted = false;
            }
        }
        if (sorted) {
            return;
        }
        Integer[] index = new Integer[count];
        for (int i = 0; i < count; i++) {
            index[i] = i;
        }
        Movement[] source = ordered.clone();
        LocalDate[] sourceDates = dates.clone();
        Arrays.sort(index, (a, b) -> compare(sourceDates[a], source[a], sourceDates[b], source[b]));
        for (int i = 0; i < count; i++) {
            ordered[i] = source[index[i]];
            dates[i] = sourceDates[index[i]];
        }
    }

    private static int compare(LocalDate dateA, Movement a, LocalDate dateB, Movement b) {
        int c = dateA.compareTo(dateB);
        if (c != 0) {
            return c;
        }
        c = a.timestamp().compareTo(b.timestamp());
        return c != 0 ? c : Long.compare(a.id(), b.id());
    }

    /** The whole history of an account from its first movement. */
    public static List<DayResult> full(long accountId, List<Movement> movements, ReferenceData refs, Policy policy) {
        return fold(AccountState.empty(accountId), null, movements, refs, policy);
    }
}
