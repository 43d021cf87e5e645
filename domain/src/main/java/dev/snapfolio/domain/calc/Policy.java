package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.money.ValidationException;
import java.time.LocalDate;

/**
 * The calculator's view of the world beyond the movements: today (read once per run from the
 * clock in the configured zone), how many days after an expiration a late broker event may
 * still arrive before contracts still open expire automatically, and whether a close or event
 * with nothing open is accepted (imports of a partial history, DESIGN §4): it then realizes its
 * own net as if opened at zero, with a warning.
 */
public record Policy(LocalDate today, int expiryGraceDays, boolean allowOrphanCloses) {
    public static final int DEFAULT_EXPIRY_GRACE_DAYS = 3;

    public Policy {
        if (today == null) {
            throw new ValidationException("today", "is required");
        }
        if (expiryGraceDays < 0 || expiryGraceDays > 366) {
            throw new ValidationException("expiryGraceDays", "must be between 0 and 366, got " + expiryGraceDays);
        }
    }

    /** A strict policy: a close or event with nothing open is a domain error. */
    public Policy(LocalDate today, int expiryGraceDays) {
        this(today, expiryGraceDays, false);
    }

    public static Policy of(LocalDate today) {
        return new Policy(today, DEFAULT_EXPIRY_GRACE_DAYS);
    }

    public Policy withAllowOrphanCloses(boolean allow) {
        return new Policy(today, expiryGraceDays, allow);
    }

    public Policy withExpiryGraceDays(int graceDays) {
        return new Policy(today, graceDays, allowOrphanCloses);
    }

    /** Contracts expiring on {@code expiration} and still open are closed as expired: e + grace < today. */
    public boolean autoExpiryDue(LocalDate expiration) {
        // e + grace < today on epoch days: the same as plusDays(grace).isBefore(today), without a new date.
        return expiration.toEpochDay() + expiryGraceDays < today.toEpochDay();
    }

    /** The latest expiration whose auto-expiry is due today: every e on or before it, and no later one, is due. */
    public LocalDate lastDueExpiration() {
        return today.minusDays(expiryGraceDays + 1L);
    }

    /** Movements dated after today + 1 day are rejected. */
    public LocalDate latestAcceptedDate() {
        return today.plusDays(1);
    }
}
