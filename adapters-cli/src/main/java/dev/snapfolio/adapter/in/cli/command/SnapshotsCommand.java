package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.SnapshotTables;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "snapshots", description = "Lists the stored snapshots of an account (per date and currency, or per ticker).",
        footer = {"", "A table shows the main columns (it fits 120 characters); --wide shows them all, --columns picks",
                "them. --format csv|json prints every column unless --columns says otherwise.",
                "", "Example:", "  snapfolio snapshots -a main --ticker AAPL --last 5"})
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

    @Option(names = "--ticker", paramLabel = "SYMBOL", description = "The per-ticker rows of this ticker only.")
    Ticker ticker;

    @Option(names = "--last", paramLabel = "N", description = "Only the last N snapshot dates.")
    Integer last;

    @Option(names = "--columns", paramLabel = "a,b,c", split = ",", description = "These columns, in this order.")
    List<String> columns;

    @Option(names = "--wide", description = "Every column in the table (the default shows the main ones).")
    boolean wide;

    @Inject
    SnapshotsCommand(Provider<AccountQueries> accounts, Provider<SnapshotQueries> snapshots, Output output) {
        this.accounts = accounts;
        this.snapshots = snapshots;
        this.output = output;
    }

    @Override
    public Integer call() {
        range.validate();
        if (last != null && last < 1) {
            throw new UsageException("--last must be at least 1, got " + last);
        }
        if (columns != null && wide) {
            throw new UsageException("give either --columns or --wide, not both");
        }
        Account acc = accounts.get().resolve(account.value());
        snapshots.get().pendingRefreshFrom(acc.id()).ifPresent(from -> output.warning("account '" + acc.name()
                + "' has changes waiting since " + from + ": rows from that date on are stale until "
                + "'snapfolio refresh' runs"));
        Table table;
        boolean empty;
        if (tickers || ticker != null) {
            List<TickerSnapshot> rows = snapshots.get().tickers(acc.id(), range.from(), range.to(), currency);
            if (ticker != null) {
                rows = rows.stream().filter(r -> r.ticker().equals(ticker)).toList();
            }
            rows = lastDates(rows, TickerSnapshot::date);
            empty = rows.isEmpty();
            table = shaped(SnapshotTables.tickers(rows), SnapshotTables.TICKER_NARROW);
        } else {
            List<FinancialSnapshot> rows = snapshots.get().financials(acc.id(), range.from(), range.to(), currency);
            rows = lastDates(rows, FinancialSnapshot::date);
            empty = rows.isEmpty();
            table = shaped(SnapshotTables.financials(rows), SnapshotTables.FINANCIAL_NARROW);
        }
        if (empty && output.forPeople()) {
            output.message(tickers || ticker != null ? "no ticker snapshots" : "no snapshots");
            return ExitCode.OK;
        }
        output.table(table);
        return ExitCode.OK;
    }

    private Table shaped(Table full, List<String> narrow) {
        try {
            if (columns != null) {
                return full.select(columns);
            }
            return output.forPeople() && !wide ? full.select(narrow) : full;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--columns: " + e.getMessage());
        }
    }

    /** The rows of the last {@code --last} dates (rows are by date). */
    private <T> List<T> lastDates(List<T> rows, Function<T, LocalDate> date) {
        if (last == null) {
            return rows;
        }
        TreeSet<LocalDate> dates = new TreeSet<>(rows.stream().map(date).toList());
        if (dates.size() <= last) {
            return rows;
        }
        LocalDate first = dates.descendingSet().stream().skip(last - 1L).findFirst().orElseThrow();
        return rows.stream().filter(r -> !date.apply(r).isBefore(first)).toList();
    }
}
