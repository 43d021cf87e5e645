package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.RefreshUseCase;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.adapter.in.cli.format.Printable;
import dev.snapfolio.domain.account.Account;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "refresh", description = "Processes every account marked dirty (by edits, prices, splits) or with an expiry due.")
public class RefreshCommand implements Callable<Integer> {
    private final Provider<RefreshUseCase> refresh;
    private final Provider<AccountQueries> accounts;
    private final Output output;

    @Inject
    RefreshCommand(Provider<RefreshUseCase> refresh, Provider<AccountQueries> accounts, Output output) {
        this.refresh = refresh;
        this.accounts = accounts;
        this.output = output;
    }

    @Override
    public Integer call() {
        output.progress("refreshing dirty accounts ...");
        List<ProcessingOutcome> outcomes = refresh.get().refresh();
        if (outcomes.isEmpty()) {
            output.message("nothing to refresh: every account is up to date");
            return ExitCode.OK;
        }
        int exit = ExitCode.OK;
        int failed = 0;
        Map<Long, String> names = outcomes.stream().anyMatch(ProcessingOutcome::failed) ? names() : Map.of();
        for (ProcessingOutcome outcome : outcomes) {
            RunRecord run = outcome.run();
            if (outcome.failed()) {
                // One line per failed account: its name, what failed (movement and date); the others go on regardless.
                String account = names.containsKey(run.accountId())
                        ? "'" + names.get(run.accountId()) + "' (#" + run.accountId() + ")" : "#" + run.accountId();
                output.err().println(Printable.of("error: account " + account
                        + (run.fromDate() != null ? " from " + run.fromDate() : "") + ": "
                        + (run.error() == null ? "unknown error" : ErrorReporter.firstLine(run.error()))
                        + " (its snapshots are left as they were; it stays marked for 'snapfolio refresh')"));
                output.err().flush();
                exit = Math.max(exit, ExitCode.FAILURE);
                failed++;
                continue;
            }
            String subject = "account #" + run.accountId();
            if (output.verbose()) {
                output.message(subject + ":");
            }
            exit = Math.max(exit, Outcomes.reportRun(outcome, output, subject));
        }
        if (failed > 0) {
            output.err().println("error: " + failed + " of " + outcomes.size() + " accounts failed; the others were"
                    + " processed");
            output.err().flush();
        }
        return exit;
    }

    /** Account names by id, to name a failed account; empty when they cannot be read (the ids still are). */
    private Map<Long, String> names() {
        try {
            return accounts.get().list().stream().collect(Collectors.toMap(Account::id, Account::name, (a, b) -> a));
        } catch (RuntimeException e) {
            return Map.of();
        }
    }
}
