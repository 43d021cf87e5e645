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
 *
 * <p>Built by named steps, from {@link #started} to {@link Builder#ended}; a step not taken leaves
 * its fields empty (null, zero, no rows). The canonical constructor is for the builder and the
 * run log's row mapping only.
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

    /** A run of {@code accountId} for {@code trigger}, asking for {@code requested}, started at {@code startedAt}. */
    public static Builder started(long accountId, Trigger trigger, Strategy requested, Instant startedAt) {
        return new Builder(accountId, trigger, requested, startedAt);
    }

    public RunRecord withId(long newId) {
        return new RunRecord(newId, accountId, trigger, requested, used, strategyReason, fallbackReason, fromDate, toDate,
                dates, rowsByScenario, movements, loadMs, calcMs, persistMs, totalMs, queries, status, error, startedAt);
    }

    public int rows(Scenario scenario) {
        return rowsByScenario.getOrDefault(scenario, 0);
    }

    /** The steps of a run record; {@link #ended} gives the record. */
    public static final class Builder {
        private final long accountId;
        private final Trigger trigger;
        private final Strategy requested;
        private final Instant startedAt;
        private long id;
        private Strategy used;
        private String strategyReason;
        private FallbackReason fallbackReason;
        private LocalDate fromDate;
        private LocalDate toDate;
        private int dates;
        private Map<Scenario, Integer> rowsByScenario = Map.of();
        private int movements;
        private long loadMs;
        private long calcMs;
        private long persistMs;
        private long totalMs;
        private long queries;

        private Builder(long accountId, Trigger trigger, Strategy requested, Instant startedAt) {
            this.accountId = accountId;
            this.trigger = trigger;
            this.requested = requested;
            this.startedAt = startedAt;
        }

        /** The run log's id, for a record already stored. */
        public Builder id(long storedId) {
            this.id = storedId;
            return this;
        }

        /** The strategy the run used, and why; the reason alone when no strategy ran. */
        public Builder used(Strategy strategy, String reason) {
            this.used = strategy;
            this.strategyReason = reason;
            return this;
        }

        /** Why a batch fell back to per-date. */
        public Builder fellBack(FallbackReason reason) {
            this.fallbackReason = reason;
            return this;
        }

        /** The dates the run covered. */
        public Builder range(LocalDate from, LocalDate to) {
            this.fromDate = from;
            this.toDate = to;
            return this;
        }

        /** How much the run processed: dates, movements and the rows it wrote by scenario. */
        public Builder processed(int dateCount, int movementCount, Map<Scenario, Integer> rows) {
            this.dates = dateCount;
            this.movements = movementCount;
            this.rowsByScenario = rows;
            return this;
        }

        /** Milliseconds spent loading, calculating, persisting, and in all. */
        public Builder timings(long load, long calc, long persist, long total) {
            this.loadMs = load;
            this.calcMs = calc;
            this.persistMs = persist;
            this.totalMs = total;
            return this;
        }

        /** Statements the run sent. */
        public Builder queries(long count) {
            this.queries = count;
            return this;
        }

        /** The record of the run, ended with {@code status} and its error (null when none). */
        public RunRecord ended(RunStatus status, String error) {
            return new RunRecord(id, accountId, trigger, requested, used, strategyReason, fallbackReason, fromDate,
                    toDate, dates, rowsByScenario, movements, loadMs, calcMs, persistMs, totalMs, queries, status, error,
                    startedAt);
        }
    }
}
