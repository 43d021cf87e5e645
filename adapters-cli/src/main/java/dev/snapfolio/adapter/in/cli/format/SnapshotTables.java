package dev.snapfolio.adapter.in.cli.format;

import static dev.snapfolio.adapter.in.cli.format.Column.bool;
import static dev.snapfolio.adapter.in.cli.format.Column.date;
import static dev.snapfolio.adapter.in.cli.format.Column.integer;
import static dev.snapfolio.adapter.in.cli.format.Column.money;
import static dev.snapfolio.adapter.in.cli.format.Column.percent;
import static dev.snapfolio.adapter.in.cli.format.Column.price;
import static dev.snapfolio.adapter.in.cli.format.Column.quantity;
import static dev.snapfolio.adapter.in.cli.format.Column.text;

import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import java.util.List;

/**
 * Snapshot rows as tables. The columns are those of the broker fixtures' {@code *.expected.csv}
 * and {@code *.tickers.expected.csv} headers, in their order, followed by the extra columns.
 */
public final class SnapshotTables {
    /** The fixtures' financial header, then marketValue, unrealizedPercentage, unpricedPositions. */
    public static final List<Column> FINANCIAL_COLUMNS = List.of(date("date"), text("currency"),
            integer("movementCount"), money("deposited"), money("withdrawn"), money("commissions"), money("fees"),
            money("dividendsReceived"), money("optionsIncome"), money("otherIncome"), money("realizedGains"),
            money("netCashFlow"), money("invested"), money("unrealizedGains"), percent("realizedPercentage"),
            bool("openTrades"), money("marketValue"), percent("unrealizedPercentage"), integer("unpricedPositions"));

    /** The fixtures' ticker header, then marketPrice, marketValue, unrealizedGains. */
    public static final List<Column> TICKER_COLUMNS = List.of(date("date"), text("ticker"), text("currency"),
            quantity("shares"), price("costBasis"), money("invested"), money("realized"), money("dividends"),
            money("dividendTaxes"), money("optionsPremium"), money("commissions"), money("fees"),
            money("totalIncome"), money("capitalDeployed"), percent("performance"), bool("openTrades"),
            price("marketPrice"), money("marketValue"), money("unrealizedGains"));

    /** The financial columns a table shows by default: it fits 120 characters (the rest: --wide, --columns). */
    public static final List<String> FINANCIAL_NARROW = List.of("date", "currency", "deposited", "withdrawn",
            "realizedGains", "netCashFlow", "invested", "marketValue", "unrealizedGains");

    /** The ticker columns a table shows by default. */
    public static final List<String> TICKER_NARROW = List.of("date", "ticker", "currency", "shares", "costBasis",
            "realized", "totalIncome", "marketPrice", "marketValue", "unrealizedGains");

    private SnapshotTables() {
    }

    public static Table financials(List<FinancialSnapshot> rows) {
        Table table = new Table(FINANCIAL_COLUMNS);
        for (FinancialSnapshot s : rows) {
            table.add(s.date(), s.currency().code(), s.movementCount(), s.deposited(), s.withdrawn(), s.commissions(),
                    s.fees(), s.dividendsReceived(), s.optionsIncome(), s.otherIncome(), s.realizedGains(),
                    s.netCashFlow(), s.invested(), s.unrealizedGains(), s.realizedPercentage(), s.openTrades(),
                    s.marketValue(), s.unrealizedPercentage(), s.unpricedPositions());
        }
        return table;
    }

    public static Table tickers(List<TickerSnapshot> rows) {
        Table table = new Table(TICKER_COLUMNS);
        for (TickerSnapshot s : rows) {
            table.add(s.date(), s.ticker().symbol(), s.currency().code(), s.shares(), s.costBasis(), s.invested(),
                    s.realized(), s.dividends(), s.dividendTaxes(), s.optionsPremium(), s.commissions(), s.fees(),
                    s.totalIncome(), s.capitalDeployed(), s.performance(), s.openTrades(), s.marketPrice(),
                    s.marketValue(), s.unrealizedGains());
        }
        return table;
    }
}
