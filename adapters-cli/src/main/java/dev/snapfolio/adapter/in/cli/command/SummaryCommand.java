package dev.snapfolio.adapter.in.cli.command;

import static dev.snapfolio.adapter.in.cli.format.Column.date;
import static dev.snapfolio.adapter.in.cli.format.Column.integer;
import static dev.snapfolio.adapter.in.cli.format.Column.money;
import static dev.snapfolio.adapter.in.cli.format.Column.price;
import static dev.snapfolio.adapter.in.cli.format.Column.text;

import dev.snapfolio.adapter.in.cli.format.Column;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.PortfolioQueries;
import dev.snapfolio.application.port.in.PortfolioQueries.Line;
import dev.snapfolio.application.port.in.PortfolioQueries.Summary;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.reference.FxRate;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "summary", description = "An account's figures per currency as of a date (the latest snapshot, "
        + "re-priced), with cash and net worth; with --base, their total in one currency at stored FX closes.",
        footer = {"", "cash = netCashFlow − optionsIncome + tradeCosts + realizedGains − openStockCost + openOptionNet",
                "(see 'snapfolio holdings --help'); netWorth = cash + marketValue (options are not valued).",
                "FX closes are stored like prices: ticker EURUSD in currency USD = USD per 1 EUR",
                "(price add --ticker EURUSD --currency USD --date D --close 1.08); the inverse pair (USDEUR in EUR)",
                "is used when that is what exists. The latest close on or before the date is used; a missing",
                "one is an error, never a guess. With --format csv|json and --base, a last row 'TOTAL'.",
                "", "Example:", "  snapfolio summary -a main --base EUR"})
public class SummaryCommand extends PortfolioViewCommand implements Callable<Integer> {
    @Option(names = "--base", paramLabel = "CUR", description = "Also the total in this currency, at stored FX closes.")
    Currency base;

    @Inject
    SummaryCommand(Provider<AccountQueries> accounts, Provider<PortfolioQueries> portfolio, Output output) {
        super(accounts, portfolio, output);
    }

    @Override
    public Integer call() {
        Account acc = account();
        Summary summary = portfolio.get().summary(acc.id(), at, base);
        if (summary.lines().isEmpty() && output.forPeople()) {
            output.message("no movements on or before " + summary.date());
            return ExitCode.OK;
        }
        output.table(table(summary, base));
        return ExitCode.OK;
    }

    static Table table(Summary summary, Currency base) {
        List<Column> columns = new ArrayList<>(List.of(date("date"), text("currency"), integer("movements"),
                money("deposited"), money("withdrawn"), money("income"), money("costs"), money("realized"),
                money("unrealized"), money("invested"), money("marketValue"), money("cash"), money("netWorth")));
        if (base != null) {
            columns.addAll(List.of(price("fxRate"), date("fxDate"), money("netWorth" + base.code())));
        }
        Table table = new Table(columns);
        for (Line line : summary.lines()) {
            FinancialSnapshot s = line.snapshot();
            List<Object> row = new ArrayList<>(List.of(summary.date(), s.currency().code(), s.movementCount(),
                    s.deposited(), s.withdrawn(), s.dividendsReceived().add(s.optionsIncome()).add(s.otherIncome()),
                    s.commissions().add(s.fees()), s.realizedGains(), s.unrealizedGains(), s.invested(),
                    s.marketValue(), line.cash(), line.netWorth()));
            if (base != null) {
                row.add(line.rate().map(FxRate::rate).orElse(null));
                row.add(line.rate().map(FxRate::date).orElse(null));
                row.add(line.netWorthInBase());
            }
            table.add(row);
        }
        summary.total().ifPresent(total -> {
            List<Object> row = new ArrayList<>();
            row.add(summary.date());
            row.add("TOTAL");
            for (int i = 2; i < columns.size(); i++) {
                row.add(null);
            }
            row.set(columns.indexOf(columns.stream().filter(c -> c.name().equals("marketValue")).findFirst().get()),
                    total.marketValue());
            row.set(11, total.cash());
            row.set(12, total.netWorth());
            row.set(columns.size() - 1, total.netWorth());
            table.add(row);
        });
        return table;
    }
}
