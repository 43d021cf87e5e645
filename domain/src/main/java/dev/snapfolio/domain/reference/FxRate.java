package dev.snapfolio.domain.reference;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An exchange rate read from a close stored like a price: the ticker {@code EURUSD} in currency
 * {@code USD} is the number of USD per 1 EUR. Converting {@code from} into {@code to} uses the pair
 * {@code <to><from>} (divide by its close) or, when only that exists, the inverse pair
 * {@code <from><to>} (multiply by its close). Never guessed: no close, no rate.
 */
public record FxRate(Currency from, Currency to, Price close, boolean inverse) {

    /** The pair ticker whose close is the number of {@code quote} per 1 {@code base}, e.g. EURUSD. */
    public static Ticker pair(Currency base, Currency quote) {
        return Ticker.of(base.code() + quote.code());
    }

    /**
     * The rate to convert {@code from} into {@code to} on {@code date}: the latest close on or before
     * it of {@code <to><from>} (in {@code from}), else of {@code <from><to>} (in {@code to}).
     */
    public static Optional<FxRate> find(ReferenceData closes, Currency from, Currency to, LocalDate date) {
        Optional<Price> direct = closes.latestPrice(pair(to, from), from, date);
        if (direct.isPresent()) {
            return Optional.of(new FxRate(from, to, direct.get(), false));
        }
        return closes.latestPrice(pair(from, to), to, date).map(p -> new FxRate(from, to, p, true));
    }

    /** An amount in {@code from} in {@code to}, at money scale. */
    public BigDecimal convert(BigDecimal amount) {
        return inverse ? Decimals.multiply(amount, close.close(), Decimals.MONEY_SCALE)
                : Decimals.divide(amount, close.close(), Decimals.MONEY_SCALE);
    }

    /** Units of {@code to} per 1 {@code from}, at price scale (for display; {@link #convert} uses the close). */
    public BigDecimal rate() {
        return inverse ? close.close() : Decimals.divide(BigDecimal.ONE, close.close(), Decimals.PRICE_SCALE);
    }

    /** The date of the close used. */
    public LocalDate date() {
        return close.date();
    }
}
