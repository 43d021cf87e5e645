package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.state.StockLot;
import dev.snapfolio.domain.state.TickerBook;
import dev.snapfolio.domain.state.TickerTotals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutable form of a {@link TickerBook} used while a day is applied: FIFO lots with a moving
 * head (closing the oldest lots costs no shifting) and the ticker's cumulative figures.
 */
final class TickerBookBuilder {
    private final ArrayList<StockLot> lots;
    private int head;
    private BigDecimal openQuantity;
    private boolean isShort;
    BigDecimal realized;
    BigDecimal dividends;
    BigDecimal dividendTaxes;
    BigDecimal optionsPremium;
    BigDecimal commissions;
    BigDecimal fees;
    BigDecimal capitalDeployed;

    TickerBookBuilder(TickerBook from) {
        List<StockLot> source = from.lots();
        lots = new ArrayList<>(source.size() + 2);
        lots.addAll(source);
        openQuantity = Decimals.ZERO_QUANTITY;
        for (StockLot lot : source) {
            openQuantity = openQuantity.add(lot.quantity());
        }
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
        return head < lots.size();
    }

    boolean isShort() {
        return hasLots() && isShort;
    }

    boolean isLong() {
        return hasLots() && !isShort;
    }

    /** Open quantity, unsigned. */
    BigDecimal openQuantity() {
        return openQuantity;
    }

    void openLot(boolean shortLot, BigDecimal quantity, BigDecimal totalCost) {
        if (hasLots() && shortLot != isShort) {
            throw new IllegalStateException("a ticker is long or short, never both");
        }
        isShort = shortLot;
        lots.add(new StockLot(quantity, totalCost));
        openQuantity = openQuantity.add(quantity);
    }

    /**
     * Closes {@code quantity} (≤ open quantity) oldest first and returns the lot cost taken (signed):
     * a partial lot gives round6(cost × k / n) and keeps the remainder, so no per-unit drift.
     */
    BigDecimal closeFifo(BigDecimal quantity) {
        BigDecimal remaining = quantity;
        BigDecimal cost = Decimals.ZERO_MONEY;
        while (remaining.signum() > 0) {
            StockLot lot = lots.get(head);
            int cmp = lot.quantity().compareTo(remaining);
            if (cmp <= 0) {
                cost = cost.add(lot.totalCost());
                remaining = remaining.subtract(lot.quantity());
                lots.set(head, null);
                head++;
            } else {
                BigDecimal part = Decimals.proRataMoney(lot.totalCost(), remaining, lot.quantity());
                cost = cost.add(part);
                lots.set(head, new StockLot(lot.quantity().subtract(remaining), lot.totalCost().subtract(part)));
                remaining = Decimals.ZERO_QUANTITY;
            }
        }
        openQuantity = openQuantity.subtract(quantity);
        if (!hasLots()) {
            lots.clear();
            head = 0;
            openQuantity = Decimals.ZERO_QUANTITY;
            isShort = false;
        }
        return cost;
    }

    /** A split of ratio r: every open quantity × r, costs unchanged. */
    void split(BigDecimal ratio) {
        BigDecimal total = Decimals.ZERO_QUANTITY;
        for (int i = head; i < lots.size(); i++) {
            StockLot lot = lots.get(i);
            StockLot scaled = new StockLot(lot.quantity().multiply(ratio), lot.totalCost());
            lots.set(i, scaled);
            total = total.add(scaled.quantity());
        }
        openQuantity = total;
    }

    TickerBook freeze() {
        List<StockLot> open = head == 0 ? lots : lots.subList(head, lots.size());
        return new TickerBook(isShort(), open, new TickerTotals(realized, dividends, dividendTaxes, optionsPremium,
                commissions, fees, capitalDeployed));
    }
}
