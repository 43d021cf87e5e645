package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.Printable;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.domain.snapshot.Scenario;
import java.util.Optional;
import java.util.StringJoiner;

/** How a command reports the processing a change caused, and what that means for its exit code. */
final class Outcomes {
    private Outcomes() {
    }

    /**
     * After a change whose confirmation line the caller printed: why the run was deferred or failed
     * (a warning, an error), and the engine's account of it only with --verbose. Returns the exit code.
     */
    static int report(Optional<ProcessingOutcome> outcome, Output output) {
        if (outcome.isEmpty()) {
            output.detail("nothing to process");
            return ExitCode.OK;
        }
        return report(outcome.get(), output);
    }

    static int report(ProcessingOutcome outcome, Output output) {
        return report(outcome, output, null);
    }

    /**
     * For a command whose result is the run itself (recompute, refresh): a plain line, "{@code subject}:
     * snapshots up to date, N dates from D", or with --verbose the engine's account ({@link #summary}).
     */
    static int reportRun(ProcessingOutcome outcome, Output output, String subject) {
        return report(outcome, output, subject);
    }

    private static int report(ProcessingOutcome outcome, Output output, String subject) {
        RunRecord run = outcome.run();
        if (outcome.deferred()) {
            output.warning("the account is being processed by another run; the change is saved and "
                    + "'snapfolio refresh' will bring its snapshots up to date");
            return ExitCode.OK;
        }
        if (outcome.failed()) {
            output.err().println(Printable.of("error: processing failed: "
                    + (run.error() == null ? "unknown error" : ErrorReporter.firstLine(run.error()))
                    + " (the change is saved; the account stays marked for 'snapfolio refresh')"));
            output.err().flush();
            return ExitCode.FAILURE;
        }
        if (outcome.fellBack() && output.verbose()) {
            output.warning("batch processing failed (" + run.fallbackReason()
                    + "); per-date processing completed the run");
        }
        if (output.verbose()) {
            output.detail(summary(run));
        } else if (subject != null) {
            output.message(subject + ": " + plain(run));
        }
        return ExitCode.OK;
    }

    /** "snapshots up to date, 4 dates from 2024-01-01" — what a person needs to know of a run. */
    static String plain(RunRecord run) {
        if (run.dates() == 0) {
            return "snapshots already up to date";
        }
        return "snapshots up to date, " + run.dates() + (run.dates() == 1 ? " date" : " dates")
                + (run.fromDate() == null ? "" : " from " + run.fromDate());
    }

    static String summary(RunRecord run) {
        StringBuilder sb = new StringBuilder("processed ");
        if (run.fromDate() != null) {
            sb.append(run.fromDate()).append("..").append(run.toDate()).append(": ");
        }
        sb.append(run.dates()).append(run.dates() == 1 ? " date, " : " dates, ")
                .append(run.movements()).append(run.movements() == 1 ? " movement" : " movements")
                .append(", rows ").append(rowsByScenario(run))
                .append(" — ").append(run.used());
        if (run.requested() != null && run.requested() != run.used()) {
            sb.append(" (asked ").append(run.requested());
            if (run.strategyReason() != null && !run.strategyReason().isBlank()) {
                sb.append(": ").append(run.strategyReason());
            }
            sb.append(')');
        }
        sb.append(" in ").append(run.totalMs()).append(" ms, ").append(run.queries()).append(" queries");
        return sb.toString();
    }

    /** "A 3, E 10, G 2" — only the scenarios that occurred; "none" when nothing was visited. */
    static String rowsByScenario(RunRecord run) {
        StringJoiner joiner = new StringJoiner(", ");
        for (Scenario scenario : Scenario.values()) {
            int rows = run.rows(scenario);
            if (rows > 0) {
                joiner.add(scenario + " " + rows);
            }
        }
        return joiner.length() == 0 ? "unchanged" : joiner.toString();
    }
}
