package dev.snapfolio.adapter.in.cli.command;

import static dev.snapfolio.adapter.in.cli.format.Column.text;

import dev.snapfolio.adapter.in.cli.format.Column;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.MetricsQuery;
import dev.snapfolio.application.port.in.ProcessingMetrics;
import dev.snapfolio.application.port.in.FallbackReason;
import dev.snapfolio.application.port.in.Strategy;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "metrics", description = "Processing metrics from the run log: batch attempts, successes, fallbacks, times.")
public class MetricsCommand implements Callable<Integer> {
    private final Provider<MetricsQuery> metrics;
    private final Output output;

    @Inject
    MetricsCommand(Provider<MetricsQuery> metrics, Output output) {
        this.metrics = metrics;
        this.output = output;
    }

    @Override
    public Integer call() {
        ProcessingMetrics m = metrics.get().metrics();
        Table table = new Table(text("metric"), Column.quantity("value"));
        table.add("batchAttempts", BigDecimal.valueOf(m.batchAttempts()));
        table.add("batchSuccesses", BigDecimal.valueOf(m.batchSuccesses()));
        for (FallbackReason reason : FallbackReason.values()) {
            table.add("fallbacks." + reason, BigDecimal.valueOf(m.fallbacksByReason().getOrDefault(reason, 0L)));
        }
        table.add("perDateRuns", BigDecimal.valueOf(m.perDateRuns()));
        table.add("failedRuns", BigDecimal.valueOf(m.failedRuns()));
        table.add("deferredRuns", BigDecimal.valueOf(m.deferredRuns()));
        for (Strategy strategy : new Strategy[] {Strategy.PER_DATE, Strategy.BATCH}) {
            Double average = m.averageMsByStrategy().get(strategy);
            table.add("averageMs." + strategy, average == null ? null
                    : BigDecimal.valueOf(average).setScale(2, RoundingMode.HALF_EVEN));
            Long p95 = m.p95MsByStrategy().get(strategy);
            table.add("p95Ms." + strategy, p95 == null ? null : BigDecimal.valueOf(p95));
        }
        output.table(table);
        return ExitCode.OK;
    }
}
