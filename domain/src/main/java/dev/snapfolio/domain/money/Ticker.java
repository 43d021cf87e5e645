package dev.snapfolio.domain.money;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A security symbol (stock, ETF, or an option's underlying), trimmed and upper case.
 *
 * <p>Symbols starting with {@code DEMO:} or {@code DEMO<n>:} (e.g. {@code DEMO:AAPL},
 * {@code DEMO2:AAPL}) are reserved for the data {@code snapfolio demo} generates: no broker uses a
 * colon in a symbol, so the demo's prices and splits can never be a real account's, and recording
 * real data under such a symbol is refused.
 */
public record Ticker(String symbol) implements Comparable<Ticker> {
    private static final Pattern DEMO = Pattern.compile("DEMO[0-9]*:.+");

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

    /** The demo's symbol {@code DEMO<tag>:<symbol>} ({@code tag} empty or digits). */
    public static Ticker demo(String tag, String symbol) {
        return new Ticker("DEMO" + tag + ":" + symbol);
    }

    /** True for the symbols reserved for the demo's generated data. */
    public boolean reservedForDemo() {
        return DEMO.matcher(symbol).matches();
    }

    /** Refuses a symbol reserved for the demo, for data a user records. */
    public Ticker requireReal() {
        if (reservedForDemo()) {
            throw new ValidationException("ticker", "'" + symbol + "' is reserved for the demo's generated data "
                    + "(symbols starting with DEMO: or DEMO<n>:)");
        }
        return this;
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
