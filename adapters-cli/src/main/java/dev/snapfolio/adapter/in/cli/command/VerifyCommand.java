package dev.snapfolio.adapter.in.cli.command;

import static dev.snapfolio.adapter.in.cli.format.Column.date;
import static dev.snapfolio.adapter.in.cli.format.Column.integer;
import static dev.snapfolio.adapter.in.cli.format.Column.text;

import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.ProgressListener;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.Difference;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyReport;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "verify", description = "Compares stored snapshots with a fresh computation. Exit code 3 when they differ (and were not repaired).")
public class VerifyCommand implements Callable<Integer> {
    private final Provider<AccountQueries> accounts;
    private final Provider<VerifySnapshotsUseCase> verify;
    private final Output output;

    @Mixin
    OptionalAccountOption account;

    @Option(names = "--repair", description = "Rewrite the rows that differ.")
    boolean repair;

    @Inject
    VerifyCommand(Provider<AccountQueries> accounts, Provider<VerifySnapshotsUseCase> verify, Output output) {
        this.accounts = accounts;
        this.verify = verify;
        this.output = output;
    }

    @Override
    public Integer call() {
        OptionalLong accountId = account.value()
                .map(a -> OptionalLong.of(accounts.get().resolve(a).id()))
                .orElse(OptionalLong.empty());
        output.progress("verifying " + (accountId.isPresent() ? "account '" + account.value().get() + "'" : "every account")
                + " against a fresh computation ...");
        ProgressListener progress = TerminalProgress.forTerminal(output.err());
        VerifyReport report;
        try {
            report = verify.get().verify(new VerifySnapshotsUseCase.VerifyCommand(accountId, repair), progress);
        } finally {
            TerminalProgress.finish(progress);
        }
        String counts = report.accountsChecked() + (report.accountsChecked() == 1 ? " account, " : " accounts, ")
                + report.rowsChecked() + " rows checked";
        Table table = new Table(integer("account"), date("date"), text("kind"), text("key"), text("stored"),
                text("expected"));
        for (Difference d : report.differences()) {
            table.add(d.accountId(), d.date(), d.kind(), d.key(), d.stored(), d.expected());
        }
        if (report.clean()) {
            if (!output.forPeople()) {
                output.table(table); // no differences: [] in JSON, the header alone in CSV
            }
            output.message("verified: " + counts + ", no differences");
            return ExitCode.OK;
        }
        output.table(table);
        if (report.repaired()) {
            output.message("repaired " + report.differences().size() + " differing rows (" + counts + ")");
            return ExitCode.OK;
        }
        output.message(report.differences().size() + " differences (" + counts
                + "); run 'snapfolio verify --repair' to rewrite them");
        return ExitCode.DIFFERENCES;
    }
}
