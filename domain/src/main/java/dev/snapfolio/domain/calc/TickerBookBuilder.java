package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.reference.SplitRatio;
import dev.snapfolio.domain.state.StockLot;
import dev.snapfolio.domain.state.StockLots;
import dev.snapfolio.domain.state.TickerBook;
import dev.snapfolio.domain.state.TickerTotals;
import java.math.BigDecimal;

/**
 * The mutable form of a {@link TickerBook} used while a day is applied: the FIFO lots (a
 * persistent {@link StockLots}, so no copy of the open lots) and the ticker's cumulative figures.
 */
final class TickerBookBuilder {
    private StockLots lots;
    private boolean isShort;
    BigDecimal realized;
    BigDecimal dividends;
    BigDecimal dividendTaxes;
    BigDecimal optionsPremium;
    BigDecimal commissions;
    BigDecimal fees;
    BigDecimal capitalDeployed;

    TickerBookBuilder() {
        reset(TickerBook.EMPTY);
    }

    /** Starts again from {@code from} (a run reuses one builder per position, day after day). */
    void reset(TickerBook from) {
        lots = from.stockLots();
        isShort = from.isShort();
        TickerTotals t = from.totals();
        realized = t.realized();
        dividends = t.dividends();
        dividendTaxes = t.dividendTaxes();
        optionsPremium = t.optionsPremium();
        commissions = t.commissions();
        fees = t.fees();
        capitalDeployed = t.capitalDeployed();
    }

    boolean hasLots() {
        return !lots.isEmpty();
    }

    boolean isShort() {
        return hasLots() && isShort;
    }

    boolean isLong() {
        return hasLots() && !isShort;
    }

    /** Open quantity, unsigned. */
    BigDecimal openQuantity() {
        return lots.quantity();
    }

    void openLot(boolean shortLot, BigDecimal quantity, BigDecimal totalCost) {
        if (hasLots() && shortLot != isShort) {
            throw new IllegalStateException("a ticker is long or short, never both");
        }
        isShort = shortLot;
        lots = lots.plus(new StockLot(quantity, totalCost));
    }

    /** Closes {@code quantity} (≤ open quantity) oldest first; returns the lot cost taken (signed). */
    BigDecimal closeFifo(BigDecimal quantity) {
        StockLots.Closed closed = lots.closeOldest(quantity);
        lots = closed.remaining();
        return closed.cost();
    }

    /** A split of ratio r: the open quantity × r without dust, costs unchanged ({@link StockLots#scaled}). */
    void split(SplitRatio ratio) {
        lots = lots.scaled(ratio);
    }

    TickerBook freeze() {
        return new TickerBook(isShort(), lots, new TickerTotals(realized, dividends, dividendTaxes, optionsPremium,
                commissions, fees, capitalDeployed));
    }
}
