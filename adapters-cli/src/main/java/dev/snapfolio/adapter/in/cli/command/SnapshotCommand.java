package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.SnapshotTables;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.application.port.in.SnapshotQueries.AsOfSnapshot;
import dev.snapfolio.domain.account.Account;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "snapshot", description = "Shows an account as of any date (from the latest stored state, re-priced at that date; nothing is written).")
public class SnapshotCommand implements Callable<Integer> {
    private final Provider<AccountQueries> accounts;
    private final Provider<SnapshotQueries> snapshots;
    private final Output output;

    @Mixin
    AccountOption account;

    @Option(names = "--at", required = true, paramLabel = "DATE", description = "The date.")
    LocalDate at;

    @Option(names = "--tickers", description = "Per-ticker rows instead of the account's financial rows.")
    boolean tickers;

    @Option(names = "--wide", description = "Every column in the table (the default shows the main ones, in 120 characters).")
    boolean wide;

    @Inject
    SnapshotCommand(Provider<AccountQueries> accounts, Provider<SnapshotQueries> snapshots, Output output) {
        this.accounts = accounts;
        this.snapshots = snapshots;
        this.output = output;
    }

    @Override
    public Integer call() {
        Account acc = accounts.get().resolve(account.value());
        AsOfSnapshot snapshot = snapshots.get().asOf(acc.id(), at);
        boolean narrow = output.forPeople() && !wide;
        if (tickers) {
            Table table = SnapshotTables.tickers(snapshot.tickers());
            output.table(narrow ? table.select(SnapshotTables.TICKER_NARROW) : table);
        } else if (snapshot.financials().isEmpty() && output.forPeople()) {
            output.message("no movements on or before " + at);
        } else {
            Table table = SnapshotTables.financials(snapshot.financials());
            output.table(narrow ? table.select(SnapshotTables.FINANCIAL_NARROW) : table);
        }
        return ExitCode.OK;
    }
}
