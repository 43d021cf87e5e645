package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Decimals;
import java.math.BigDecimal;
import java.util.List;

/**
 * A ticker in a currency: its open stock lots, oldest first (all long or all short, never both),
 * and its cumulative figures. A flat ticker keeps its figures with no lots.
 */
public record TickerBook(boolean isShort, List<StockLot> lots, TickerTotals totals) {
    public static final TickerBook EMPTY = new TickerBook(false, List.of(), TickerTotals.ZERO);

    public TickerBook {
        lots = List.copyOf(lots);
        if (lots.isEmpty()) {
            isShort = false;
        }
    }

    public boolean isOpen() {
        return !lots.isEmpty();
    }

    /** Open shares, negative when short. Scale 8. */
    public BigDecimal shares() {
        BigDecimal sum = Decimals.ZERO_QUANTITY;
        for (StockLot lot : lots) {
            sum = sum.add(lot.quantity());
        }
        return isShort ? sum.negate() : sum;
    }

    /** Σ |totalCost| of the open lots. */
    public BigDecimal invested() {
        BigDecimal sum = Decimals.ZERO_MONEY;
        for (StockLot lot : lots) {
            sum = sum.add(lot.totalCost().abs());
        }
        return sum;
    }

    /** Σ totalCost of the open lots (negative for a short). */
    public BigDecimal totalCost() {
        BigDecimal sum = Decimals.ZERO_MONEY;
        for (StockLot lot : lots) {
            sum = sum.add(lot.totalCost());
        }
        return sum;
    }
}
