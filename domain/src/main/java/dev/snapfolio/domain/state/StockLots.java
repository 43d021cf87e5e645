package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.reference.SplitRatio;
import dev.snapfolio.domain.snapshot.SnapshotFigures;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open stock lots of a ticker, oldest first: an immutable list that knows its total quantity
 * and total cost, and that shares storage with the list it was derived from. Opening a lot and
 * closing the oldest ones cost O(1) amortized instead of a copy of every lot, so a long history
 * with many lots per ticker stays fast; every version stays valid (a day's state is never changed
 * by a later day).
 *
 * <p>It is a plain {@link List}: equal to any list of the same lots, whatever its implementation.
 */
public final class StockLots extends AbstractList<StockLot> implements RandomAccess {
    private static final StockLots EMPTY = new StockLots(new Buffer(new StockLot[0], 0), 0, 0, null,
            Decimals.ZERO_QUANTITY, Decimals.ZERO_MONEY, Decimals.ZERO_MONEY);

    /**
     * Storage shared by the versions derived from one another. {@code used} is the highest index
     * any version has written: a version ending there may append in place; any other copies.
     */
    private static final class Buffer {
        final StockLot[] items;
        final AtomicInteger used;

        Buffer(StockLot[] items, int used) {
            this.items = items;
            this.used = new AtomicInteger(used);
        }
    }

    /** What closing the oldest lots took: the lots left and the (signed) cost taken from them. */
    public record Closed(StockLots remaining, BigDecimal cost) {
    }

    private final Buffer buffer;
    private final int from;
    private final int to;
    /** Replaces {@code buffer.items[from]} after a partial close of the oldest lot, or null. */
    private final StockLot first;
    private final BigDecimal quantity;
    private final BigDecimal totalCost;
    private final BigDecimal invested;
    /** Memoized: a book unchanged for many days is valued every day. Racy but idempotent. */
    private BigDecimal costBasis;

    private StockLots(Buffer buffer, int from, int to, StockLot first, BigDecimal quantity, BigDecimal totalCost,
            BigDecimal invested) {
        this.buffer = buffer;
        this.from = from;
        this.to = to;
        this.first = first;
        this.quantity = quantity;
        this.totalCost = totalCost;
        this.invested = invested;
    }

    public static StockLots empty() {
        return EMPTY;
    }

    /** The given lots (oldest first); a {@code StockLots} is returned as is. */
    public static StockLots of(List<StockLot> lots) {
        if (lots instanceof StockLots stockLots) {
            return stockLots;
        }
        if (lots.isEmpty()) {
            return EMPTY;
        }
        StockLot[] items = new StockLot[Math.max(8, lots.size() + lots.size() / 2)];
        BigDecimal q = Decimals.ZERO_QUANTITY;
        BigDecimal c = Decimals.ZERO_MONEY;
        BigDecimal a = Decimals.ZERO_MONEY;
        int i = 0;
        for (StockLot lot : lots) {
            if (lot == null) {
                throw new NullPointerException("lot");
            }
            items[i++] = lot;
            q = q.add(lot.quantity());
            c = c.add(lot.totalCost());
            a = a.add(lot.totalCost().abs());
        }
        return new StockLots(new Buffer(items, i), 0, i, null, q, c, a);
    }

    @Override
    public StockLot get(int index) {
        if (index < 0 || index >= to - from) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index == 0 && first != null) {
            return first;
        }
        return buffer.items[from + index];
    }

    @Override
    public int size() {
        return to - from;
    }

    /** Σ quantity of the lots (unsigned), scale 8. */
    public BigDecimal quantity() {
        return quantity;
    }

    /** Σ totalCost of the lots (signed), money scale. */
    public BigDecimal totalCost() {
        return totalCost;
    }

    /** Σ |totalCost| of the lots, money scale. */
    public BigDecimal invested() {
        return invested;
    }

    /**
     * The cost basis of these lots, {@link SnapshotFigures#costBasis} of their invested and quantity;
     * kept with the lots, so that a day computed without a run's memo does not divide again.
     */
    public BigDecimal costBasis() {
        BigDecimal basis = costBasis;
        if (basis == null) {
            basis = SnapshotFigures.costBasis(invested, quantity);
            costBasis = basis;
        }
        return basis;
    }

    /** These lots and a new youngest one. */
    public StockLots plus(StockLot lot) {
        if (lot == null) {
            throw new NullPointerException("lot");
        }
        BigDecimal q = quantity.add(lot.quantity());
        BigDecimal c = totalCost.add(lot.totalCost());
        BigDecimal a = invested.add(lot.totalCost().abs());
        Buffer b = buffer;
        if (to < b.items.length && b.used.compareAndSet(to, to + 1)) {
            b.items[to] = lot;
            return new StockLots(b, from, to + 1, first, q, c, a);
        }
        int size = size();
        StockLot[] items = new StockLot[Math.max(8, (size + 1) * 2)];
        for (int i = 0; i < size; i++) {
            items[i] = get(i);
        }
        items[size] = lot;
        return new StockLots(new Buffer(items, size + 1), 0, size + 1, null, q, c, a);
    }

    /**
     * Closes {@code closing} (0 < closing ≤ {@link #quantity()}) oldest lots first. A partial lot
     * gives round6(cost × k / n) and keeps the remainder, so no per-unit drift (DESIGN §3.1).
     */
    public Closed closeOldest(BigDecimal closing) {
        if (closing.signum() <= 0 || closing.compareTo(quantity) > 0) {
            throw new IllegalArgumentException("cannot close " + closing + " of " + quantity);
        }
        BigDecimal remaining = closing;
        BigDecimal cost = Decimals.ZERO_MONEY;
        BigDecimal investedTaken = Decimals.ZERO_MONEY;
        int index = 0;
        int size = size();
        StockLot newFirst = null;
        while (remaining.signum() > 0) {
            StockLot lot = get(index);
            if (lot.quantity().compareTo(remaining) <= 0) {
                cost = cost.add(lot.totalCost());
                investedTaken = investedTaken.add(lot.totalCost().abs());
                remaining = remaining.subtract(lot.quantity());
                index++;
            } else {
                BigDecimal part = Decimals.proRataMoney(lot.totalCost(), remaining, lot.quantity());
                cost = cost.add(part);
                newFirst = new StockLot(lot.quantity().subtract(remaining), lot.totalCost().subtract(part));
                investedTaken = investedTaken.add(lot.totalCost().abs()).subtract(newFirst.totalCost().abs());
                remaining = Decimals.ZERO_QUANTITY;
            }
        }
        if (index == size) {
            return new Closed(EMPTY, cost);
        }
        StockLots rest = new StockLots(buffer, from + index, to, newFirst, quantity.subtract(closing),
                totalCost.subtract(cost), invested.subtract(investedTaken));
        return new Closed(rest, cost);
    }

    /**
     * The lots after a split of ratio r (DESIGN §3.3): the total quantity × r rounded once to the
     * quantity scale, shared by the lots pro rata with the remainder on the last one (as costs are
     * shared), so there is no dust — three 1-share lots under 1:3 are exactly 1 share. Costs
     * unchanged. A lot whose share rounds to nothing passes its cost to the next lot.
     */
    public StockLots scaled(SplitRatio ratio) {
        int size = size();
        if (size == 0) {
            return this;
        }
        BigDecimal total = ratio.multiply(quantity, Decimals.QUANTITY_SCALE);
        StockLot[] items = new StockLot[Math.max(8, size * 2)];
        int count = 0;
        BigDecimal given = Decimals.ZERO_QUANTITY;
        BigDecimal carriedCost = Decimals.ZERO_MONEY;
        for (int i = 0; i < size; i++) {
            StockLot lot = get(i);
            BigDecimal cost = lot.totalCost().add(carriedCost);
            BigDecimal share = i == size - 1 ? total.subtract(given)
                    : Decimals.divide(total.multiply(lot.quantity()), quantity, Decimals.QUANTITY_SCALE);
            if (share.signum() == 0 && i < size - 1) {
                carriedCost = cost;
                continue;
            }
            carriedCost = Decimals.ZERO_MONEY;
            if (share.signum() <= 0 && count > 0) {
                // Earlier lots rounded up past the total: the last lot's remainder joins the one before.
                StockLot previous = items[count - 1];
                items[count - 1] = new StockLot(previous.quantity().add(share), previous.totalCost().add(cost));
            } else {
                items[count++] = new StockLot(share, cost);
            }
            given = given.add(share);
        }
        return new StockLots(new Buffer(items, count), 0, count, null, total, totalCost, invested);
    }
}
