package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.domain.snapshot.Scenario;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one processor run over [from, to] (DESIGN §4.2): success, rows by scenario, dates
 * visited, movements applied, timings in milliseconds, database statements sent (all, and those
 * that loaded: at most 6 for a batch whatever the range), and errors. When
 * {@code nextMovementAfterToKnown}, {@code nextMovementAfterTo} is the account's first movement
 * date after {@code to} as the run read it from storage (the coordinator needs it to keep a
 * movement dated tomorrow dirty). When {@code nextSplitAfterToKnown}, {@code nextSplitAfterTo} is a
 * date on or before the first split after {@code to} of a ticker the account names, or empty when
 * there is none (a split becomes due on its date: the coordinator keeps the account dirty from it).
 * {@code finalState} is the account's state at {@code to} when the run walked to it (null otherwise):
 * the coordinator records the account's next contract expiry from it.
 */
public record ProcessingResult(Strategy strategy, boolean success, LocalDate from, LocalDate to, RowCounts rows,
        int datesProcessed, int movementsProcessed, long loadMs, long calcMs, long persistMs, long totalMs,
        long queries, long loadQueries, List<String> errors, boolean nextMovementAfterToKnown,
        Optional<LocalDate> nextMovementAfterTo, boolean nextSplitAfterToKnown, Optional<LocalDate> nextSplitAfterTo,
        AccountState finalState) {

    public ProcessingResult {
        errors = List.copyOf(errors);
        Objects.requireNonNull(nextMovementAfterTo, "nextMovementAfterTo");
        Objects.requireNonNull(nextSplitAfterTo, "nextSplitAfterTo");
    }

    /** A result without the final state. */
    public ProcessingResult(Strategy strategy, boolean success, LocalDate from, LocalDate to, RowCounts rows,
            int datesProcessed, int movementsProcessed, long loadMs, long calcMs, long persistMs, long totalMs,
            long queries, long loadQueries, List<String> errors, boolean nextMovementAfterToKnown,
            Optional<LocalDate> nextMovementAfterTo, boolean nextSplitAfterToKnown, Optional<LocalDate> nextSplitAfterTo) {
        this(strategy, success, from, to, rows, datesProcessed, movementsProcessed, loadMs, calcMs, persistMs,
                totalMs, queries, loadQueries, errors, nextMovementAfterToKnown, nextMovementAfterTo,
                nextSplitAfterToKnown, nextSplitAfterTo, null);
    }

    /** A result that does not know the next split after {@code to} (the coordinator asks storage then). */
    public ProcessingResult(Strategy strategy, boolean success, LocalDate from, LocalDate to, RowCounts rows,
            int datesProcessed, int movementsProcessed, long loadMs, long calcMs, long persistMs, long totalMs,
            long queries, long loadQueries, List<String> errors, boolean nextMovementAfterToKnown,
            Optional<LocalDate> nextMovementAfterTo) {
        this(strategy, success, from, to, rows, datesProcessed, movementsProcessed, loadMs, calcMs, persistMs,
                totalMs, queries, loadQueries, errors, nextMovementAfterToKnown, nextMovementAfterTo, false,
                Optional.empty());
    }

    /** A result that does not know the account's first movement date after {@code to}. */
    public ProcessingResult(Strategy strategy, boolean success, LocalDate from, LocalDate to, RowCounts rows,
            int datesProcessed, int movementsProcessed, long loadMs, long calcMs, long persistMs, long totalMs,
            long queries, long loadQueries, List<String> errors) {
        this(strategy, success, from, to, rows, datesProcessed, movementsProcessed, loadMs, calcMs, persistMs,
                totalMs, queries, loadQueries, errors, false, Optional.empty());
    }

    /** The earliest expiration of a contract open in {@link #finalState}; null when the final state is not known. */
    public Optional<LocalDate> nextExpiry() {
        return finalState == null ? null : nextExpiry(finalState);
    }

    /** The earliest expiration of a contract open in {@code state} (empty: none open). */
    public static Optional<LocalDate> nextExpiry(AccountState state) {
        return state.contracts().keySet().stream().map(key -> key.contract().expiration()).min(LocalDate::compareTo);
    }

    /** Financial and ticker rows written, by scenario. */
    public Map<Scenario, Integer> rowsByScenario() {
        return rows.written();
    }
}
