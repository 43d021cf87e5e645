package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.snapshot.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * One processing run as the run log keeps it: which account, why, which strategy was asked and
 * used (and why), the fallback reason, the range, rows by scenario, timings and queries.
 * {@code id} is 0 until stored.
 */
public record RunRecord(long id, long accountId, Trigger trigger, Strategy requested, Strategy used,
        String strategyReason, FallbackReason fallbackReason, LocalDate fromDate, LocalDate toDate, int dates,
        Map<Scenario, Integer> rowsByScenario, int movements, long loadMs, long calcMs, long persistMs, long totalMs,
        long queries, RunStatus status, String error, Instant startedAt) {

    public RunRecord {
        Map<Scenario, Integer> copy = new EnumMap<>(Scenario.class);
        copy.putAll(rowsByScenario);
        rowsByScenario = Map.copyOf(copy);
    }

    public RunRecord withId(long newId) {
        return new RunRecord(newId, accountId, trigger, requested, used, strategyReason, fallbackReason, fromDate, toDate,
                dates, rowsByScenario, movements, loadMs, calcMs, persistMs, totalMs, queries, status, error, startedAt);
    }

    public int rows(Scenario scenario) {
        return rowsByScenario.getOrDefault(scenario, 0);
    }
}
