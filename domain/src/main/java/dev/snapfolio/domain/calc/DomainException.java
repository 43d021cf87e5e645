package dev.snapfolio.domain.calc;

import java.time.LocalDate;

/**
 * A movement that cannot be applied to the account's state (DESIGN §3.3): an opposite open on a
 * contract with open lots, a close or event for more than is open, ASSIGNED on a long, EXERCISED
 * on a short, SECURITY_OUT beyond the holding. Names the movement and the date.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long movementId;
    private final LocalDate date;

    public DomainException(long movementId, String movementDescription, LocalDate date, String problem) {
        super(movementDescription + ": " + problem);
        this.movementId = movementId;
        this.date = date;
    }

    /** The movement's id (0 when not stored yet). */
    public long movementId() {
        return movementId;
    }

    public LocalDate date() {
        return date;
    }
}
