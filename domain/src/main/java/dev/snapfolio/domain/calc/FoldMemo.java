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
 * One memo serves one run with one {@link ReferenceData}, dates ascending.
 */
final class FoldMemo {
    private final ReferenceData refs;
    private final Map<PositionKey, Position> positions = new HashMap<>(64);
    private SortedMap<ContractKey, ContractBook> contracts;
    private Set<PositionKey> optionPositions;
    private Set<Currency> optionCurrencies;

    FoldMemo(ReferenceData refs) {
        this.refs = refs;
    }

    Position position(PositionKey key) {
        Position p = positions.get(key);
        if (p == null) {
            p = new Position(refs.closeReader(key.ticker(), key.currency()));
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
        final CloseReader closes;
        private TickerBook book;
        BigDecimal shares;
        BigDecimal costBasis;
        BigDecimal invested;
        BigDecimal totalCost;
        BigDecimal totalIncome;
        BigDecimal performance;
        private BigDecimal valuedPrice;
        private BigDecimal marketValue;
        private BigDecimal unrealized;

        private Position(CloseReader closes) {
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
            totalIncome = t.totalIncome();
            performance = Decimals.percentage(t.realized(), t.capitalDeployed());
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
