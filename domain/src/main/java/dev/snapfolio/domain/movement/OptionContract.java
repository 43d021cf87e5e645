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
 * multiplier (shares per contract, usually 100).
 */
public record OptionContract(Ticker underlying, OptionType type, BigDecimal strike, LocalDate expiration, int multiplier)
        implements Comparable<OptionContract> {

    private static final Pattern OCC = Pattern.compile("^\\s*([A-Z0-9./]{1,6})\\s*(\\d{6})([CP])(\\d{8})\\s*$");
    private static final DateTimeFormatter OCC_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    public OptionContract {
        Checks.required("underlying", underlying);
        Checks.required("callPut", type);
        strike = Checks.positivePrice("strike", strike);
        Checks.date("expiration", expiration);
        if (multiplier <= 0) {
            throw new ValidationException("multiplier", "must be > 0, got " + multiplier);
        }
    }

    public static OptionContract of(String underlying, OptionType type, String strike, LocalDate expiration) {
        return new OptionContract(Ticker.of(underlying), type, new BigDecimal(strike), expiration, 100);
    }

    public OptionContract withStrike(BigDecimal newStrike) {
        return new OptionContract(underlying, type, newStrike, expiration, multiplier);
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
        return c != 0 ? c : Integer.compare(multiplier, other.multiplier);
    }

    @Override
    public String toString() {
        return underlying + " " + expiration + " " + type + " " + strike.stripTrailingZeros().toPlainString()
                + (multiplier == 100 ? "" : " x" + multiplier);
    }
}
