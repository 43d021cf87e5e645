package dev.snapfolio.domain.calc;

import static dev.snapfolio.domain.testing.Movements.call;
import static dev.snapfolio.domain.testing.Movements.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.testing.FoldedHistory;
import dev.snapfolio.domain.testing.Movements;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Movements that cannot be applied are errors naming the movement and the date, never a silent zero. */
class DomainErrorsTest {
    private static final String TODAY = "2026-01-01";
    private static final OptionContract PUT = put("XYZ", "10", "2024-03-15");

    private static void failsOn(Movements m, Movement culprit, String problem) {
        assertThatThrownBy(() -> FoldedHistory.of(m.all(), TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.movementId()).isEqualTo(culprit.id());
                    assertThat(e.date()).isEqualTo(culprit.businessDate());
                    assertThat(e.getMessage()).contains("#" + culprit.id()).contains(culprit.businessDate().toString())
                            .contains(problem);
                });
    }

    @Test
    void anOpenOppositeToOpenLotsOnTheContractIsAnError() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        Movement opposite = m.on("2024-01-03").buyToOpen(PUT, "1", "20");

        failsOn(m, opposite, "opposite");
    }

    @Test
    void closingMoreContractsThanAreOpenIsAnError() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        Movement close = m.on("2024-01-03").buyToClose(PUT, "2", "20");

        failsOn(m, close, "closes 2 contracts but 1 are open");
    }

    @Test
    void closingWithNothingOpenIsAnError() {
        Movements m = Movements.account(1);
        Movement close = m.on("2024-01-03").sellToClose(call("XYZ", "30", "2024-03-15"), "1", "20");

        failsOn(m, close, "0 are open");
    }

    @Test
    void closingInTheWrongDirectionIsAnError() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        Movement close = m.on("2024-01-03").sellToClose(PUT, "1", "20");

        failsOn(m, close, "needs a long position");
    }

    @Test
    void anEventForMoreContractsThanAreOpenIsAnError() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        Movement expiry = m.on("2024-03-15").expire(PUT, "3");

        failsOn(m, expiry, "closes 3 contracts but 1 are open");
    }

    @Test
    void assignedOnALongIsAnError() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buyToOpen(PUT, "1", "50");
        Movement assigned = m.on("2024-03-15").assign(PUT, "1");

        failsOn(m, assigned, "needs a short position");
    }

    @Test
    void exercisedOnAShortIsAnError() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        Movement exercised = m.on("2024-03-15").exercise(PUT, "1");

        failsOn(m, exercised, "needs a long position");
    }

    @Test
    void securityOutBeyondTheHoldingIsAnError() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "5", "10");
        Movement out = m.on("2024-01-03").securityOut("AAPL", "6");

        failsOn(m, out, "only 5 are held");
    }

    @Test
    void securityOutOfAShortIsAnError() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sell("AAPL", "5", "10");
        Movement out = m.on("2024-01-03").securityOut("AAPL", "1");

        failsOn(m, out, "only 0 are held");
    }

    @Test
    void adjustingMoreContractsThanAreOpenIsAnError() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        Movement adjust = m.on("2024-02-01").adjust(PUT, "9", "2");

        failsOn(m, adjust, "adjusts 2 contracts but 1 are open");
    }

    @Test
    void anUnstoredMovementIsNamedWithoutAnId() {
        Movement close = Movements.account(1).on("2024-01-03").buyToClose(PUT, "1", "20").withId(0);

        assertThatThrownBy(() -> new DailyCalculator().apply(AccountState.empty(1), LocalDate.parse("2024-01-03"),
                List.of(close), ReferenceData.empty(), Policy.of(LocalDate.parse(TODAY))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.movementId()).isZero();
                    assertThat(e.getMessage()).startsWith("movement OPTION_TRADE XYZ 2024-03-15 PUT 10 on 2024-01-03");
                });
    }
}
