package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An option contract: underlying, call or put, strike (scale 6, so 7 equals 7.00), expiration and
 * multiplier (the deliverable: shares per contract, usually 100; scale 8, since a contract adjusted
 * for a 3:2 or a reverse split delivers 150 or 33.33333333 shares, DESIGN §3.3).
 */
public record OptionContract(Ticker underlying, OptionType type, BigDecimal strike, LocalDate expiration,
        BigDecimal multiplier) implements Comparable<OptionContract> {
    private static final BigDecimal STANDARD_MULTIPLIER = Decimals.quantity(BigDecimal.valueOf(100));

    private static final Pattern OCC = Pattern.compile("^\\s*([A-Z0-9./]{1,6})\\s*(\\d{6})([CP])(\\d{8})\\s*$");
    private static final DateTimeFormatter OCC_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    public OptionContract {
        Checks.required("underlying", underlying);
        Checks.required("callPut", type);
        strike = Checks.positivePrice("strike", strike);
        Checks.date("expiration", expiration);
        Checks.required("multiplier", multiplier);
        if (multiplier.signum() <= 0) {
            throw new ValidationException("multiplier", "must be > 0, got " + multiplier.toPlainString());
        }
        multiplier = Decimals.quantity(multiplier);
    }

    /** A contract with a whole multiplier (100 for a standard contract). */
    public OptionContract(Ticker underlying, OptionType type, BigDecimal strike, LocalDate expiration, int multiplier) {
        this(underlying, type, strike, expiration, BigDecimal.valueOf(multiplier));
    }

    public static OptionContract of(String underlying, OptionType type, String strike, LocalDate expiration) {
        return new OptionContract(Ticker.of(underlying), type, new BigDecimal(strike), expiration, 100);
    }

    public OptionContract withStrike(BigDecimal newStrike) {
        return new OptionContract(underlying, type, newStrike, expiration, multiplier);
    }

    public OptionContract withMultiplier(BigDecimal newMultiplier) {
        return new OptionContract(underlying, type, strike, expiration, newMultiplier);
    }

    /** The multiplier as written: {@code 100}, {@code 150}, {@code 33.33333333}. */
    public String multiplierText() {
        return multiplier.stripTrailingZeros().toPlainString();
    }

    /** Parses an OCC symbol such as {@code SOFI  240510P00006500} (multiplier 100). */
    public static OptionContract parseOcc(String symbol) {
        Matcher m = OCC.matcher(symbol == null ? "" : symbol.toUpperCase());
        if (!m.matches()) {
            throw new ValidationException("symbol", "is not an OCC option symbol: '" + symbol + "'");
        }
        LocalDate expiration;
        try {
            expiration = LocalDate.parse(m.group(2), OCC_DATE);
        } catch (DateTimeParseException e) {
            throw new ValidationException("symbol", "has a bad expiration date: '" + symbol + "'");
        }
        BigDecimal strike = new BigDecimal(m.group(4)).movePointLeft(3);
        return new OptionContract(Ticker.of(m.group(1)), m.group(3).equals("C") ? OptionType.CALL : OptionType.PUT,
                strike, expiration, 100);
    }

    /** The OCC symbol: root padded to 6, yyMMdd, C/P, strike × 1000 in 8 digits. */
    public String occSymbol() {
        String root = String.format("%-6s", underlying.symbol());
        String strikeDigits = String.format("%08d", strike.movePointRight(3).setScale(0, Decimals.ROUNDING).longValueExact());
        return root + expiration.format(OCC_DATE) + (type == OptionType.CALL ? "C" : "P") + strikeDigits;
    }

    @Override
    public int compareTo(OptionContract other) {
        // Underlying, expiration, type, strike, multiplier; written out because contract books are
        // looked up for every option movement.
        int c = underlying.compareTo(other.underlying);
        if (c != 0) {
            return c;
        }
        c = expiration.compareTo(other.expiration);
        if (c != 0) {
            return c;
        }
        c = type.compareTo(other.type);
        if (c != 0) {
            return c;
        }
        c = strike.compareTo(other.strike);
        return c != 0 ? c : multiplier.compareTo(other.multiplier);
    }

    @Override
    public String toString() {
        return underlying + " " + expiration + " " + type + " " + strike.stripTrailingZeros().toPlainString()
                + (multiplier.compareTo(STANDARD_MULTIPLIER) == 0 ? "" : " x" + multiplierText());
    }
}
