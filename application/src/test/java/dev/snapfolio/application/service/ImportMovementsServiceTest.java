package dev.snapfolio.application.service;

import static dev.snapfolio.application.testing.M.buyToClose;
import static dev.snapfolio.application.testing.M.d;
import static dev.snapfolio.application.testing.M.deposit;
import static dev.snapfolio.application.testing.M.put;
import static dev.snapfolio.application.testing.M.sellToOpen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.in.DeleteMovementUseCase.DeleteMovementCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportResult;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionContract;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imports are atomic, idempotent by source key, validated as a whole, and processed with trigger IMPORT. */
class ImportMovementsServiceTest {
    private static final LocalDate TODAY = d("2024-03-01");
    private static final OptionContract PUT = put("SOFI", "6.5", "2024-02-16");

    private final FakeApplication app = new FakeApplication(TODAY);
    private final long accountId = Histories.account(app);

    private static ImportRow row(Movement movement, String key, int line) {
        return new ImportRow(movement.withSourceKey(key), "trades.csv:" + line);
    }

    private ImportResult importRows(boolean allowOrphanCloses, ImportRow... rows) {
        return app.importMovements.importMovements(
                new ImportMovementsCommand(accountId, "trades.csv", List.of(rows), allowOrphanCloses));
    }

    @Test
    void importStoresEveryRowInOrderAndRunsOnce() {
        ImportResult result = importRows(false,
                row(deposit("2024-01-02", "1000"), "a", 2),
                row(sellToOpen("2024-01-10", PUT, "2", "80"), "b", 3),
                row(buyToClose("2024-02-01", PUT, "2", "30"), "c", 4));

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.added()).isEqualTo(3);
        assertThat(result.duplicates()).isZero();
        assertThat(result.outcome()).hasValueSatisfying(o -> {
            assertThat(o.run().trigger()).isEqualTo(Trigger.IMPORT);
            assertThat(o.run().used()).isEqualTo(Strategy.BATCH);
            assertThat(o.run().movements()).isEqualTo(3);
        });
        assertThat(app.movementQueries.list(accountId, null, null)).extracting(Movement::sourceKey)
                .containsExactly("a", "b", "c");
        assertThat(app.runLog.findAll()).hasSize(1);
        Histories.assertVerifiesClean(app, accountId, "import");
    }

    @Test
    void reimportSkipsRowsAlreadyThereAndAddsOnlyNewOnes() {
        importRows(false, row(deposit("2024-01-02", "1000"), "a", 2), row(deposit("2024-01-03", "5"), "b", 3));

        ImportResult again = importRows(false, row(deposit("2024-01-02", "1000"), "a", 2),
                row(deposit("2024-01-03", "5"), "b", 3), row(deposit("2024-01-04", "7"), "c", 4));
        ImportResult nothingNew = importRows(false, row(deposit("2024-01-02", "1000"), "a", 2));

        assertThat(again.added()).isEqualTo(1);
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(again.outcome()).hasValueSatisfying(o -> assertThat(o.run().fromDate()).isEqualTo(d("2024-01-04")));
        assertThat(nothingNew.added()).isZero();
        assertThat(nothingNew.outcome()).isEmpty();
        assertThat(app.movementQueries.list(accountId, null, null)).hasSize(3);
    }

    @Test
    void reimportAfterAProcessKilledPastItsCommitProcessesThePendingDirtyMark() {
        // What a process killed right after the import's transaction leaves: the rows and the mark, no run.
        List<Movement> stored = app.movements.insertAll(List.of(deposit("2024-01-02", "1000").withSourceKey("a")
                .withAccount(accountId), deposit("2024-01-03", "5").withSourceKey("b").withAccount(accountId)));
        app.dirtyMarks.markDirty(accountId, d("2024-01-02"));
        assertThat(stored).hasSize(2);

        ImportResult again = importRows(false, row(deposit("2024-01-02", "1000"), "a", 2),
                row(deposit("2024-01-03", "5"), "b", 3));

        assertThat(again.added()).isZero();
        assertThat(again.outcome()).hasValueSatisfying(o -> {
            assertThat(o.run().trigger()).isEqualTo(Trigger.IMPORT);
            assertThat(o.run().status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(o.run().fromDate()).isEqualTo(d("2024-01-02"));
        });
        assertThat(app.dirtyMarks.find(accountId)).isEmpty();
        Histories.assertVerifiesClean(app, accountId, "import re-run after a kill");
    }

    @Test
    void aRowThatBreaksTheHistoryRejectsTheWholeImportNamingItsLocationAndDate() {
        importRows(false, row(deposit("2024-01-02", "1000"), "a", 2));
        List<Movement> before = app.movementQueries.list(accountId, null, null);
        int runs = app.runLog.findAll().size();

        assertThatThrownBy(() -> importRows(false,
                row(deposit("2024-01-05", "10"), "b", 2),
                row(buyToClose("2024-02-01", PUT, "1", "30"), "c", 3),
                row(deposit("2024-02-05", "10"), "d", 4)))
                .isInstanceOfSatisfying(ChangeRejectedException.class, e -> {
                    assertThat(e.date()).isEqualTo(d("2024-02-01"));
                    assertThat(e.getMessage()).startsWith("cannot import trades.csv: trades.csv:3")
                            .contains("2024-02-01");
                });
        assertThat(app.movementQueries.list(accountId, null, null)).isEqualTo(before);
        assertThat(app.runLog.findAll()).hasSize(runs);
        assertThat(app.dirtyMarks.findAll()).isEmpty();
    }

    @Test
    void aRowDatedAfterTomorrowIsRejectedNamingItsLocation() {
        assertThatThrownBy(() -> importRows(false, row(deposit("2024-01-02", "1"), "a", 2),
                row(deposit("2024-03-05", "1"), "b", 3)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("trades.csv:3");
        assertThat(app.movementQueries.list(accountId, null, null)).isEmpty();
    }

    @Test
    void orphanClosesAreAcceptedWithAWarningPerRowWhenAllowedAndStayAccepted() {
        ImportResult result = importRows(true,
                row(deposit("2024-01-02", "1000"), "a", 2),
                row(buyToClose("2024-02-01", PUT, "1", "30"), "b", 7));

        assertThat(result.added()).isEqualTo(2);
        assertThat(result.warnings()).singleElement().asString().startsWith("trades.csv:7: ");
        assertThat(result.outcome()).hasValueSatisfying(o -> assertThat(o.run().status()).isEqualTo(RunStatus.SUCCEEDED));
        // Later changes to the account are computed with the same allowance.
        Movement deposit = app.movementQueries.list(accountId, null, null).get(0);
        app.deleteMovement.delete(new DeleteMovementCommand(accountId, deposit.id()));
        app.recordMovement.record(new RecordMovementCommand(accountId, deposit("2024-01-03", "10")));
        Histories.assertVerifiesClean(app, accountId, "orphan closes");
    }

    @Test
    void orphanClosesAreRejectedUnlessAllowed() {
        assertThatThrownBy(() -> importRows(false, row(buyToClose("2024-02-01", PUT, "1", "30"), "b", 7)))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("trades.csv:7");
    }

    @Test
    void importIntoAnUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> app.importMovements.importMovements(new ImportMovementsCommand(77, "x.csv",
                List.of(row(deposit("2024-01-02", "1"), "a", 2)), false)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void rowsWithoutSourceKeyOrLocationAreRejectedByTheCommand() {
        assertThatThrownBy(() -> new ImportRow(deposit("2024-01-02", "1"), "f.csv:2"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("sourceKey"));
        assertThatThrownBy(() -> new ImportRow(deposit("2024-01-02", "1").withSourceKey("k"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("location"));
    }
}
