package dev.snapfolio.domain.snapshot;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.CurrencyTotals;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.TickerBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an account holds at the end of a date, per currency: its open stock positions valued at the
 * latest split-adjusted close on or before the date, its open option positions (not valued, as in
 * the snapshots), and its cash and net worth ({@link SnapshotFigures#cash}). Computed from the
 * account state after the date; pure.
 */
public record Holdings(LocalDate date, List<Position> positions, List<OptionPosition> options, List<Cash> cash) {
    public Holdings {
        positions = List.copyOf(positions);
        options = List.copyOf(options);
        cash = List.copyOf(cash);
    }

    /**
     * An open stock position. {@code price}, {@code priceDate}, {@code marketValue},
     * {@code unrealizedGains} and {@code weight} are null when no close is known on or before the
     * date. {@code priceDate} is the date of the close used (its value split-adjusted to the date).
     * {@code weight} is |marketValue| / Σ |marketValue| of the currency's priced positions × 100,
     * negative for a short.
     */
    public record Position(Ticker ticker, Currency currency, BigDecimal shares, BigDecimal totalCost,
            BigDecimal costBasis, BigDecimal price, LocalDate priceDate, BigDecimal marketValue,
            BigDecimal unrealizedGains, BigDecimal weight) {
        public boolean priced() {
            return price != null;
        }
    }

    /** An open option position: contracts signed (negative when written), the net cash of its opening lots. */
    public record OptionPosition(OptionContract contract, Currency currency, BigDecimal contracts, BigDecimal openNet) {
    }

    /**
     * One currency's cash ({@link SnapshotFigures#cash}), the market value of its priced stock
     * positions, and net worth = cash + market value (options not valued; unpriced positions count 0).
     */
    public record Cash(Currency currency, BigDecimal cash, BigDecimal marketValue, BigDecimal netWorth,
            int unpricedPositions) {
    }

    /** The holdings of {@code state} (the state at the end of {@code date}) priced with {@code prices}. */
    public static Holdings of(AccountState state, LocalDate date, ReferenceData prices) {
        Map<Currency, List<Position>> byCurrency = new TreeMap<>();
        Map<Currency, BigDecimal> tradeCosts = new TreeMap<>();
        Map<Currency, BigDecimal> openStockCost = new TreeMap<>();
        Map<Currency, BigDecimal> openOptionNet = new TreeMap<>();
        for (Map.Entry<PositionKey, TickerBook> entry : state.tickers().entrySet()) {
            PositionKey key = entry.getKey();
            TickerBook book = entry.getValue();
            tradeCosts.merge(key.currency(), book.totals().commissions().add(book.totals().fees()), BigDecimal::add);
            if (!book.isOpen()) {
                continue;
            }
            openStockCost.merge(key.currency(), book.totalCost(), BigDecimal::add);
            BigDecimal shares = book.shares();
            BigDecimal invested = book.invested();
            BigDecimal costBasis = SnapshotFigures.costBasis(invested, shares.abs());
            Optional<BigDecimal> close = prices.adjustedClose(key.ticker(), key.currency(), date);
            Position position;
            if (close.isPresent()) {
                LocalDate priceDate = prices.latestPrice(key.ticker(), key.currency(), date).map(Price::date).orElse(null);
                BigDecimal value = SnapshotFigures.marketValue(shares, close.get());
                position = new Position(key.ticker(), key.currency(), shares, book.totalCost(), costBasis, close.get(),
                        priceDate, value, SnapshotFigures.unrealizedGains(value, book.totalCost()), null);
            } else {
                position = new Position(key.ticker(), key.currency(), shares, book.totalCost(), costBasis, null, null,
                        null, null, null);
            }
            byCurrency.computeIfAbsent(key.currency(), c -> new ArrayList<>()).add(position);
        }
        List<OptionPosition> options = new ArrayList<>();
        for (Map.Entry<ContractKey, ContractBook> entry : state.contracts().entrySet()) {
            ContractBook book = entry.getValue();
            BigDecimal contracts = book.isShort() ? book.openContracts().negate() : book.openContracts();
            options.add(new OptionPosition(entry.getKey().contract(), entry.getKey().currency(), contracts, book.totalNet()));
            openOptionNet.merge(entry.getKey().currency(), book.totalNet(), BigDecimal::add);
        }
        List<Position> positions = new ArrayList<>();
        List<Cash> cash = new ArrayList<>();
        for (Map.Entry<Currency, CurrencyTotals> entry : state.currencies().entrySet()) {
            Currency currency = entry.getKey();
            List<Position> own = byCurrency.getOrDefault(currency, List.of());
            BigDecimal gross = Decimals.ZERO_MONEY;
            BigDecimal marketValue = Decimals.ZERO_MONEY;
            int unpriced = 0;
            for (Position p : own) {
                if (p.priced()) {
                    gross = gross.add(p.marketValue().abs());
                    marketValue = marketValue.add(p.marketValue());
                } else {
                    unpriced++;
                }
            }
            for (Position p : own) {
                positions.add(p.priced() ? withWeight(p, Decimals.percentage(p.marketValue(), gross)) : p);
            }
            BigDecimal cashValue = SnapshotFigures.cash(entry.getValue(),
                    tradeCosts.getOrDefault(currency, Decimals.ZERO_MONEY),
                    openStockCost.getOrDefault(currency, Decimals.ZERO_MONEY),
                    openOptionNet.getOrDefault(currency, Decimals.ZERO_MONEY));
            cash.add(new Cash(currency, cashValue, marketValue, SnapshotFigures.netWorth(cashValue, marketValue), unpriced));
        }
        return new Holdings(date, positions, options, cash);
    }

    private static Position withWeight(Position p, BigDecimal weight) {
        return new Position(p.ticker(), p.currency(), p.shares(), p.totalCost(), p.costBasis(), p.price(), p.priceDate(),
                p.marketValue(), p.unrealizedGains(), weight);
    }

    /** The cash line of a currency, if the account has state in it. */
    public Optional<Cash> cashOf(Currency currency) {
        return cash.stream().filter(c -> c.currency().equals(currency)).findFirst();
    }
}
