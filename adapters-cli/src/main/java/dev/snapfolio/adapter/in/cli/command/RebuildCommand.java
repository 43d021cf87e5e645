package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.Column;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.ProgressListener;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase.AccountRange;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase.AccountResult;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase.Job;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase.RangeResult;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rebuild", description = "Recomputes whole accounts in bulk (for the day a calculation rule changes): "
        + "ranges of accounts are read at once, and only rows that differ are written.",
        footer = {"", "Each range of accounts is written in a transaction of its own and recorded as done, so a rebuild "
                + "stopped half-way is simply run again: it resumes after the last range it completed (--restart "
                + "starts over; accounts already rebuilt then write nothing). An account that changes while being "
                + "rebuilt, or that another run holds, is left dirty for refresh and listed as not rebuilt."})
public class RebuildCommand implements Callable<Integer> {
    private final Provider<RebuildAccountsUseCase> rebuild;
    private final Output output;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static class Which {
        @Option(names = "--all", required = true, description = "Every account.")
        boolean all;

        @Option(names = "--accounts", required = true, paramLabel = "FROM..TO",
                description = "The accounts with ids FROM to TO (both included).")
        String accounts;
    }

    @Option(names = "--range-size", paramLabel = "N", description = "Accounts read at once (default ${DEFAULT-VALUE}).")
    int rangeSize = 100;

    @Option(names = "--restart", description = "Start over, even if a rebuild of the same accounts stopped half-way.")
    boolean restart;

    @Inject
    RebuildCommand(Provider<RebuildAccountsUseCase> rebuild, Output output) {
        this.rebuild = rebuild;
        this.output = output;
    }

    @Override
    public Integer call() {
        if (rangeSize < 1 || rangeSize > 100_000) {
            throw new UsageException("--range-size must be between 1 and 100000, got " + rangeSize);
        }
        Optional<AccountRange> within = which.all ? Optional.empty() : Optional.of(parseRange(which.accounts));
        long started = System.nanoTime();
        RebuildAccountsUseCase useCase = rebuild.get();
        Job job = useCase.startOrResume(within, restart);
        if (job.resumed()) {
            output.progress("resuming the rebuild started at " + job.startedAt() + ": accounts up to #"
                    + job.doneThrough().getAsLong() + " were rebuilt (--restart starts over)");
        }
        List<AccountRange> ranges = useCase.ranges(rangeSize, job);
        ProgressListener progress = System.console() != null
                ? (phase, done, total) -> output.progress(phase + " (" + done + "/" + total + ")")
                : ProgressListener.NONE;
        Tally tally = new Tally();
        progress.progress("rebuilding accounts", 0, ranges.size());
        useCase.rebuild(job, ranges, result -> {
            tally.add(result);
            progress.progress("rebuilt accounts " + result.range() + ": " + result.rowsWritten() + " rows written",
                    tally.ranges, ranges.size());
        });
        useCase.finished(job);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        for (AccountResult failure : tally.failures) {
            output.err().println("error: account #" + failure.accountId() + " not rebuilt: "
                    + failure.failure().orElse(""));
        }
        output.err().flush();
        output.table(new Table(Column.integer("accounts"), Column.integer("rows_written"), Column.integer("failures"),
                Column.integer("statements"), Column.integer("elapsed_ms"))
                .add(tally.accounts, tally.rows, tally.failures.size(), tally.statements, elapsedMs));
        return tally.failures.isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
    }

    /** What the ranges rebuilt so far add up to. */
    private static final class Tally {
        int ranges;
        long accounts;
        long rows;
        long statements;
        final List<AccountResult> failures = new ArrayList<>();

        void add(RangeResult result) {
            ranges++;
            accounts += result.accounts().size();
            rows += result.rowsWritten();
            statements += result.statements();
            result.accounts().stream().filter(AccountResult::failed).forEach(failures::add);
        }
    }

    static AccountRange parseRange(String text) {
        String[] parts = text.strip().split("\\.\\.", -1);
        if (parts.length != 2) {
            throw new UsageException("--accounts must be FROM..TO (account ids), got '" + text + "'");
        }
        try {
            long from = Long.parseLong(parts[0].strip());
            long to = Long.parseLong(parts[1].strip());
            if (from < 1 || from > to) {
                throw new UsageException("--accounts must be FROM..TO with 1 <= FROM <= TO, got '" + text + "'");
            }
            return new AccountRange(from, to);
        } catch (NumberFormatException e) {
            throw new UsageException("--accounts must be FROM..TO (account ids), got '" + text + "'");
        }
    }
}
