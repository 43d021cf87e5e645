package dev.snapfolio.domain.reference;

import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact ratio n:d of a split: n new shares for every d held ({@code 2} or {@code 2:1} a
 * two-for-one, {@code 3:2}, {@code 1:3} a one-for-three reverse split). Kept reduced to lowest
 * terms, so {@code 4:2} is {@code 2} and equal ratios are equal values; never a rounded decimal
 * (1:3 is not 0.33333333, DESIGN §3.3). Quantities are multiplied and prices divided by the exact
 * fraction, rounded once where the figure is produced.
 */
public record SplitRatio(long numerator, long denominator) {
    /** A decimal ratio is accepted only when it is a fraction with both terms up to this (0.5, 1.5, 0.1). */
    static final long LARGEST_DECIMAL_TERM = 1000;
    private static final Pattern FRACTION = Pattern.compile("^\\s*(\\d+)\\s*[:/]\\s*(\\d+)\\s*$");

    public SplitRatio {
        if (numerator <= 0 || denominator <= 0) {
            throw new ValidationException("ratio", "must have positive terms, got " + numerator + ":" + denominator);
        }
        long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValueExact();
        numerator /= gcd;
        denominator /= gcd;
        if (numerator == denominator) {
            throw new ValidationException("ratio", "must not be 1");
        }
    }

    public static SplitRatio of(long numerator, long denominator) {
        return new SplitRatio(numerator, denominator);
    }

    /**
     * Parses {@code n:d} (or {@code n/d}) with whole terms, or a whole number {@code n} (n:1), or a
     * decimal that is an exact small fraction ({@code 0.5} is 1:2, {@code 1.5} is 3:2). A decimal
     * such as {@code 0.33333333} is refused: it is not 1:3, and the ratio must be exact.
     */
    public static SplitRatio parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("ratio", "is required (e.g. 2, 3:2 or 1:3)");
        }
        Matcher m = FRACTION.matcher(text);
        if (m.matches()) {
            return new SplitRatio(term(m.group(1), text), term(m.group(2), text));
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException("ratio", "must be n:d or a number (e.g. 2, 3:2 or 1:3), got '" + text + "'");
        }
        return of(decimal);
    }

    /** The decimal as an exact fraction; refused unless both reduced terms are at most 1000. */
    public static SplitRatio of(BigDecimal decimal) {
        if (decimal == null) {
            throw new ValidationException("ratio", "is required (e.g. 2, 3:2 or 1:3)");
        }
        if (decimal.signum() <= 0) {
            throw new ValidationException("ratio", "must be > 0, got " + decimal.toPlainString());
        }
        BigDecimal plain = decimal.stripTrailingZeros();
        BigInteger n = plain.scale() <= 0 ? plain.toBigIntegerExact() : plain.unscaledValue();
        BigInteger d = plain.scale() <= 0 ? BigInteger.ONE : BigInteger.TEN.pow(plain.scale());
        BigInteger gcd = n.gcd(d);
        n = n.divide(gcd);
        d = d.divide(gcd);
        BigInteger limit = BigInteger.valueOf(LARGEST_DECIMAL_TERM);
        if (d.compareTo(BigInteger.ONE) > 0 && (n.compareTo(limit) > 0 || d.compareTo(limit) > 0)) {
            throw new ValidationException("ratio", decimal.toPlainString()
                    + " is not an exact ratio; write it as n:d (e.g. 1:3 for a one-for-three reverse split)");
        }
        if (n.bitLength() > 62) {
            throw new ValidationException("ratio", "is too large: " + decimal.toPlainString());
        }
        return new SplitRatio(n.longValueExact(), d.longValueExact());
    }

    private static long term(String digits, String text) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new ValidationException("ratio", "has a term too large: '" + text + "'");
        }
    }

    /** n:d with d = 1: the OCC adjusts options on such a split by more contracts at a lower strike. */
    public boolean isWhole() {
        return denominator == 1;
    }

    public BigDecimal numeratorValue() {
        return BigDecimal.valueOf(numerator);
    }

    public BigDecimal denominatorValue() {
        return BigDecimal.valueOf(denominator);
    }

    /** value × n / d, rounded once to {@code scale}. */
    public BigDecimal multiply(BigDecimal value, int scale) {
        if (denominator == 1) {
            return value.multiply(numeratorValue()).setScale(scale, Decimals.ROUNDING);
        }
        return Decimals.divide(value.multiply(numeratorValue()), denominatorValue(), scale);
    }

    /** value × d / n, rounded once to {@code scale}. */
    public BigDecimal divide(BigDecimal value, int scale) {
        return Decimals.divide(value.multiply(denominatorValue()), numeratorValue(), scale);
    }

    /** As written: {@code 2} for 2:1, otherwise {@code n:d}. */
    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + ":" + denominator;
    }
}
