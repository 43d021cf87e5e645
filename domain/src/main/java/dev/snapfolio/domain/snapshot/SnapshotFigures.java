package dev.snapfolio.domain.snapshot;

import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.state.CurrencyTotals;
import dev.snapfolio.domain.state.TickerTotals;
import java.math.BigDecimal;

/**
 * The derived figures of the snapshots (DESIGN §3.4), one named formula each: how a row's figure
 * follows from the cumulative totals, the open lots and the day's price. The calculator computes
 * them only through these methods (its run memo caches their results, it does not define them).
 * The cumulative totals themselves are sums kept by the daily step (DESIGN §3.3).
 */
public final class SnapshotFigures {
    private static final BigDecimal ZERO_PRICE = Decimals.price(BigDecimal.ZERO);

    private SnapshotFigures() {
    }

    // ---------------------------------------------------------------- financial snapshot

    /** deposited − withdrawn + dividendsReceived + optionsIncome + otherIncome − commissions − fees. */
    public static BigDecimal netCashFlow(CurrencyTotals t) {
        return t.deposited().subtract(t.withdrawn()).add(t.dividendsReceived()).add(t.optionsIncome())
                .add(t.otherIncome()).subtract(t.commissions()).subtract(t.fees());
    }

    /** realizedGains / netCashFlow × 100 when netCashFlow > 0, else 0 (not a return: see DESIGN §3.4). */
    public static BigDecimal realizedPercentage(BigDecimal realizedGains, BigDecimal netCashFlow) {
        return netCashFlow.signum() > 0 ? Decimals.percentage(realizedGains, netCashFlow) : Decimals.ZERO_PERCENT;
    }

    /** unrealizedGains / (Σ |totalCost| of the priced open lots) × 100, 0 when that sum is 0. */
    public static BigDecimal unrealizedPercentage(BigDecimal unrealizedGains, BigDecimal pricedInvested) {
        return Decimals.percentage(unrealizedGains, pricedInvested);
    }

    /**
     * The cash balance of a currency: what its movements paid in and out, derived from the figures
     * of DESIGN §3.4 and the open lots. {@code netCashFlow} counts contributions, income and every
     * cost; trades move cash by their gross amounts, which the figures hold as realized gains
     * (closed lots, costs included) and as the cost of the lots still open — so:
     * <pre>
     * cash = netCashFlow − optionsIncome + tradeCosts + realizedGains − openStockCost + openOptionNet
     * </pre>
     * where {@code tradeCosts} = Σ commissions + fees of stock and option trades (the tickers'
     * figures; realized gains and lot costs already contain them), {@code openStockCost} = Σ
     * totalCost of the open stock lots (a short's is negative: its net proceeds are cash) and
     * {@code openOptionNet} = Σ net (premium − costs) of the open option lots. Shares moved with
     * SECURITY_IN / SECURITY_OUT count as bought / sold at their cost per share (no cash moves, so
     * with a cost per share other than 0 the figure is off by that cost while the lot is open).
     */
    public static BigDecimal cash(CurrencyTotals t, BigDecimal tradeCosts, BigDecimal openStockCost,
            BigDecimal openOptionNet) {
        return Decimals.money(netCashFlow(t).subtract(t.optionsIncome()).add(tradeCosts).add(t.realizedGains())
                .subtract(openStockCost).add(openOptionNet));
    }

    /** cash + market value of the priced stock positions (options are not valued, DESIGN §3.4). */
    public static BigDecimal netWorth(BigDecimal cash, BigDecimal marketValue) {
        return Decimals.money(cash.add(marketValue));
    }

    // ---------------------------------------------------------------- ticker snapshot (and the sums of the financial one)

    /** Σ |totalCost| of the open stock lots ({@code lotsInvested}); 0 when the position is flat. */
    public static BigDecimal invested(boolean open, BigDecimal lotsInvested) {
        return open ? lotsInvested : Decimals.ZERO_MONEY;
    }

    /** invested / |shares| at price scale; 0 when the position is flat. */
    public static BigDecimal costBasis(BigDecimal invested, BigDecimal openQuantity) {
        return openQuantity.signum() == 0 ? ZERO_PRICE : Decimals.divide(invested, openQuantity, Decimals.PRICE_SCALE);
    }

    /** optionsPremium + dividends − dividendTaxes − commissions − fees. */
    public static BigDecimal totalIncome(TickerTotals t) {
        return t.optionsPremium().add(t.dividends()).subtract(t.dividendTaxes()).subtract(t.commissions())
                .subtract(t.fees());
    }

    /** realized / capitalDeployed × 100, 0 when capitalDeployed is 0. */
    public static BigDecimal performance(TickerTotals t) {
        return Decimals.percentage(t.realized(), t.capitalDeployed());
    }

    /**
     * shares × price at money scale (shorts negative). {@code shares} may be given without trailing
     * zeros (the product's value is the same; fewer digits are multiplied).
     */
    public static BigDecimal marketValue(BigDecimal shares, BigDecimal price) {
        return shares.multiply(price).setScale(Decimals.MONEY_SCALE, Decimals.ROUNDING);
    }

    /** marketValue − Σ totalCost of the open lots (a short's cost is negative, its value too). */
    public static BigDecimal unrealizedGains(BigDecimal marketValue, BigDecimal totalCost) {
        return marketValue.subtract(totalCost);
    }
}
