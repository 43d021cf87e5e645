package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.money.ValidationException;
import java.time.LocalDate;

/**
 * The calculator's view of the world beyond the movements: today (read once per run from the
 * clock in the configured zone) and how many days after an expiration a late broker event may
 * still arrive before contracts still open expire automatically.
 */
public record Policy(LocalDate today, int expiryGraceDays) {
    public static final int DEFAULT_EXPIRY_GRACE_DAYS = 3;

    public Policy {
        if (today == null) {
            throw new ValidationException("today", "is required");
        }
        if (expiryGraceDays < 0 || expiryGraceDays > 366) {
            throw new ValidationException("expiryGraceDays", "must be between 0 and 366, got " + expiryGraceDays);
        }
    }

    public static Policy of(LocalDate today) {
        return new Policy(today, DEFAULT_EXPIRY_GRACE_DAYS);
    }

    /** Contracts expiring on {@code expiration} and still open are closed as expired: e + grace < today. */
    public boolean autoExpiryDue(LocalDate expiration) {
        return expiration.plusDays(expiryGraceDays).isBefore(today);
    }

    /** Movements dated after today + 1 day are rejected. */
    public LocalDate latestAcceptedDate() {
        return today.plusDays(1);
    }
}
