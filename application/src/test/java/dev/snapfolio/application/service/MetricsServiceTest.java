package dev.snapfolio.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeDatabase;
import dev.snapfolio.application.fakes.InMemoryRunLogRepository;
import dev.snapfolio.application.port.in.ProcessingMetrics;
import dev.snapfolio.application.port.in.FallbackReason;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Metrics are derived from the run log: attempts, successes, fallbacks by reason, per-date runs, average and p95 times. */
class MetricsServiceTest {
    private final InMemoryRunLogRepository runLog = new InMemoryRunLogRepository(new FakeDatabase());
    private final MetricsService metrics = new MetricsService(runLog);

    private void run(long account, Strategy used, RunStatus status, FallbackReason reason, long totalMs) {
        runLog.append(RunRecord.started(account, Trigger.EDIT, Strategy.AUTO, Instant.EPOCH)
                .used(used, "why")
                .fellBack(reason)
                .range(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 3, 1))
                .processed(3, 2, Map.of())
                .timings(1, 1, 1, totalMs)
                .queries(9)
                .ended(status, null));
    }

    @Test
    void metricsCountAttemptsSuccessesFallbacksAndTimesPerStrategy() {
        for (long ms = 1; ms <= 20; ms++) {
            run(1, Strategy.BATCH, RunStatus.SUCCEEDED, null, ms * 10);
        }
        run(1, Strategy.PER_DATE, RunStatus.FELL_BACK, FallbackReason.PERSIST_FAILED, 500);
        run(2, Strategy.PER_DATE, RunStatus.FELL_BACK, FallbackReason.LOAD_FAILED, 700);
        run(2, Strategy.PER_DATE, RunStatus.SUCCEEDED, null, 300);
        run(2, Strategy.BATCH, RunStatus.FAILED, null, 5_000);
        run(2, null, RunStatus.DEFERRED, null, 1);

        ProcessingMetrics m = metrics.metrics();

        assertThat(m.batchAttempts()).isEqualTo(23);
        assertThat(m.batchSuccesses()).isEqualTo(20);
        assertThat(m.fallbacksByReason()).isEqualTo(Map.of(FallbackReason.PERSIST_FAILED, 1L,
                FallbackReason.LOAD_FAILED, 1L));
        assertThat(m.perDateRuns()).isEqualTo(3);
        assertThat(m.failedRuns()).isEqualTo(1);
        assertThat(m.deferredRuns()).isEqualTo(1);
        assertThat(m.averageMsByStrategy().get(Strategy.BATCH)).isEqualTo(105.0);
        assertThat(m.p95MsByStrategy().get(Strategy.BATCH)).isEqualTo(190L);
        assertThat(m.averageMsByStrategy().get(Strategy.PER_DATE)).isEqualTo(500.0);
        assertThat(m.p95MsByStrategy().get(Strategy.PER_DATE)).isEqualTo(700L);
    }

    @Test
    void runsComeNewestFirstOptionallyForOneAccount() {
        run(1, Strategy.BATCH, RunStatus.SUCCEEDED, null, 1);
        run(2, Strategy.BATCH, RunStatus.SUCCEEDED, null, 2);
        run(1, Strategy.BATCH, RunStatus.SUCCEEDED, null, 3);

        assertThat(metrics.runs(2, OptionalLong.empty())).extracting(RunRecord::totalMs).containsExactly(3L, 2L);
        assertThat(metrics.runs(10, OptionalLong.of(1))).extracting(RunRecord::totalMs).containsExactly(3L, 1L);
    }

    @Test
    void anEmptyRunLogGivesZeroMetrics() {
        ProcessingMetrics m = metrics.metrics();

        assertThat(m.batchAttempts()).isZero();
        assertThat(m.averageMsByStrategy()).isEmpty();
        assertThat(m.p95MsByStrategy()).isEmpty();
    }
}
