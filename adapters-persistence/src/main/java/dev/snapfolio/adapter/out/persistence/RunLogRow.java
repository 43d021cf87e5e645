package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.in.FallbackReason;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.domain.snapshot.Scenario;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * A row of {@code run_log}. Rows by scenario are one nullable column each (NULL: the run reported
 * no count for it); {@code startedAt} is kept in UTC to the microsecond.
 */
record RunLogRow(long id, long accountId, String runTrigger, String requested, String used, String strategyReason,
        String fallbackReason, LocalDate fromDate, LocalDate toDate, int dates, Integer rowsA, Integer rowsB,
        Integer rowsC, Integer rowsD, Integer rowsE, Integer rowsF, Integer rowsG, Integer rowsH, int movements,
        long loadMs, long calcMs, long persistMs, long totalMs, long queries, String status, String error,
        LocalDateTime startedAt) {

    static RunLogRow from(RunRecord r) {
        Map<Scenario, Integer> rows = r.rowsByScenario();
        return new RunLogRow(r.id(), r.accountId(), r.trigger().name(), r.requested().name(), r.used() == null ? null : r.used().name(),
                r.strategyReason(), r.fallbackReason() == null ? null : r.fallbackReason().name(), r.fromDate(),
                r.toDate(), r.dates(), rows.get(Scenario.A), rows.get(Scenario.B), rows.get(Scenario.C),
                rows.get(Scenario.D), rows.get(Scenario.E), rows.get(Scenario.F), rows.get(Scenario.G),
                rows.get(Scenario.H), r.movements(), r.loadMs(), r.calcMs(), r.persistMs(), r.totalMs(), r.queries(),
                r.status().name(), r.error(),
                LocalDateTime.ofInstant(r.startedAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    }

    RunRecord toDomain() {
        Map<Scenario, Integer> rows = new EnumMap<>(Scenario.class);
        put(rows, Scenario.A, rowsA);
        put(rows, Scenario.B, rowsB);
        put(rows, Scenario.C, rowsC);
        put(rows, Scenario.D, rowsD);
        put(rows, Scenario.E, rowsE);
        put(rows, Scenario.F, rowsF);
        put(rows, Scenario.G, rowsG);
        put(rows, Scenario.H, rowsH);
        return new RunRecord(id, accountId, Trigger.valueOf(runTrigger), Strategy.valueOf(requested),
                used == null ? null : Strategy.valueOf(used), strategyReason, fallbackReason == null ? null : FallbackReason.valueOf(fallbackReason),
                fromDate, toDate, dates, rows, movements, loadMs, calcMs, persistMs, totalMs, queries,
                RunStatus.valueOf(status), error, startedAt.toInstant(ZoneOffset.UTC));
    }

    private static void put(Map<Scenario, Integer> rows, Scenario scenario, Integer count) {
        if (count != null) {
            rows.put(scenario, count);
        }
    }
}
