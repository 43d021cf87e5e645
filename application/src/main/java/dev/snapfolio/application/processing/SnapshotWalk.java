package dev.snapfolio.application.processing;

import dev.snapfolio.domain.calc.CalculationRun;
import dev.snapfolio.domain.calc.DailyCalculator;
import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.calc.SnapshotCalendar;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one visiting loop both strategies share (DESIGN §3.5): from {@code from} to {@code end} it
 * visits, one date at a time, the earliest of the next movement date, the next split or due
 * expiry given the carried state, and the next stored date. Where the data comes from (queries per
 * date, or maps loaded up front) is the {@link Source}'s business; what happens with each day is
 * the {@link DaySink}'s.
 */
final class SnapshotWalk {

    /** Where a walk reads its inputs. */
    interface Source {
        /** A source over what is already in memory: movements and stored days by date, one reference data. */
        static Source inMemory(java.util.NavigableMap<LocalDate, List<Movement>> movements, ReferenceData refs,
                java.util.NavigableMap<LocalDate, StoredDay> stored) {
            return new Source() {
                @Override
                public Optional<LocalDate> nextMovementDate(LocalDate afterExclusive) {
                    return Optional.ofNullable(movements.higherKey(afterExclusive));
                }

                @Override
                public Optional<LocalDate> nextStoredDate(LocalDate afterExclusive) {
                    return Optional.ofNullable(stored.higherKey(afterExclusive));
                }

                @Override
                public List<Movement> movementsOn(LocalDate day) {
                    return movements.getOrDefault(day, List.of());
                }

                @Override
                public ReferenceData referenceData(LocalDate day, AccountState before, List<Movement> dayMovements) {
                    return refs;
                }

                @Override
                public ReferenceData calendarData() {
                    return refs;
                }

                @Override
                public StoredDay storedOn(LocalDate day) {
                    return stored.getOrDefault(day, StoredDay.EMPTY);
                }
            };
        }

        Optional<LocalDate> nextMovementDate(LocalDate afterExclusive);

        Optional<LocalDate> nextStoredDate(LocalDate afterExclusive);

        /** The day's movements in apply order. */
        List<Movement> movementsOn(LocalDate day);

        /** Prices and splits the day needs, given the state before it and its movements. */
        ReferenceData referenceData(LocalDate day, AccountState before, List<Movement> dayMovements);

        /** Splits of the account's tickers, to find the next split date. */
        ReferenceData calendarData();

        StoredDay storedOn(LocalDate day);
    }

    /** Receives each visited day. */
    interface DaySink {
        void day(AccountState before, DayResult result, List<Movement> dayMovements, StoredDay stored);
    }

    /**
     * What a walk visited, and the state carried after its last snapshot date. {@code lastCursor}
     * is the last date the walk asked the source for the next movement after, and
     * {@code nextMovementAfterCursor} the answer: when the cursor is on or before the end, it is the
     * source's first movement date after the end.
     */
    record Visit(int dates, int movements, AccountState finalState, LocalDate lastCursor,
            Optional<LocalDate> nextMovementAfterCursor) {
    }

    /**
     * How a walk computes each day: a fresh {@link DailyCalculator#apply} per day ({@link #fresh}),
     * or one {@link CalculationRun} carrying its memo over the walk ({@link #run}).
     */
    interface DayCalculation {
        DayResult apply(AccountState before, LocalDate day, List<Movement> dayMovements, ReferenceData refs);
    }

    /** Each day on its own: for a source whose reference data is read per day. */
    static DayCalculation fresh(DailyCalculator calculator, Policy policy) {
        return (before, day, dayMovements, refs) -> calculator.apply(before, day, dayMovements, refs, policy);
    }

    /** Every day in {@code run}: for a source that gives the run's reference data on every day. */
    static DayCalculation run(CalculationRun run) {
        return (before, day, dayMovements, refs) -> {
            if (refs != run.refs()) {
                throw new IllegalStateException("a calculation run computes every day with the references it started with");
            }
            return run.apply(before, day, dayMovements);
        };
    }

    private SnapshotWalk() {
    }

    static Visit walk(AccountState start, LocalDate from, LocalDate end, Policy policy, DailyCalculator calculator,
            Source source, DaySink sink) {
        return walk(start, from, end, policy, fresh(calculator, policy), source, sink);
    }

    static Visit walk(AccountState start, LocalDate from, LocalDate end, Policy policy, DayCalculation calculation,
            Source source, DaySink sink) {
        AccountState state = start;
        LocalDate cursor = from.minusDays(1);
        int dates = 0;
        int movements = 0;
        while (true) {
            Optional<LocalDate> nextMovement = source.nextMovementDate(cursor);
            LocalDate day = earliest(
                    nextMovement,
                    SnapshotCalendar.nextEventDate(state, cursor, source.calendarData(), policy),
                    source.nextStoredDate(cursor));
            if (day == null || day.isAfter(end)) {
                return new Visit(dates, movements, state, cursor, nextMovement);
            }
            List<Movement> dayMovements = source.movementsOn(day);
            ReferenceData refs = source.referenceData(day, state, dayMovements);
            StoredDay stored = source.storedOn(day);
            DayResult result = calculation.apply(state, day, dayMovements, refs);
            sink.day(state, result, dayMovements, stored);
            // A date that left S changes nothing: the next day continues from the last snapshot date's state.
            if (result.snapshotDate()) {
                state = result.state();
            }
            dates++;
            movements += dayMovements.size();
            cursor = day;
        }
    }

    @SafeVarargs
    private static LocalDate earliest(Optional<LocalDate>... candidates) {
        LocalDate best = null;
        for (Optional<LocalDate> candidate : candidates) {
            if (candidate.isPresent() && (best == null || candidate.get().isBefore(best))) {
                best = candidate.get();
            }
        }
        return best;
    }
}
