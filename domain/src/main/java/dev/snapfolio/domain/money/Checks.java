package dev.snapfolio.domain.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Field checks for creation paths; each failure names the field. Returns the value normalized.
 *
 * <p>A number is checked <em>after</em> the rounding and within the range it is stored with
 * (DESIGN §3.1, §5): money, prices and percentages have 6 decimals and fewer than 18 integer
 * digits (DECIMAL(24,6)), quantities and contract counts 8 decimals and fewer than 16 integer
 * digits (DECIMAL(24,8)). So an amount of 0.0000001 is 0 and not "> 0", and 1e19 is refused
 * instead of failing in the database. Dates lie in {@link #EARLIEST_DATE}..{@link #LATEST_DATE};
 * texts hold no control characters (they would reach terminals and tables raw).
 *
 * <p>Values rebuilt from storage go through {@link #restoring}: they were checked when written,
 * possibly by an older and laxer version, and must load whatever they hold so that they can still
 * be listed, edited and deleted.
 */
public final class Checks {
    /** Integer digits a money, price or percentage column holds: DECIMAL(24,6). */
    public static final int MONEY_INTEGER_DIGITS = 18;
    /** Integer digits a quantity column holds: DECIMAL(24,8). */
    public static final int QUANTITY_INTEGER_DIGITS = 16;
    /**
     * The earliest date accepted. The DATE/DATETIME columns hold years 1000..9999, and the JDBC
     * driver's calendar conversion shifts dates before the Gregorian reform; no broker history
     * reaches back further than 1900.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date a DATE column holds. */
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    private static final ThreadLocal<Boolean> RESTORING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private Checks() {
    }

    /**
     * Builds a value from stored data with the range, sign and text checks off (only nulls and the
     * rounding still apply): a row written by an older version that allowed it must still load.
     * Only the persistence adapter calls this (CONVENTIONS, "rebuild from storage").
     */
    public static <T> T restoring(Supplier<T> build) {
        if (RESTORING.get()) {
            return build.get();
        }
        RESTORING.set(Boolean.TRUE);
        try {
            return build.get();
        } finally {
            RESTORING.set(Boolean.FALSE);
        }
    }

    /** Whether values are being rebuilt from storage (checks off), see {@link #restoring}. */
    public static boolean isRestoring() {
        return RESTORING.get();
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    public static BigDecimal positiveMoney(String field, BigDecimal value) {
        required(field, value);
        return positive(field, value, rounded(field, value, Decimals.MONEY_SCALE, MONEY_INTEGER_DIGITS),
                Decimals.MONEY_SCALE);
    }

    public static BigDecimal nonNegativeMoney(String field, BigDecimal value) {
        if (value == null) {
            return Decimals.ZERO_MONEY;
        }
        return nonNegative(field, value, rounded(field, value, Decimals.MONEY_SCALE, MONEY_INTEGER_DIGITS));
    }

    public static BigDecimal nonZeroMoney(String field, BigDecimal value) {
        required(field, value);
        BigDecimal scaled = rounded(field, value, Decimals.MONEY_SCALE, MONEY_INTEGER_DIGITS);
        if (scaled.signum() == 0 && !isRestoring()) {
            throw new ValidationException(field, value.signum() == 0 ? "must not be 0"
                    : "must not be 0 at " + Decimals.MONEY_SCALE + " decimals, got " + shown(value));
        }
        return scaled;
    }

    /** Any sign, at money scale and within the money column's range; null stays null. */
    public static BigDecimal money(String field, BigDecimal value) {
        return value == null ? null : rounded(field, value, Decimals.MONEY_SCALE, MONEY_INTEGER_DIGITS);
    }

    public static BigDecimal positiveQuantity(String field, BigDecimal value) {
        required(field, value);
        return positive(field, value, rounded(field, value, Decimals.QUANTITY_SCALE, QUANTITY_INTEGER_DIGITS),
                Decimals.QUANTITY_SCALE);
    }

    public static BigDecimal nonNegativePrice(String field, BigDecimal value) {
        if (value == null) {
            return Decimals.price(BigDecimal.ZERO);
        }
        return nonNegative(field, value, rounded(field, value, Decimals.PRICE_SCALE, MONEY_INTEGER_DIGITS));
    }

    public static BigDecimal positivePrice(String field, BigDecimal value) {
        required(field, value);
        return positive(field, value, rounded(field, value, Decimals.PRICE_SCALE, MONEY_INTEGER_DIGITS),
                Decimals.PRICE_SCALE);
    }

    /** A date the database stores faithfully: {@link #EARLIEST_DATE}..{@link #LATEST_DATE}. */
    public static LocalDate date(String field, LocalDate value) {
        required(field, value);
        if (!isRestoring() && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            throw new ValidationException(field, "must be between " + EARLIEST_DATE + " and " + LATEST_DATE
                    + ", got " + value);
        }
        return value;
    }

    /**
     * A free or identifying text: at most {@code maxLength} characters and no control characters
     * (a newline splits a table row, an escape sequence drives the terminal). Returns it unchanged.
     */
    public static String text(String field, String value, int maxLength) {
        return text(field, value, maxLength, false);
    }

    /**
     * Free text that may run over several lines (a broker's description): as {@link #text}, but
     * line feeds, carriage returns and tabs are kept. Output neutralises them where a line matters.
     */
    public static String multilineText(String field, String value, int maxLength) {
        return text(field, value, maxLength, true);
    }

    private static String text(String field, String value, int maxLength, boolean lineBreaks) {
        if (value == null || isRestoring()) {
            return value;
        }
        if (value.length() > maxLength) {
            throw new ValidationException(field, "must be at most " + maxLength + " characters, got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (isControl(ch) && !(lineBreaks && (ch == '\n' || ch == '\r' || ch == '\t'))) {
                throw new ValidationException(field, "must not contain control characters (found U+"
                        + String.format("%04X", (int) value.charAt(i)) + " at position " + (i + 1) + ")");
            }
        }
        return value;
    }

    /** C0 and C1 control characters and DEL: the characters that terminals interpret. */
    public static boolean isControl(char ch) {
        return ch < 0x20 || (ch >= 0x7f && ch <= 0x9f);
    }

    /**
     * {@code value} rounded HALF_EVEN to {@code scale}, refused when it (before or after the
     * rounding) has more than {@code integerDigits} integer digits. The digits are counted before
     * rounding too, so that 1e999999999 is refused without building its billion digits, and a
     * value too small to survive the rounding becomes 0 without a division by 10^(its exponent).
     */
    static BigDecimal rounded(String field, BigDecimal value, int scale, int integerDigits) {
        long digits = (long) value.precision() - value.scale();
        if (digits > integerDigits && !isRestoring()) {
            throw outOfRange(field, value, integerDigits);
        }
        if (digits <= -scale - 1L) {
            // |value| < 10^-(scale+1) < half a unit of the last place
            return BigDecimal.valueOf(0, scale);
        }
        BigDecimal scaled = value.setScale(scale, Decimals.ROUNDING);
        if ((long) scaled.precision() - scaled.scale() > integerDigits && !isRestoring()) {
            throw outOfRange(field, value, integerDigits);
        }
        return scaled;
    }

    private static BigDecimal positive(String field, BigDecimal value, BigDecimal scaled, int scale) {
        if (isRestoring()) {
            return scaled;
        }
        if (value.signum() <= 0) {
            throw new ValidationException(field, "must be > 0, got " + shown(value));
        }
        if (scaled.signum() <= 0) {
            throw new ValidationException(field, "must be > 0 at " + scale + " decimals, got " + shown(value));
        }
        return scaled;
    }

    private static BigDecimal nonNegative(String field, BigDecimal value, BigDecimal scaled) {
        if (value.signum() < 0 && !isRestoring()) {
            throw new ValidationException(field, "must be >= 0, got " + shown(value));
        }
        return scaled;
    }

    private static ValidationException outOfRange(String field, BigDecimal value, int integerDigits) {
        return new ValidationException(field, "must be less than 10^" + integerDigits
                + " in absolute value (the largest number stored), got " + shown(value));
    }

    /** The value as typed when short, in scientific notation when its plain form would be long. */
    static String shown(BigDecimal value) {
        long plainLength = Math.max((long) value.precision() - value.scale(), 1L) + Math.max(value.scale(), 0);
        return plainLength <= 40 ? value.toPlainString() : value.toString();
    }
}
