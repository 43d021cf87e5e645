package dev.snapfolio.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.snapshot.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run record is built by named steps; each step fills its own fields and a step not taken leaves them empty. */
class RunRecordTest {
    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void eachStepFillsTheFieldsItNames() {
        Map<Scenario, Integer> rows = new HashMap<>(Map.of(Scenario.A, 2, Scenario.E, 1));
        RunRecord run = RunRecord.started(7, Trigger.IMPORT, Strategy.AUTO, AT)
                .used(Strategy.PER_DATE, "AUTO: 3 dates to visit <= 5")
                .fellBack(FallbackReason.TIMEOUT)
                .range(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 3, 1))
                .processed(3, 9, rows)
                .timings(10, 20, 30, 70)
                .queries(12)
                .ended(RunStatus.FELL_BACK, "lock wait");
        rows.put(Scenario.B, 5);

        assertThat(run).isEqualTo(new RunRecord(0, 7, Trigger.IMPORT, Strategy.AUTO, Strategy.PER_DATE,
                "AUTO: 3 dates to visit <= 5", FallbackReason.TIMEOUT, LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 3, 1), 3, Map.of(Scenario.A, 2, Scenario.E, 1), 9, 10, 20, 30, 70, 12,
                RunStatus.FELL_BACK, "lock wait", AT));
        assertThat(run.rows(Scenario.B)).as("the rows are copied when the record is built").isZero();
        assertThat(run.withId(41).id()).isEqualTo(41);
    }

    @Test
    void stepsNotTakenLeaveTheirFieldsEmpty() {
        RunRecord deferred = RunRecord.started(7, Trigger.EDIT, Strategy.BATCH, AT).ended(RunStatus.DEFERRED, null);

        assertThat(deferred).isEqualTo(new RunRecord(0, 7, Trigger.EDIT, Strategy.BATCH, null, null, null, null, null,
                0, Map.of(), 0, 0, 0, 0, 0, 0, RunStatus.DEFERRED, null, AT));
    }
}
