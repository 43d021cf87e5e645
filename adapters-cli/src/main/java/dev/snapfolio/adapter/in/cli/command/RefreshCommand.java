package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.RefreshUseCase;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "refresh", description = "Processes every account marked dirty (by edits, prices, splits) or with an expiry due.")
public class RefreshCommand implements Callable<Integer> {
    private final Provider<RefreshUseCase> refresh;
    private final Output output;

    @Inject
    RefreshCommand(Provider<RefreshUseCase> refresh, Output output) {
        this.refresh = refresh;
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
        for (ProcessingOutcome outcome : outcomes) {
            // A failed account is named with the date its run started from; the others go on regardless.
            String subject = "account #" + outcome.run().accountId()
                    + (outcome.failed() && outcome.run().fromDate() != null ? " from " + outcome.run().fromDate() : "");
            if (outcome.failed() || output.verbose()) {
                output.message(subject + ":");
            }
            exit = Math.max(exit, Outcomes.reportRun(outcome, output, subject));
            failed += outcome.failed() ? 1 : 0;
        }
        if (failed > 0) {
            output.err().println("error: " + failed + " of " + outcomes.size() + " accounts failed; the others were"
                    + " processed");
            output.err().flush();
        }
        return exit;
    }
}
