package dev.snapfolio.domain.state;

import java.math.BigDecimal;
import java.util.List;

/**
 * A ticker in a currency: its open stock lots, oldest first (all long or all short, never both),
 * and its cumulative figures. A flat ticker keeps its figures with no lots. The lots are held as
 * {@link StockLots}, so the sums below cost nothing however many lots are open.
 */
public record TickerBook(boolean isShort, List<StockLot> lots, TickerTotals totals) {
    public static final TickerBook EMPTY = new TickerBook(false, List.of(), TickerTotals.ZERO);

    public TickerBook {
        lots = StockLots.of(lots);
        if (lots.isEmpty()) {
            isShort = false;
        }
    }

    public boolean isOpen() {
        return !lots.isEmpty();
    }

    /** The lots with their sums. */
    public StockLots stockLots() {
        return (StockLots) lots;
    }

    /** Open shares, negative when short. Scale 8. */
    public BigDecimal shares() {
        BigDecimal sum = stockLots().quantity();
        return isShort ? sum.negate() : sum;
    }

    /** Σ |totalCost| of the open lots. */
    public BigDecimal invested() {
        return stockLots().invested();
    }

    /** Σ totalCost of the open lots (negative for a short). */
    public BigDecimal totalCost() {
        return stockLots().totalCost();
    }
}
