package dev.snapfolio.domain.money;

import java.util.Locale;

/** A security symbol (stock, ETF, or an option's underlying), trimmed and upper case. */
public record Ticker(String symbol) implements Comparable<Ticker> {
    public Ticker {
        if (symbol == null || symbol.isBlank()) {
            throw new ValidationException("ticker", "must not be blank");
        }
        symbol = symbol.trim().toUpperCase(Locale.ROOT);
        Checks.text("ticker", symbol, 32);
    }

    public static Ticker of(String symbol) {
        return new Ticker(symbol);
    }

    @Override
    public int compareTo(Ticker other) {
        return symbol.compareTo(other.symbol);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
