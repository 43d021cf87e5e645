package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.ReferenceData.CloseReader;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.TickerBook;
import dev.snapfolio.domain.state.TickerTotals;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
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
    private SortedMap<ContractKey, ContractBook> contracts;
    private Set<PositionKey> optionPositions;
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

    /** Positions with open contracts on them in {@code open}. */
    Set<PositionKey> optionPositions(SortedMap<ContractKey, ContractBook> open) {
        derive(open);
        return optionPositions;
    }

    /** Currencies with open contracts in {@code open}. */
    Set<Currency> optionCurrencies(SortedMap<ContractKey, ContractBook> open) {
        derive(open);
        return optionCurrencies;
    }

    private void derive(SortedMap<ContractKey, ContractBook> open) {
        if (open == contracts && optionPositions != null) {
            return;
        }
        Set<PositionKey> keys = new HashSet<>();
        Set<Currency> currencies = new HashSet<>(4);
        PositionKey previous = null;
        for (ContractKey key : open.keySet()) {
            // Contracts sort by underlying first: consecutive keys mostly share their position.
            if (previous == null || !previous.ticker().equals(key.contract().underlying())
                    || !previous.currency().equals(key.currency())) {
                previous = key.position();
                keys.add(previous);
            }
            currencies.add(key.currency());
        }
        contracts = open;
        optionPositions = keys;
        optionCurrencies = currencies;
    }

    /** One position's reader of closes and its figures as of the last book and price it was asked about. */
    static final class Position {
        final PositionKey key;
        final CloseReader closes;
        /** The day stamp on which the book was last taken into a builder, and that builder while the day runs. */
        int touchedOn;
        TickerBookBuilder builder;
        /** The day stamp on which a movement or an event last concerned the position. */
        int activeOn;
        private TickerBook book;
        /** The totals {@link #totalIncome} and {@link #performance} were derived from. */
        private TickerTotals totals;
        BigDecimal shares;
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
            if (current.isOpen()) {
                costBasis = current.stockLots().costBasis();
                invested = current.invested();
                totalCost = current.totalCost();
            } else {
                costBasis = ZERO_PRICE;
                invested = Decimals.ZERO_MONEY;
                totalCost = Decimals.ZERO_MONEY;
            }
            TickerTotals t = current.totals();
            // A changed book often changes only some of its totals: a figure is derived again only
            // when one of its inputs changed (equal BigDecimals: same value and scale, same result).
            if (totals == null || !t.optionsPremium().equals(totals.optionsPremium())
                    || !t.dividends().equals(totals.dividends()) || !t.dividendTaxes().equals(totals.dividendTaxes())
                    || !t.commissions().equals(totals.commissions()) || !t.fees().equals(totals.fees())) {
                totalIncome = t.totalIncome();
            }
            if (totals == null || !t.realized().equals(totals.realized())
                    || !t.capitalDeployed().equals(totals.capitalDeployed())) {
                performance = Decimals.percentage(t.realized(), t.capitalDeployed());
            }
            totals = t;
            valuedPrice = null;
        }

        /** Values the open stock at {@code price}: market value (shares × price at money scale), then unrealized. */
        void value(BigDecimal price) {
            if (price != valuedPrice) {
                marketValue = Decimals.multiply(shares, price, Decimals.MONEY_SCALE);
                unrealized = marketValue.subtract(totalCost);
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

    private static final BigDecimal ZERO_PRICE = Decimals.price(BigDecimal.ZERO);
}
