package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.MetricsQuery;
import dev.snapfolio.application.port.in.ProcessingMetrics;
import dev.snapfolio.application.port.out.RunLogRepository;
import dev.snapfolio.application.port.in.FallbackReason;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Metrics derived from the run log (DESIGN §4.3): a batch attempt is a run that used batch or fell
 * back from it; per-date runs include fallbacks; times are of completed runs by the strategy used.
 * A run INTERRUPTED (its process ended before it finished) counts as failed; one still RUNNING is
 * not counted yet.
 */
public class MetricsService implements MetricsQuery {
    private final RunLogRepository runLog;

    @Inject
    public MetricsService(RunLogRepository runLog) {
        this.runLog = runLog;
    }

    @Override
    public ProcessingMetrics metrics() {
        long batchAttempts = 0;
        long batchSuccesses = 0;
        long perDateRuns = 0;
        long failed = 0;
        long deferred = 0;
        Map<FallbackReason, Long> fallbacks = new EnumMap<>(FallbackReason.class);
        Map<Strategy, List<Long>> times = new EnumMap<>(Strategy.class);
        for (RunRecord run : runLog.findAll()) {
            if (run.status() == RunStatus.DEFERRED) {
                deferred++;
                continue;
            }
            if (run.status() == RunStatus.RUNNING) {
                // In progress, or its process ended and no run of the account came since: not known yet.
                continue;
            }
            if (run.status() == RunStatus.FAILED || run.status() == RunStatus.INTERRUPTED) {
                failed++;
            }
            if (run.fallbackReason() != null) {
                fallbacks.merge(run.fallbackReason(), 1L, Long::sum);
            }
            if (run.used() == Strategy.BATCH || run.fallbackReason() != null) {
                batchAttempts++;
            }
            if (run.used() == Strategy.BATCH && run.status() == RunStatus.SUCCEEDED) {
                batchSuccesses++;
            }
            if (run.used() == Strategy.PER_DATE) {
                perDateRuns++;
            }
            if (run.used() != null && (run.status() == RunStatus.SUCCEEDED || run.status() == RunStatus.FELL_BACK)) {
                times.computeIfAbsent(run.used(), s -> new ArrayList<>()).add(run.totalMs());
            }
        }
        Map<Strategy, Double> averages = new EnumMap<>(Strategy.class);
        Map<Strategy, Long> p95 = new EnumMap<>(Strategy.class);
        times.forEach((strategy, list) -> {
            averages.put(strategy, list.stream().mapToLong(Long::longValue).average().orElse(0));
            p95.put(strategy, percentile(list, 95));
        });
        return new ProcessingMetrics(batchAttempts, batchSuccesses, fallbacks, perDateRuns, failed, deferred, averages,
                p95);
    }

    @Override
    public List<RunRecord> runs(int limit, OptionalLong accountId) {
        return runLog.findRecent(limit, accountId);
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
