package dev.snapfolio.application.service;

import static dev.snapfolio.application.testing.M.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportResult;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An import tells its progress step by step, from nothing done to all done, in order. */
class ImportProgressTest {
    private final FakeApplication app = new FakeApplication(LocalDate.of(2024, 3, 1));
    private final long accountId = Histories.account(app);

    private record Told(String phase, long done, long total) {
    }

    @Test
    void anImportTellsEachStepInOrderEndingWithAllDone() {
        List<Movement> history = List.of(deposit("2024-01-02", "100").withSourceKey("a"),
                deposit("2024-01-03", "50").withSourceKey("b"));
        List<Told> told = new ArrayList<>();

        ImportResult result = app.importMovements.importMovements(new ImportMovementsCommand(accountId, "test",
                Histories.rows(history, "t.csv"), false), (phase, done, total) -> told.add(new Told(phase, done, total)));

        assertThat(result.added()).isEqualTo(2);
        assertThat(told).extracting(Told::done).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(told).extracting(Told::total).containsOnly(4L);
        assertThat(told.get(1).phase()).contains("validating 2 new movements");
        assertThat(told.get(3).phase()).contains("computing snapshots from 2024-01-02");
    }

    @Test
    void theOverloadWithoutAListenerImportsTheSame() {
        ImportResult result = app.importMovements.importMovements(new ImportMovementsCommand(accountId, "test",
                Histories.rows(List.of(deposit("2024-01-02", "100").withSourceKey("a")), "t.csv"), false));

        assertThat(result.added()).isEqualTo(1);
    }
}
