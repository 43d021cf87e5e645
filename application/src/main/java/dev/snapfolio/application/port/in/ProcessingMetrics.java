package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.FallbackReason;
import dev.snapfolio.application.port.in.Strategy;
import java.util.Map;

/** Derived from the run log (DESIGN §4.3). Times in milliseconds. */
public record ProcessingMetrics(long batchAttempts, long batchSuccesses, Map<FallbackReason, Long> fallbacksByReason,
        long perDateRuns, long failedRuns, long deferredRuns, Map<Strategy, Double> averageMsByStrategy,
        Map<Strategy, Long> p95MsByStrategy) {
    public ProcessingMetrics {
        fallbacksByReason = Map.copyOf(fallbacksByReason);
        averageMsByStrategy = Map.copyOf(averageMsByStrategy);
        p95MsByStrategy = Map.copyOf(p95MsByStrategy);
    }
}
