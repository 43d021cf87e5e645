package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What was wrong with one movement, as a value: which movement, on which date, and the problem.
 * A warning when the calculator applied the movement only in part, as
 * {@link Policy#allowOrphanCloses()} allows (a close, event or adjustment of more contracts than
 * are open, a SECURITY_OUT of more shares than are held long: {@link DayResult#warnings()}), or a
 * SELL beyond the holding that opens a short (accepted, but often a typo); the
 * cause of a {@link DomainException} when it could not apply it. Each consumer names the movement
 * its own way (an import by file and line, a stored one by id) without rewriting text.
 *
 * @param movementId the movement's id (0 when not stored yet; a provisional id while validating)
 * @param movement what the movement is, without its id: kind, contract or ticker, business date,
 *        e.g. "OPTION_TRADE SOFI 2024-05-10 PUT 7 on 2024-01-03"
 * @param date the day it was applied on
 * @param problem what was wrong and what was done, e.g. "closes 3 contracts but 1 are open; the
 *        rest is realized as if opened at zero"
 */
public record MovementProblem(long movementId, String movement, LocalDate date, String problem) {
    public MovementProblem {
        Objects.requireNonNull(movement, "movement");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(problem, "problem");
    }

    private static final String PREFIX = "movement ";

    static MovementProblem of(Movement m, LocalDate date, String problem) {
        // Described as unstored (id 0): Movement.describe() then gives "movement " and the rest.
        String described = m.withId(0).describe();
        return new MovementProblem(m.id(), described.startsWith(PREFIX) ? described.substring(PREFIX.length()) : described,
                date, problem);
    }

    /** Named by a label of the caller's (e.g. "trades.csv:7"): "trades.csv:7: movement TRADE … on …: problem". */
    public String describeAs(String label) {
        return label + ": " + PREFIX + movement + ": " + problem;
    }

    /**
     * Named by id when it has one, as {@link Movement#describe()} names it: "movement #12 TRADE
     * AAPL on 2024-01-05: problem".
     */
    @Override
    public String toString() {
        return PREFIX + (movementId > 0 ? "#" + movementId + " " : "") + movement + ": " + problem;
    }
}
