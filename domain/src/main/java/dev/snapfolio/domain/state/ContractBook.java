package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.reference.SplitRatio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The open lots of one contract, oldest first (by open date); all long or all short (written), never both.
 * The option-lot rules of DESIGN §3.3 live here: {@link #open}, {@link #closeOldest},
 * {@link #split} and {@link #adjust}. A book is immutable: each rule returns the books after it.
 */
public record ContractBook(boolean isShort, List<OptionLot> lots) {
    public ContractBook {
        lots = List.copyOf(lots);
    }

    public BigDecimal openContracts() {
        BigDecimal sum = Decimals.ZERO_QUANTITY;
        for (OptionLot lot : lots) {
            sum = sum.add(lot.contracts());
        }
        return sum;
    }

    /** Σ totalNet of the lots: what closing all of them at zero (an expiry) realizes. */
    public BigDecimal totalNet() {
        BigDecimal sum = Decimals.ZERO_MONEY;
        for (OptionLot lot : lots) {
            sum = sum.add(lot.totalNet());
        }
        return sum;
    }

    /**
     * {@code book} (null: none yet) with a new youngest lot opened in direction {@code isShort};
     * the caller has checked that an existing book has that direction.
     */
    public static ContractBook open(ContractBook book, boolean isShort, OptionLot lot) {
        if (book != null && book.isShort != isShort) {
            throw new IllegalArgumentException("a contract is open long or short, never both");
        }
        List<OptionLot> next = new ArrayList<>(book == null ? 1 : book.lots.size() + 1);
        if (book != null) {
            next.addAll(book.lots);
        }
        next.add(lot);
        return new ContractBook(isShort, next);
    }

    /**
     * What {@link #closeOldest} took: the net of the taken contracts (their share of each lot's
     * net), the taken lots (a partly taken lot as its taken part), and the book left — null when
     * every lot was taken.
     */
    public record Closed(BigDecimal net, List<OptionLot> taken, ContractBook remaining) {
    }

    /**
     * Takes {@code quantity} (≤ {@link #openContracts()}) contracts from the oldest lots; a lot
     * taken in part gives round6(net × taken / contracts) of its net (DESIGN §3.1), and keeps the rest.
     */
    public Closed closeOldest(BigDecimal quantity) {
        return closeOldest(quantity, true);
    }

    /** {@link #closeOldest}; the taken lots are listed only when {@code listTaken} (a close needs only the net). */
    public Closed closeOldest(BigDecimal quantity, boolean listTaken) {
        BigDecimal remaining = quantity;
        BigDecimal net = Decimals.ZERO_MONEY;
        List<OptionLot> kept = new ArrayList<>(lots.size());
        List<OptionLot> taken = listTaken ? new ArrayList<>(2) : null;
        for (OptionLot lot : lots) {
            if (remaining.signum() == 0) {
                kept.add(lot);
            } else if (lot.contracts().compareTo(remaining) <= 0) {
                net = net.add(lot.totalNet());
                remaining = remaining.subtract(lot.contracts());
                if (taken != null) {
                    taken.add(lot);
                }
            } else {
                BigDecimal part = Decimals.proRataMoney(lot.totalNet(), remaining, lot.contracts());
                net = net.add(part);
                kept.add(lot.with(lot.contracts().subtract(remaining), lot.totalNet().subtract(part)));
                if (taken != null) {
                    taken.add(lot.with(remaining, part));
                }
                remaining = Decimals.ZERO_QUANTITY;
            }
        }
        if (remaining.signum() != 0) {
            throw new IllegalArgumentException("closes " + quantity + " contracts but " + openContracts() + " are open");
        }
        return new Closed(net, taken == null ? List.of() : taken, kept.isEmpty() ? null : new ContractBook(isShort, kept));
    }

    /**
     * The book after a split of ratio r of the underlying, as the exchanges (OCC) adjust it: a whole
     * r ≥ 2 multiplies every lot's contracts by r (exact: whole numbers); any other r leaves the
     * contracts as they are (the key's multiplier takes r). Nets unchanged. The key moves with it
     * ({@link ContractKey#split}); the split rule of a contract is these two methods.
     */
    public ContractBook split(SplitRatio ratio) {
        if (!ratio.isWhole()) {
            return this;
        }
        List<OptionLot> scaled = new ArrayList<>(lots.size());
        for (OptionLot lot : lots) {
            scaled.add(lot.with(lot.contracts().multiply(ratio.numeratorValue()), lot.totalNet()));
        }
        return new ContractBook(isShort, scaled);
    }

    /**
     * This book arriving on a key where {@code existing} (null: none) is open: merged with the
     * existing lots by open date ({@link #byOpenDate}) when both have the same direction; otherwise
     * this book alone (the existing one is replaced — the behaviour splits have always had).
     */
    public ContractBook mergeInto(ContractBook existing) {
        if (existing == null || existing.isShort != isShort) {
            return this;
        }
        return new ContractBook(isShort, byOpenDate(existing.lots, lots));
    }

    /**
     * The lots of a contract after {@code arriving} lots join {@code existing} ones: oldest open
     * date first, stable — on equal dates the existing lots come first, then the arriving ones,
     * each in their own order.
     */
    static List<OptionLot> byOpenDate(List<OptionLot> existing, List<OptionLot> arriving) {
        List<OptionLot> merged = new ArrayList<>(existing.size() + arriving.size());
        merged.addAll(existing);
        merged.addAll(arriving);
        merged.sort(Comparator.comparing(OptionLot::openDate)); // List.sort is stable
        return merged;
    }

    /** The two books after an {@link #adjust}: the old contract's (null when emptied) and the new one's. */
    public record Adjusted(ContractBook remaining, ContractBook target) {
    }

    /**
     * An OPTION_ADJUSTMENT: the oldest {@code quantity} (≤ open) contracts move, lots, nets and open
     * dates unchanged, to the new contract, joining the lots of {@code target} (its book, null: none)
     * by open date — stable, the target's lots first on equal dates — so a later close there takes
     * the oldest open date first (DESIGN §3.3). {@code target} must have this book's direction.
     * Premiums and realized do not change.
     */
    public Adjusted adjust(BigDecimal quantity, ContractBook target) {
        if (target != null && target.isShort != isShort) {
            throw new IllegalArgumentException("the new contract is open in the opposite direction");
        }
        Closed moved = closeOldest(quantity);
        List<OptionLot> next = byOpenDate(target == null ? List.of() : target.lots, moved.taken());
        return new Adjusted(moved.remaining(), new ContractBook(isShort, next));
    }
}
