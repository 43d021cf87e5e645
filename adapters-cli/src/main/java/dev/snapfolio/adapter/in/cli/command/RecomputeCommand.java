package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.RecomputeUseCase;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.domain.account.Account;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "recompute", description = "Brings an account's snapshots up to date from a date (default: its first movement) to today.")
public class RecomputeCommand implements Callable<Integer> {
    private final Provider<AccountQueries> accounts;
    private final Provider<RecomputeUseCase> recompute;
    private final Output output;

    @Mixin
    AccountOption account;

    @Option(names = "--from", paramLabel = "DATE", description = "First date to recompute (default: the first movement).")
    LocalDate from;

    @Option(names = "--strategy", paramLabel = "STRATEGY",
            description = "PER_DATE, BATCH or AUTO (default: the configured strategy for RECOMPUTE).")
    Strategy strategy;

    @Inject
    RecomputeCommand(Provider<AccountQueries> accounts, Provider<RecomputeUseCase> recompute, Output output) {
        this.accounts = accounts;
        this.recompute = recompute;
        this.output = output;
    }

    @Override
    public Integer call() {
        Account acc = accounts.get().resolve(account.value());
        output.progress("recomputing account '" + acc.name() + "' from " + (from == null ? "its first movement" : from)
                + (strategy == null ? "" : " (" + strategy + ")") + " ...");
        return Outcomes.reportRun(recompute.get().recompute(new RecomputeUseCase.RecomputeCommand(acc.id(), from, strategy)),
                output, "recomputed '" + acc.name() + "'");
    }
}
