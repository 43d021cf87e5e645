package dev.snapfolio.domain.money;

import java.util.Locale;
import java.util.regex.Pattern;

/** An ISO-4217 style currency code: three letters, kept upper case. Snapshots are per currency. */
public record Currency(String code) implements Comparable<Currency> {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    public static final Currency USD = new Currency("USD");
    public static final Currency EUR = new Currency("EUR");

    public Currency {
        if (code == null) {
            throw new ValidationException("currency", "is required");
        }
        code = code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException("currency", "must be a 3-letter code, got '" + code + "'");
        }
    }

    public static Currency of(String code) {
        return new Currency(code);
    }

    @Override
    public int compareTo(Currency other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
