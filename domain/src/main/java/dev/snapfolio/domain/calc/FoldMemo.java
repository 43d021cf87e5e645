package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.ReferenceData.CloseReader;
import dev.snapfolio.domain.snapshot.SnapshotFigures;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.StockLots;
import dev.snapfolio.domain.state.TickerBook;
import dev.snapfolio.domain.state.TickerTotals;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * What a run over consecutive days may carry from one day to the next so that a day's rows are
 * not re-derived from scratch: per position the figures derived from its book (they change only
 * when the book does: compared by identity, a book untouched by the day is the same instance) and
 * its market value for a given price, a forward reader of its closes, and the positions and
 * currencies with open contracts for a given contract map. Every entry is a cache of a pure
 * function of what it is keyed by, so results are the same with a fresh memo on every day.
 * It also holds, per position, the day's working book, found by key without a map per day.
 * One memo serves one run with one {@link ReferenceData}, dates ascending.
 */
final class FoldMemo {
    private final ReferenceData refs;
    private final Map<PositionKey, Position> positions = new HashMap<>(64);
    private int day;
    /** The position of each contract key met in this run, by key identity. */
    private final Map<ContractKey, Position> contractPositions = new IdentityHashMap<>(256);
    private SortedMap<ContractKey, ContractBook> contracts;
    private int optionGeneration;
    private Set<Currency> optionCurrencies;

    FoldMemo(ReferenceData refs) {
        this.refs = refs;
    }

    /** A new stamp for the next day applied: positions marked with it are touched or active on that day. */
    int nextDay() {
        return ++day;
    }

    Position position(PositionKey key) {
        Position p = positions.get(key);
        if (p == null) {
            p = new Position(key, refs.closeReader(key.ticker(), key.currency()));
            positions.put(key, p);
        }
        return p;
    }

    /**
     * Whether {@code position} has open contracts in {@code open} (the day's contract map; a run
     * asks with one map after another). Computed once per map: contract keys are shared from one
     * state to the next, so each is matched to its position once per run (by identity).
     */
    boolean hasOptions(SortedMap<ContractKey, ContractBook> open, Position position) {
        derive(open);
        return position.optionGeneration == optionGeneration;
    }

    /** Currencies with open contracts in {@code open}. */
    Set<Currency> optionCurrencies(SortedMap<ContractKey, ContractBook> open) {
        derive(open);
        return optionCurrencies;
    }

    private void derive(SortedMap<ContractKey, ContractBook> open) {
        if (open == contracts) {
            return;
        }
        optionGeneration++;
        Set<Currency> currencies = new HashSet<>(4);
        for (ContractKey key : open.keySet()) {
            Position position = contractPositions.get(key);
            if (position == null) {
                position = position(key.position());
                contractPositions.put(key, position);
            }
            position.optionGeneration = optionGeneration;
            currencies.add(key.currency());
        }
        contracts = open;
        optionCurrencies = currencies;
    }

    /** One position's reader of closes and its figures as of the last book and price it was asked about. */
    static final class Position {
        final PositionKey key;
        final CloseReader closes;
        /** The day stamp on which the book was last taken into the builder (reused day after day). */
        int touchedOn;
        final TickerBookBuilder builder = new TickerBookBuilder();
        /** The day stamp on which a movement or an event last concerned the position. */
        int activeOn;
        /** Equal to the memo's generation when the position has open contracts in the last contract map. */
        private int optionGeneration;
        private TickerBook book;
        /** The lots {@link #costBasis} was derived from (a book whose totals alone changed keeps its lots). */
        private StockLots lots;
        /** The totals {@link #totalIncome} and {@link #performance} were derived from. */
        private TickerTotals totals;
        BigDecimal shares;
        /** {@link #shares} without trailing zeros: what the market value multiplies by. */
        private BigDecimal strippedShares;
        BigDecimal costBasis;
        BigDecimal invested;
        BigDecimal totalCost;
        BigDecimal totalIncome;
        BigDecimal performance;
        private BigDecimal valuedPrice;
        private BigDecimal marketValue;
        private BigDecimal unrealized;

        private Position(PositionKey key, CloseReader closes) {
            this.key = key;
            this.closes = closes;
        }

        /** Brings the book-derived figures to {@code current} (stock figures only when it is open). */
        void derive(TickerBook current) {
            if (current == book) {
                return;
            }
            book = current;
            shares = current.shares();
            strippedShares = shares.stripTrailingZeros();
            boolean open = current.isOpen();
            StockLots currentLots = current.stockLots();
            if (currentLots != lots) {
                lots = currentLots;
                invested = SnapshotFigures.invested(open, currentLots.invested());
                costBasis = currentLots.costBasis();
                totalCost = open ? currentLots.totalCost() : Decimals.ZERO_MONEY;
            }
            TickerTotals t = current.totals();
            // A changed book often changes only some of its totals: a figure is derived again only
            // when one of its inputs changed (equal BigDecimals: same value and scale, same result).
            if (totals == null || !t.optionsPremium().equals(totals.optionsPremium())
                    || !t.dividends().equals(totals.dividends()) || !t.dividendTaxes().equals(totals.dividendTaxes())
                    || !t.commissions().equals(totals.commissions()) || !t.fees().equals(totals.fees())) {
                totalIncome = SnapshotFigures.totalIncome(t);
            }
            if (totals == null || !t.realized().equals(totals.realized())
                    || !t.capitalDeployed().equals(totals.capitalDeployed())) {
                performance = SnapshotFigures.performance(t);
            }
            totals = t;
            valuedPrice = null;
        }

        /** Values the open stock at {@code price}: its market value and unrealized gains ({@link SnapshotFigures}). */
        void value(BigDecimal price) {
            if (price != valuedPrice) {
                // The shares stripped once per book: fewer digits multiplied, the same value.
                marketValue = SnapshotFigures.marketValue(strippedShares, price);
                unrealized = SnapshotFigures.unrealizedGains(marketValue, totalCost);
                valuedPrice = price;
            }
        }

        BigDecimal marketValue() {
            return marketValue;
        }

        BigDecimal unrealized() {
            return unrealized;
        }
    }

}
