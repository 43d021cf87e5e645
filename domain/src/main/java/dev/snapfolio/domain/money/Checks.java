package dev.snapfolio.domain.money;

import java.math.BigDecimal;

/** Field checks for creation paths; each failure names the field. Returns the value normalized. */
public final class Checks {
    private Checks() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    public static BigDecimal positiveMoney(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() <= 0) {
            throw new ValidationException(field, "must be > 0, got " + value.toPlainString());
        }
        return Decimals.money(value);
    }

    public static BigDecimal nonNegativeMoney(String field, BigDecimal value) {
        if (value == null) {
            return Decimals.ZERO_MONEY;
        }
        if (value.signum() < 0) {
            throw new ValidationException(field, "must be >= 0, got " + value.toPlainString());
        }
        return Decimals.money(value);
    }

    public static BigDecimal nonZeroMoney(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() == 0) {
            throw new ValidationException(field, "must not be 0");
        }
        return Decimals.money(value);
    }

    public static BigDecimal positiveQuantity(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() <= 0) {
            throw new ValidationException(field, "must be > 0, got " + value.toPlainString());
        }
        BigDecimal scaled = Decimals.quantity(value);
        if (scaled.signum() <= 0) {
            throw new ValidationException(field, "must be > 0 at 8 decimals, got " + value.toPlainString());
        }
        return scaled;
    }

    public static BigDecimal nonNegativePrice(String field, BigDecimal value) {
        if (value == null) {
            return Decimals.price(BigDecimal.ZERO);
        }
        if (value.signum() < 0) {
            throw new ValidationException(field, "must be >= 0, got " + value.toPlainString());
        }
        return Decimals.price(value);
    }

    public static BigDecimal positivePrice(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() <= 0) {
            throw new ValidationException(field, "must be > 0, got " + value.toPlainString());
        }
        return Decimals.price(value);
    }
}
