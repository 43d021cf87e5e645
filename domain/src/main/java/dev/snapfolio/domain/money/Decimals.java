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
        BigDecimal compact = divideCompact(numerator, denominator, scale);
        if (compact != null) {
            return compact;
        }
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
     * The guarded rule of {@link #divide(BigDecimal, BigDecimal, int)} in long arithmetic, for the
     * usual case of operands with at most 18 digits: the quotient truncated to scale + guard digits
     * is the 128-bit product |n| × 10^k divided by |d| (or |n| by |d| × 10^k), the same integer
     * BigDecimal's DOWN division gives. Returns null whenever that rule would not decide (a tail of
     * 50..0 or 49..9, a quotient of 10^8 or more) or the numbers do not fit: the caller then
     * takes the BigDecimal path.
     */
    private static BigDecimal divideCompact(BigDecimal numerator, BigDecimal denominator, int scale) {
        if (numerator.precision() > 18 || denominator.precision() > 18 || denominator.signum() == 0
                || scale < 0 || scale > 18) {
            return null;
        }
        if (numerator.signum() == 0) {
            return BigDecimal.valueOf(0, scale);
        }
        long n = Math.abs(numerator.unscaledValue().longValue());
        long d = Math.abs(denominator.unscaledValue().longValue());
        // |q| = trunc(n × 10^raise / d) at scale + guard
        long raise = (long) scale + GUARD_DIGITS - numerator.scale() + denominator.scale();
        long q;
        if (raise >= 0) {
            if (raise > 18) {
                return null;
            }
            long power = LONG_TEN_POWERS[(int) raise];
            long hi = Math.multiplyHigh(n, power);
            long lo = n * power;
            if (Long.compareUnsigned(hi, d) >= 0) {
                return null;
            }
            q = divideUnsigned128(hi, lo, d);
        } else {
            if (raise < -18) {
                return null;
            }
            long power = LONG_TEN_POWERS[(int) -raise];
            if (Math.multiplyHigh(d, power) != 0 || d * power < 0) {
                return null;
            }
            q = n / (d * power);
        }
        if (q < 0 || q >= GUARDED_LIMIT) {
            return null;
        }
        long tail = q % GUARD_POWER;
        if (tail == GUARD_TIE || tail == GUARD_TIE - 1) {
            return null;
        }
        long rounded = q / GUARD_POWER + (tail > GUARD_TIE ? 1 : 0);
        return BigDecimal.valueOf(numerator.signum() * denominator.signum() < 0 ? -rounded : rounded, scale);
    }

    private static final long[] LONG_TEN_POWERS = new long[19];

    static {
        LONG_TEN_POWERS[0] = 1;
        for (int i = 1; i < LONG_TEN_POWERS.length; i++) {
            LONG_TEN_POWERS[i] = LONG_TEN_POWERS[i - 1] * 10;
        }
    }

    /**
     * (hi × 2^64 + lo) / d, all unsigned, for hi < d (the quotient fits in 64 bits): Knuth's
     * division with 32-bit digits (Hacker's Delight, divlu). Package-private for its test.
     */
    static long divideUnsigned128(long hi, long lo, long d) {
        final long base = 1L << 32;
        final long mask = base - 1;
        int shift = Long.numberOfLeadingZeros(d);
        long v = d << shift;
        long vn1 = v >>> 32;
        long vn0 = v & mask;
        long un32 = shift == 0 ? hi : (hi << shift) | (lo >>> (64 - shift));
        long un10 = lo << shift;
        long un1 = un10 >>> 32;
        long un0 = un10 & mask;
        long q1 = Long.divideUnsigned(un32, vn1);
        long rhat = un32 - q1 * vn1;
        while (Long.compareUnsigned(q1, base) >= 0 || Long.compareUnsigned(q1 * vn0, (rhat << 32) + un1) > 0) {
            q1--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, base) >= 0) {
                break;
            }
        }
        long un21 = (un32 << 32) + un1 - q1 * v;
        long q0 = Long.divideUnsigned(un21, vn1);
        rhat = un21 - q0 * vn1;
        while (Long.compareUnsigned(q0, base) >= 0 || Long.compareUnsigned(q0 * vn0, (rhat << 32) + un0) > 0) {
            q0--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, base) >= 0) {
                break;
            }
        }
        return (q1 << 32) + q0;
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
