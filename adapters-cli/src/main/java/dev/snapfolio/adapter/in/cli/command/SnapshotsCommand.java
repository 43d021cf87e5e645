package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.SnapshotTables;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "snapshots", description = "Lists the stored snapshots of an account (per date and currency, or per ticker).")
public class SnapshotsCommand implements Callable<Integer> {
    private final Provider<AccountQueries> accounts;
    private final Provider<SnapshotQueries> snapshots;
    private final Output output;

    @Mixin
    AccountOption account;

    @Mixin
    DateRangeOptions range;

    @Option(names = "--currency", paramLabel = "CUR", description = "Only this currency.")
    Currency currency;

    @Option(names = "--tickers", description = "Per-ticker rows instead of the account's financial rows.")
    boolean tickers;

    @Inject
    SnapshotsCommand(Provider<AccountQueries> accounts, Provider<SnapshotQueries> snapshots, Output output) {
        this.accounts = accounts;
        this.snapshots = snapshots;
        this.output = output;
    }

    @Override
    public Integer call() {
        range.validate();
        Account acc = accounts.get().resolve(account.value());
        snapshots.get().pendingRefreshFrom(acc.id()).ifPresent(from -> output.warning("account '" + acc.name()
                + "' has changes waiting since " + from + ": rows from that date on are stale until "
                + "'snapfolio refresh' runs"));
        if (tickers) {
            List<TickerSnapshot> rows = snapshots.get().tickers(acc.id(), range.from(), range.to(), currency);
            if (rows.isEmpty() && output.forPeople()) {
                output.message("no ticker snapshots");
                return ExitCode.OK;
            }
            output.table(SnapshotTables.tickers(rows));
        } else {
            List<FinancialSnapshot> rows = snapshots.get().financials(acc.id(), range.from(), range.to(), currency);
            if (rows.isEmpty() && output.forPeople()) {
                output.message("no snapshots");
                return ExitCode.OK;
            }
            output.table(SnapshotTables.financials(rows));
        }
        return ExitCode.OK;
    }
}
