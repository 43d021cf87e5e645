package dev.snapfolio.adapter.in.cli.command;

import static dev.snapfolio.adapter.in.cli.format.Column.date;
import static dev.snapfolio.adapter.in.cli.format.Column.integer;
import static dev.snapfolio.adapter.in.cli.format.Column.money;
import static dev.snapfolio.adapter.in.cli.format.Column.percent;
import static dev.snapfolio.adapter.in.cli.format.Column.price;
import static dev.snapfolio.adapter.in.cli.format.Column.quantity;
import static dev.snapfolio.adapter.in.cli.format.Column.text;

import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.PortfolioQueries;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.snapshot.Holdings;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "holdings", description = "What an account holds on a date: open positions valued at the latest "
        + "closes, open options, and cash and net worth per currency (computed, nothing is written).",
        footer = {"", "Columns: quantity (negative: short), costBasis per share, cost (Σ lot cost; a short's is",
                "negative), price = the latest split-adjusted close on or before the date (its date shown",
                "when older), marketValue, unrealized = marketValue − cost, weight = |marketValue| /",
                "Σ |marketValue| of the currency's priced positions × 100 (negative for a short). Options:",
                "contracts (negative: written), multiplier, openNet = premium − costs of the open lots;",
                "options are not valued.",
                "Cash per currency = netCashFlow − optionsIncome + tradeCosts + realizedGains",
                "  − openStockCost + openOptionNet, where tradeCosts = commissions + fees of stock and option",
                "  trades (already inside realized gains and lot costs); shares moved with SECURITY_IN/OUT",
                "  count as bought/sold at their cost per share. Net worth = cash + marketValue.",
                "With --format csv|json: one row per position, option and currency, told apart by 'kind'.",
                "", "Example:", "  snapfolio holdings -a main --at 2024-06-30"})
public class HoldingsCommand extends PortfolioViewCommand implements Callable<Integer> {
    @Inject
    HoldingsCommand(Provider<AccountQueries> accounts, Provider<PortfolioQueries> portfolio, Output output) {
        super(accounts, portfolio, output);
    }

    @Override
    public Integer call() {
        Account acc = account();
        Holdings holdings = portfolio.get().holdings(acc.id(), at);
        if (output.forPeople()) {
            printForPeople(acc, holdings);
        } else {
            output.table(machineTable(holdings));
        }
        return ExitCode.OK;
    }

    private void printForPeople(Account acc, Holdings h) {
        if (h.cash().isEmpty()) {
            output.message("no movements on or before " + h.date());
            return;
        }
        output.message("holdings of account '" + acc.name() + "' on " + h.date());
        if (!h.positions().isEmpty()) {
            output.message("");
            Table positions = new Table(text("ticker"), text("currency"), quantity("quantity"), price("costBasis"),
                    money("cost"), price("price"), date("priceDate"), money("marketValue"), money("unrealized"),
                    percent("weight%")).omitEmptyColumnsInTable();
            for (Holdings.Position p : h.positions()) {
                positions.add(p.ticker().symbol(), p.currency().code(), p.shares(), p.costBasis(), p.totalCost(),
                        p.price(), p.priceDate() != null && p.priceDate().isBefore(h.date()) ? p.priceDate() : null,
                        p.marketValue(), p.unrealizedGains(), p.weight());
            }
            output.table(positions);
        }
        if (!h.options().isEmpty()) {
            output.message("");
            Table options = new Table(text("contract"), text("currency"), quantity("contracts"),
                    quantity("multiplier"), money("openNet"));
            for (Holdings.OptionPosition o : h.options()) {
                options.add(o.contract().toString(), o.currency().code(), o.contracts(), o.contract().multiplier(),
                        o.openNet());
            }
            output.table(options);
        }
        output.message("");
        Table cash = new Table(text("currency"), money("cash"), money("marketValue"), money("netWorth"),
                integer("unpricedPositions"));
        for (Holdings.Cash c : h.cash()) {
            cash.add(c.currency().code(), c.cash(), c.marketValue(), c.netWorth(), c.unpricedPositions());
        }
        output.table(cash);
        if (h.positions().stream().anyMatch(p -> !p.priced())) {
            output.message("positions without a close on or before " + h.date() + " are not valued (count 0)");
        }
    }

    /** One table for machines: a row per position, option and currency ('kind'), the unused cells empty. */
    static Table machineTable(Holdings h) {
        Table table = new Table(date("date"), text("kind"), text("currency"), text("ticker"), text("contract"),
                quantity("quantity"), quantity("multiplier"), price("costBasis"), money("cost"), money("openNet"), price("price"),
                date("priceDate"), money("marketValue"), money("unrealized"), percent("weight"), money("cash"),
                money("netWorth"), integer("unpricedPositions"));
        for (Holdings.Position p : h.positions()) {
            table.add(h.date(), "position", p.currency().code(), p.ticker().symbol(), null, p.shares(), null,
                    p.costBasis(), p.totalCost(), null, p.price(), p.priceDate(), p.marketValue(), p.unrealizedGains(),
                    p.weight(), null, null, null);
        }
        for (Holdings.OptionPosition o : h.options()) {
            table.add(h.date(), "option", o.currency().code(), o.contract().underlying().symbol(),
                    o.contract().toString(), o.contracts(), o.contract().multiplier(), null, null, o.openNet(), null,
                    null, null, null, null, null, null, null);
        }
        for (Holdings.Cash c : h.cash()) {
            table.add(h.date(), "cash", c.currency().code(), null, null, null, null, null, null, null, null, null,
                    c.marketValue(), null, null, c.cash(), c.netWorth(), c.unpricedPositions());
        }
        return table;
    }
}
