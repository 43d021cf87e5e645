package dev.snapfolio.adapter.in.cli.command;

import static dev.snapfolio.adapter.in.cli.format.Column.date;
import static dev.snapfolio.adapter.in.cli.format.Column.integer;
import static dev.snapfolio.adapter.in.cli.format.Column.text;

import dev.snapfolio.adapter.in.cli.format.Column;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.MetricsQuery;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.domain.snapshot.Scenario;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "runs", description = "The run log, newest first: strategy asked and used, fallbacks, rows by scenario, timings.")
public class RunsCommand implements Callable<Integer> {
    private final Provider<AccountQueries> accounts;
    private final Provider<MetricsQuery> metrics;
    private final Output output;

    @Mixin
    OptionalAccountOption account;

    @Option(names = "--limit", paramLabel = "N", description = "How many runs (default ${DEFAULT-VALUE}).")
    int limit = 20;

    @Inject
    RunsCommand(Provider<AccountQueries> accounts, Provider<MetricsQuery> metrics, Output output) {
        this.accounts = accounts;
        this.metrics = metrics;
        this.output = output;
    }

    @Override
    public Integer call() {
        if (limit <= 0) {
            throw new UsageException("--limit must be > 0, got " + limit);
        }
        OptionalLong accountId = account.value()
                .map(a -> OptionalLong.of(accounts.get().resolve(a).id()))
                .orElse(OptionalLong.empty());
        List<RunRecord> runs = metrics.get().runs(limit, accountId);
        if (runs.isEmpty() && output.forPeople()) {
            output.message("no runs yet");
            return ExitCode.OK;
        }
        output.table(table(runs));
        return ExitCode.OK;
    }

    static Table table(List<RunRecord> runs) {
        List<Column> columns = new ArrayList<>(List.of(integer("id"), text("startedAt"), integer("account"),
                text("trigger"), text("requested"), text("used"), text("reason"), text("status"), text("fallback"),
                date("from"), date("to"), integer("dates"), integer("movements")));
        for (Scenario scenario : Scenario.values()) {
            columns.add(integer(String.valueOf(scenario)));
        }
        columns.addAll(List.of(integer("loadMs"), integer("calcMs"), integer("persistMs"), integer("totalMs"),
                integer("queries"), text("error")));
        Table table = new Table(columns);
        for (RunRecord r : runs) {
            List<Object> row = new ArrayList<>(List.of(r.id(), String.valueOf(r.startedAt()), r.accountId(),
                    String.valueOf(r.trigger()), String.valueOf(r.requested()), String.valueOf(r.used())));
            row.add(r.strategyReason());
            row.add(String.valueOf(r.status()));
            row.add(r.fallbackReason() == null ? null : r.fallbackReason().name());
            row.add(r.fromDate());
            row.add(r.toDate());
            row.add(r.dates());
            row.add(r.movements());
            for (Scenario scenario : Scenario.values()) {
                row.add(r.rows(scenario));
            }
            row.addAll(List.of(r.loadMs(), r.calcMs(), r.persistMs(), r.totalMs(), r.queries()));
            row.add(r.error());
            table.add(row);
        }
        return table;
    }
}
