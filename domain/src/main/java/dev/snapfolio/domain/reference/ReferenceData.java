package dev.snapfolio.domain.reference;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Prices and splits as the calculator sees them. Implementations are immutable. */
public interface ReferenceData {

    /** The latest close of the ticker in the currency dated on or before {@code date}, as stored (not split-adjusted). */
    Optional<Price> latestPrice(Ticker ticker, Currency currency, LocalDate date);

    /** Splits of the ticker dated in (afterExclusive, toInclusive], oldest first. */
    List<Split> splits(Ticker ticker, LocalDate afterExclusive, LocalDate toInclusive);

    /** The earliest split date after {@code afterExclusive} among the given tickers, if any. */
    Optional<LocalDate> nextSplitDate(Collection<Ticker> tickers, LocalDate afterExclusive);

    /**
     * A date on or before the earliest split of any ticker dated after {@code afterExclusive}, or
     * empty when there is none. It lets a day without any split skip asking per held ticker; an
     * implementation that cannot tell cheaply keeps this default (the next day: "maybe").
     */
    default Optional<LocalDate> earliestSplitOnOrAfter(LocalDate afterExclusive) {
        return Optional.of(afterExclusive.plusDays(1));
    }

    /**
     * The latest close on or before {@code date}, split-adjusted to {@code date}: a price dated before
     * a split is divided by the ratios of the splits in (priceDate, date] (DESIGN §3.3). Scale 6.
     */
    default Optional<BigDecimal> adjustedClose(Ticker ticker, Currency currency, LocalDate date) {
        Optional<Price> price = latestPrice(ticker, currency, date);
        if (price.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal close = price.get().close();
        List<Split> later = splits(ticker, price.get().date(), date);
        if (later.isEmpty()) {
            return Optional.of(close);
        }
        BigDecimal numerators = BigDecimal.ONE;
        BigDecimal denominators = BigDecimal.ONE;
        for (Split split : later) {
            numerators = numerators.multiply(split.ratio().numeratorValue());
            denominators = denominators.multiply(split.ratio().denominatorValue());
        }
        return Optional.of(splitAdjusted(close, numerators, denominators));
    }

    /**
     * A close divided by the product of split ratios Πn/Πd (exact products): close × Πd / Πn,
     * rounded once to price scale.
     */
    static BigDecimal splitAdjusted(BigDecimal close, BigDecimal numerators, BigDecimal denominators) {
        return Decimals.divide(close.multiply(denominators), numerators, Decimals.PRICE_SCALE);
    }

    /**
     * A reader of {@link #adjustedClose} for one ticker in one currency, for a caller that asks day
     * after day (a run walks its dates forward): the same answers, without a look-up per date where
     * the implementation can. Dates may also go backward (then it looks up again).
     */
    default CloseReader closeReader(Ticker ticker, Currency currency) {
        return date -> adjustedClose(ticker, currency, date).orElse(null);
    }

    /** See {@link #closeReader}. Not thread-safe: one reader per run. */
    @FunctionalInterface
    interface CloseReader {
        /** The adjusted close on or before {@code date} (as {@link #adjustedClose}), or null when none. */
        BigDecimal at(LocalDate date);
    }

    static ReferenceData of(Collection<Price> prices, Collection<Split> splits) {
        return new InMemoryReferenceData(prices, splits);
    }

    static ReferenceData empty() {
        return InMemoryReferenceData.EMPTY;
    }
}
