package dev.snapfolio.domain.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place that says how numbers are rounded (DESIGN §3.1). Every produced value is scaled
 * where it is made, HALF_EVEN: money 6, quantities and contract counts 8, prices and strikes 6,
 * percentages 6. Divisions use DECIMAL128 before that rounding. Never stripTrailingZeros: equality
 * of rows, state and keys relies on these normalized scales.
 */
public final class Decimals {
    public static final int MONEY_SCALE = 6;
    public static final int QUANTITY_SCALE = 8;
    public static final int PRICE_SCALE = 6;
    public static final int PERCENT_SCALE = 6;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    public static final BigDecimal ZERO_MONEY = BigDecimal.ZERO.setScale(MONEY_SCALE);
    public static final BigDecimal ZERO_QUANTITY = BigDecimal.ZERO.setScale(QUANTITY_SCALE);
    public static final BigDecimal ZERO_PERCENT = BigDecimal.ZERO.setScale(PERCENT_SCALE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int GUARD_DIGITS = 4;
    private static final long GUARD_POWER = 10_000L;
    private static final long GUARD_TIE = 5_000L;
    /** |q| < 10^8 at scale + guard ≤ 10 decimals: far inside the 34 digits of DECIMAL128. */
    private static final long GUARDED_LIMIT = 1_000_000_000_000_000_000L;

    private Decimals() {
    }

    public static BigDecimal money(BigDecimal value) {
        return value.setScale(MONEY_SCALE, ROUNDING);
    }

    public static BigDecimal money(String value) {
        return money(new BigDecimal(value));
    }

    public static BigDecimal money(long value) {
        return BigDecimal.valueOf(value).setScale(MONEY_SCALE);
    }

    public static BigDecimal quantity(BigDecimal value) {
        return value.setScale(QUANTITY_SCALE, ROUNDING);
    }

    public static BigDecimal quantity(String value) {
        return quantity(new BigDecimal(value));
    }

    public static BigDecimal price(BigDecimal value) {
        return value.setScale(PRICE_SCALE, ROUNDING);
    }

    public static BigDecimal price(String value) {
        return price(new BigDecimal(value));
    }

    public static BigDecimal percent(BigDecimal value) {
        return value.setScale(PERCENT_SCALE, ROUNDING);
    }

    /** numerator / denominator in DECIMAL128, not yet rounded to a target scale. */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, DIVISION);
    }

    /** numerator / denominator × 100, rounded to the percentage scale; 0 when the denominator is 0. */
    public static BigDecimal percentage(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0 || numerator.signum() == 0) {
            return ZERO_PERCENT;
        }
        return divide(numerator.multiply(HUNDRED), denominator, PERCENT_SCALE);
    }

    /** round6(total × part / whole): the share of a lot total that a partial close takes (DESIGN §3.1). */
    public static BigDecimal proRataMoney(BigDecimal total, BigDecimal part, BigDecimal whole) {
        return divide(total.multiply(part), whole, MONEY_SCALE);
    }

    /**
     * numerator / denominator in DECIMAL128, then rounded HALF_EVEN to {@code scale}: exactly that
     * result, computed without the slow 34-digit division whenever it provably cannot differ.
     * The quotient is first truncated to {@value #GUARD_DIGITS} guard digits beyond the scale; unless
     * those digits are 50..0 or 49..9 (q within 10^-(scale+guard) of a tie), the 34-digit rounding,
     * which moves q by less than 10^-25 for |q| < 10^8, can neither reach nor cross the tie, so
     * rounding the truncated quotient gives the same value. Otherwise it takes the DECIMAL128 path.
     */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator, int scale) {
        BigDecimal guarded = numerator.divide(denominator, scale + GUARD_DIGITS, RoundingMode.DOWN);
        BigInteger unscaled = guarded.unscaledValue();
        if (unscaled.bitLength() < 63 && Math.abs(unscaled.longValue()) < GUARDED_LIMIT) {
            long tail = Math.abs(unscaled.longValue()) % GUARD_POWER;
            if (tail != GUARD_TIE && tail != GUARD_TIE - 1) {
                return guarded.setScale(scale, ROUNDING);
            }
        }
        return numerator.divide(denominator, DIVISION).setScale(scale, ROUNDING);
    }

    /**
     * a × b rounded HALF_EVEN to {@code scale}. The product is exact before its one rounding, so
     * dropping trailing zeros of a first changes nothing but keeps the product in a long (a
     * quantity of 100 at scale 8 times a price at scale 6 would otherwise need a BigInteger).
     */
    public static BigDecimal multiply(BigDecimal a, BigDecimal b, int scale) {
        return a.stripTrailingZeros().multiply(b).setScale(scale, ROUNDING);
    }

    /** Null-safe zero default for optional money inputs; the result is at money scale. */
    public static BigDecimal moneyOrZero(BigDecimal value) {
        return value == null ? ZERO_MONEY : money(value);
    }
}
