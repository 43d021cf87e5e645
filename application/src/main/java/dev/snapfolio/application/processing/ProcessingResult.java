package dev.snapfolio.application.processing;

import dev.snapfolio.domain.snapshot.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The result of one processor run over [from, to] (DESIGN §4.2): success, rows by scenario, dates
 * visited, movements applied, timings in milliseconds, database statements sent (all, and those
 * that loaded: at most 6 for a batch whatever the range), and errors.
 */
public record ProcessingResult(Strategy strategy, boolean success, LocalDate from, LocalDate to, RowCounts rows,
        int datesProcessed, int movementsProcessed, long loadMs, long calcMs, long persistMs, long totalMs,
        long queries, long loadQueries, List<String> errors) {

    public ProcessingResult {
        errors = List.copyOf(errors);
    }

    /** Financial and ticker rows written, by scenario. */
    public Map<Scenario, Integer> rowsByScenario() {
        return rows.written();
    }
}
