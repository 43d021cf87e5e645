package dev.snapfolio.adapter.in.cli.command;

import static dev.snapfolio.adapter.in.cli.format.Column.integer;

import dev.snapfolio.adapter.in.cli.format.Printable;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RefreshRequest;
import dev.snapfolio.application.port.in.RefreshUseCase;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.domain.account.Account;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "refresh", description = "Processes every account marked dirty (by edits, prices, splits) or with an"
        + " expiry due. Any number of refresh processes may share one database; no account is processed twice.")
public class RefreshCommand implements Callable<Integer> {
    /** Each worker holds up to two of the process's 8 database connections (its run lock's and its work's). */
    static final int MAX_WORKERS = 4;
    private static final long FIRST_POLL_MS = 500;
    private static final long LAST_POLL_MS = 30_000;

    private final Provider<RefreshUseCase> refresh;
    private final Provider<AccountQueries> accounts;
    private final Output output;
    private final GlobalOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "Accounts processed side by side in this process (1 to " + MAX_WORKERS
                    + "; start more processes for more). Default: ${DEFAULT-VALUE}.")
    int workers;

    @Option(names = "--watch", description = "Keep running: process what becomes dirty, polling with back-off"
            + " (0.5 s to 30 s) while nothing is; SIGTERM or Ctrl-C stops after the current account.")
    boolean watch;

    @Option(names = "--lease-seconds", paramLabel = "S", defaultValue = "300",
            description = "How long a claim on an account holds without renewal: a worker that dies leaves its"
                    + " accounts to another worker after this. Default: ${DEFAULT-VALUE}.")
    long leaseSeconds;

    @Inject
    RefreshCommand(Provider<RefreshUseCase> refresh, Provider<AccountQueries> accounts, Output output,
            GlobalOptions options) {
        this.refresh = refresh;
        this.accounts = accounts;
        this.output = output;
        this.options = options;
    }

    @Override
    public Integer call() {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new ParameterException(spec.commandLine(), "--workers must be between 1 and " + MAX_WORKERS
                    + ", got " + workers + " (start more refresh processes for more workers)");
        }
        if (leaseSeconds < 1 || leaseSeconds > 86_400) {
            throw new ParameterException(spec.commandLine(), "--lease-seconds must be between 1 and 86400, got "
                    + leaseSeconds);
        }
        Totals totals = new Totals();
        long started = System.nanoTime();
        try (StopSignal stop = new StopSignal()) {
            RefreshRequest request = new RefreshRequest(workers, Duration.ofSeconds(leaseSeconds), stop,
                    reporter(totals));
            output.progress(watch ? "refreshing dirty accounts as they come (" + workers
                    + (workers == 1 ? " worker" : " workers") + "; stop with SIGTERM or Ctrl-C) ..."
                    : "refreshing dirty accounts ...");
            long poll = FIRST_POLL_MS;
            do {
                List<ProcessingOutcome> outcomes = refresh.get().refresh(request);
                if (!watch) {
                    break;
                }
                if (outcomes.isEmpty()) {
                    stop.sleep(poll);
                    poll = Math.min(LAST_POLL_MS, poll * 2);
                } else {
                    poll = FIRST_POLL_MS;
                }
            } while (!stop.getAsBoolean());
            if (watch) {
                output.progress("stopped" + (stop.getAsBoolean() ? " on request" : ""));
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        summary(totals, millis);
        if (totals.failed > 0) {
            output.err().println("error: " + totals.failed + " of " + totals.accounts + " accounts failed; the others"
                    + " were processed");
            output.err().flush();
            return watch ? ExitCode.OK : ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }

    /** Per account: with --verbose its run's line; a failed account's error line always. */
    private Consumer<ProcessingOutcome> reporter(Totals totals) {
        return outcome -> {
            synchronized (totals) {
                totals.add(outcome);
                if (outcome.failed()) {
                    // One line per failed account: its name, what failed (movement and date); the others go on.
                    RunRecord run = outcome.run();
                    output.err().println(Printable.of("error: account " + accountName(run.accountId())
                            + (run.fromDate() != null ? " from " + run.fromDate() : "") + ": "
                            + (run.error() == null ? "unknown error" : ErrorReporter.firstLine(run.error()))
                            + " (its snapshots are left as they were; it stays marked for 'snapfolio refresh')"));
                    output.err().flush();
                } else if (options.verbose()) {
                    output.message("account #" + outcome.run().accountId() + ":");
                    Outcomes.report(outcome, output);
                }
            }
        };
    }

    /** "'name' (#id)", or "#id" when the name cannot be read. */
    private String accountName(long accountId) {
        try {
            return accounts.get().list().stream().filter(a -> a.id() == accountId).map(Account::name).findFirst()
                    .map(name -> "'" + name + "' (#" + accountId + ")").orElse("#" + accountId);
        } catch (RuntimeException e) {
            return "#" + accountId;
        }
    }

    private void summary(Totals totals, long millis) {
        if (!output.forPeople()) {
            output.table(new Table(integer("accounts"), integer("processed"), integer("failed"), integer("deferred"),
                    integer("workers"), integer("ms"))
                    .add(totals.accounts, totals.processed(), totals.failed, totals.deferred, workers, millis));
        }
        if (totals.accounts == 0) {
            output.message("nothing to refresh: every account is up to date");
            return;
        }
        output.message("refreshed " + totals.accounts + (totals.accounts == 1 ? " account" : " accounts") + " in "
                + String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0) + " s with " + workers
                + (workers == 1 ? " worker" : " workers") + ": " + totals.processed() + " processed, "
                + totals.failed + " failed, " + totals.deferred + " deferred");
    }

    private static final class Totals {
        int accounts;
        int failed;
        int deferred;

        void add(ProcessingOutcome outcome) {
            accounts++;
            failed += outcome.failed() ? 1 : 0;
            deferred += outcome.deferred() ? 1 : 0;
        }

        int processed() {
            return accounts - failed - deferred;
        }
    }
}
