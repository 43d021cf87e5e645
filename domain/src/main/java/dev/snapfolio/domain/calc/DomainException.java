package dev.snapfolio.domain.calc;

import java.time.LocalDate;

/**
 * A movement that cannot be applied to the account's state (DESIGN §3.3): an opposite open on a
 * contract with open lots, a close or event for more than is open, ASSIGNED on a long, EXERCISED
 * on a short, SECURITY_OUT beyond the holding. Names the movement and the date; {@link #problem()}
 * holds what was wrong as a value, so a caller that names
 * movements its own way formats it without rewriting the message.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long movementId;
    private final LocalDate date;
    private final MovementProblem problem;

    public DomainException(long movementId, String movementDescription, LocalDate date, String problem) {
        super(movementDescription + ": " + problem);
        this.movementId = movementId;
        this.date = date;
        this.problem = null;
    }

    DomainException(MovementProblem problem) {
        super(problem.toString());
        this.movementId = problem.movementId();
        this.date = problem.date();
        this.problem = problem;
    }

    /** The movement's id (0 when not stored yet). */
    public long movementId() {
        return movementId;
    }

    public LocalDate date() {
        return date;
    }

    /**
     * The movement (without id), date and problem, as a value; null when the exception was built
     * from text only.
     */
    public MovementProblem problem() {
        return problem;
    }
}
