package dev.snapfolio.adapter.out.persistence.state;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One {@link Currency} and one {@link Ticker} per code for the rows read: a load maps tens of
 * thousands of rows naming a few dozen codes, and building (and validating) a value per row costs
 * time and heap. Both are value records, so a shared instance is indistinguishable from a new one.
 * Used by the state format and by the row readers of the persistence adapter.
 */
public final class Interned {
    // Bounded: past it, values are built per row as before, so a huge symbol set cannot grow the heap.
    private static final int LIMIT = 10_000;
    private static final ConcurrentHashMap<String, Currency> CURRENCIES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Ticker> TICKERS = new ConcurrentHashMap<>();

    private Interned() {
    }

    public static Currency currency(String code) {
        return lookUp(CURRENCIES, code, Currency::of);
    }

    public static Ticker ticker(String symbol) {
        return lookUp(TICKERS, symbol, Ticker::of);
    }

    private static <T> T lookUp(ConcurrentHashMap<String, T> cache, String key, Function<String, T> make) {
        if (key == null) {
            return make.apply(null); // the domain's own refusal
        }
        T value = cache.get(key);
        if (value == null) {
            value = Checks.restoring(() -> make.apply(key)); // stored codes load whatever they hold
            if (cache.size() < LIMIT) {
                T raced = cache.putIfAbsent(key, value);
                if (raced != null) {
                    value = raced;
                }
            }
        }
        return value;
    }
}
