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
        assertThat(told).extracting(Told::phase).containsExactly(
                "importing 2 rows: checking for rows already there", "importing 2 rows: validating 2 new movements",
                "importing 2 rows: storing movements", "importing 2 rows: storing movements",
                "importing 2 rows: computing snapshots from 2024-01-02", "importing 2 rows: done");
        // steps of four, except storing, which counts the movements stored
        assertThat(told).extracting(Told::done).containsExactly(0L, 1L, 0L, 2L, 3L, 4L);
        assertThat(told).extracting(Told::total).containsExactly(4L, 4L, 2L, 2L, 4L, 4L);
    }

    @Test
    void storingALargeImportTellsTheMovementsStoredChunkByChunk() {
        int count = ServiceSupport.STORE_CHUNK * 2 + 500;
        List<Movement> history = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            history.add(deposit("2024-01-02", "1").withSourceKey("d" + i));
        }
        List<Told> told = new ArrayList<>();

        ImportResult result = app.importMovements.importMovements(new ImportMovementsCommand(accountId, "test",
                Histories.rows(history, "t.csv"), false), (phase, done, total) -> told.add(new Told(phase, done, total)));

        assertThat(result.added()).isEqualTo(count);
        List<Told> storing = told.stream().filter(t -> t.phase().endsWith("storing movements")).toList();
        assertThat(storing).extracting(Told::done).containsExactly(0L, (long) ServiceSupport.STORE_CHUNK,
                2L * ServiceSupport.STORE_CHUNK, (long) count);
        assertThat(storing).extracting(Told::total).containsOnly((long) count);
        assertThat(app.movementQueries.list(accountId, null, null)).extracting(Movement::sourceKey)
                .startsWith("d0", "d1", "d2").endsWith("d" + (count - 1)).hasSize(count);
    }

    @Test
    void theOverloadWithoutAListenerImportsTheSame() {
        ImportResult result = app.importMovements.importMovements(new ImportMovementsCommand(accountId, "test",
                Histories.rows(List.of(deposit("2024-01-02", "100").withSourceKey("a")), "t.csv"), false));

        assertThat(result.added()).isEqualTo(1);
    }
}
