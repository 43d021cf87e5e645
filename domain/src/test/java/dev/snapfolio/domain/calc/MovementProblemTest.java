package dev.snapfolio.domain.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.testing.Movements;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MovementProblemTest {
    private static final LocalDate DAY = LocalDate.parse("2024-01-03");

    @Test
    void namesAStoredMovementByIdAsItsDescriptionDoes() {
        Movement stored = Movements.account(1).nextId(12).on("2024-01-03").securityOut("AAA", "5");

        MovementProblem problem = MovementProblem.of(stored, DAY, "moves out 5 shares but only 0 are held long");

        assertThat(problem.movementId()).isEqualTo(12);
        assertThat(problem.date()).isEqualTo(DAY);
        assertThat(problem).hasToString(stored.describe() + ": moves out 5 shares but only 0 are held long");
    }

    @Test
    void namesAnUnstoredMovementWithoutId() {
        Movement unstored = Movements.account(1).on("2024-01-03").securityOut("AAA", "5").withId(0);

        assertThat(MovementProblem.of(unstored, DAY, "x")).hasToString(unstored.describe() + ": x");
    }

    @Test
    void aLabelReplacesTheIdWithoutRewritingText() {
        Movement stored = Movements.account(1).nextId(12).on("2024-01-03").securityOut("AAA", "5");

        MovementProblem problem = MovementProblem.of(stored, DAY, "the excess is ignored");

        assertThat(problem.describeAs("trades.csv:7"))
                .isEqualTo("trades.csv:7: movement SECURITY_OUT AAA on 2024-01-03: the excess is ignored");
    }
}
