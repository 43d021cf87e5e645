package dev.snapfolio.application.service;

import static dev.snapfolio.application.testing.M.buy;
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
import dev.snapfolio.application.port.in.EditMovementUseCase.EditMovementCommand;
import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Record, edit and delete validate before they commit (DESIGN §4, issue 4 "bad input"): a change
 * that breaks the history anywhere from its change date on is rejected naming the movement and the
 * date, and nothing is written; unknown accounts and movements are clear errors.
 */
class MovementChangeValidationTest {
    private static final LocalDate TODAY = d("2024-03-01");
    private static final OptionContract PUT = put("SOFI", "6.5", "2024-02-16");

    private final FakeApplication app = new FakeApplication(TODAY);
    private final long accountId = Histories.account(app);
    private Movement opening;
    private Movement closing;

    private void optionsHistory() {
        record(deposit("2024-01-02", "1000"));
        opening = record(sellToOpen("2024-01-10", PUT, "2", "80")).movement();
        closing = record(buyToClose("2024-02-01", PUT, "2", "30")).movement();
    }

    private MovementChangeResult record(Movement movement) {
        return app.recordMovement.record(new RecordMovementCommand(accountId, movement));
    }

    /** Everything a rejected change must leave as it was. */
    private record Everything(List<Movement> movements, StoredSnapshots rows, int runs, Object marks) {
    }

    private Everything everything() {
        return new Everything(app.movementQueries.list(accountId, null, null), app.store.everything(accountId),
                app.runLog.findAll().size(), app.dirtyMarks.findAll());
    }

    @Test
    void recordedMovementIsStoredProcessedAndReturned() {
        MovementChangeResult result = record(deposit("2024-01-02", "1000"));

        assertThat(result.movement().id()).isPositive();
        assertThat(result.outcome().run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(app.snapshotQueries.financials(accountId, null, null, null)).singleElement()
                .satisfies(f -> assertThat(f.deposited()).isEqualByComparingTo("1000"));
        assertThat(app.dirtyMarks.find(accountId)).isEmpty();
    }

    @Test
    void deletingAnOpeningTradeALaterCloseNeedsIsRejectedNamingTheCloseAndItsDate() {
        optionsHistory();
        Everything before = everything();

        assertThatThrownBy(() -> app.deleteMovement.delete(new DeleteMovementCommand(accountId, opening.id())))
                .isInstanceOfSatisfying(ChangeRejectedException.class, e -> {
                    assertThat(e.date()).isEqualTo(d("2024-02-01"));
                    assertThat(e.getMessage()).contains("cannot delete movement #" + opening.id())
                            .contains("#" + closing.id()).contains("2024-02-01");
                });
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void recordingACloseWithNothingOpenIsRejectedNamingTheNewMovement() {
        optionsHistory();
        Everything before = everything();

        assertThatThrownBy(() -> record(buyToClose("2024-02-05", PUT, "1", "10")))
                .isInstanceOfSatisfying(ChangeRejectedException.class, e -> {
                    assertThat(e.date()).isEqualTo(d("2024-02-05"));
                    assertThat(e.getMessage()).contains("cannot record movement OPTION_TRADE")
                            .contains("the new movement").contains("2024-02-05")
                            .doesNotContain("#" + (closing.id() + 1));
                });
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aDepositWhoseCumulativeTotalWouldNotFitTheDatabaseIsRejectedNamingItAndItsDate() {
        record(deposit("2024-01-02", "900000000000000000"));
        Everything before = everything();

        // each amount fits DECIMAL(24,6); their sum, the snapshot's "deposited", does not
        assertThatThrownBy(() -> record(deposit("2024-01-05", "200000000000000000")))
                .isInstanceOfSatisfying(ChangeRejectedException.class, e -> {
                    assertThat(e.date()).isEqualTo(d("2024-01-05"));
                    assertThat(e.getMessage()).startsWith("cannot record movement DEPOSIT on 2024-01-05")
                            .contains("deposited of USD on 2024-01-05").contains("the new movement");
                });
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aTradeWhoseCostAddsUpBeyondTheDatabaseIsRejected() {
        record(deposit("2024-01-02", "1000"));
        record(buy("2024-01-03", "AAPL", "9000000000", "99999999"));
        Everything before = everything();

        assertThatThrownBy(() -> record(buy("2024-01-04", "AAPL", "9000000000", "99999999")))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessageContaining("on 2024-01-04");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void editMovingAnOpenAfterItsCloseIsRejected() {
        optionsHistory();
        Everything before = everything();
        Movement late = Movement.of(accountId, d("2024-02-10").atTime(10, 0), Currency.USD, opening.detail());

        assertThatThrownBy(() -> app.editMovement.edit(new EditMovementCommand(accountId, opening.id(), late)))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessageContaining("cannot edit movement #" + opening.id());
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void editKeepsTheIdAndSourceKeyAndReprocessesFromTheEarlierDate() {
        Movement stored = record(deposit("2024-01-20", "100").withSourceKey("row-1")).movement();
        record(deposit("2024-01-25", "50"));
        Movement earlier = deposit("2024-01-05", "100");

        MovementChangeResult result = app.editMovement.edit(new EditMovementCommand(accountId, stored.id(), earlier));

        assertThat(result.movement().id()).isEqualTo(stored.id());
        assertThat(result.movement().sourceKey()).isEqualTo("row-1");
        assertThat(result.outcome().run().fromDate()).isEqualTo(d("2024-01-05"));
        assertThat(app.snapshotQueries.financials(accountId, null, null, null))
                .extracting(f -> f.date().toString()).containsExactly("2024-01-05", "2024-01-25");
        Histories.assertVerifiesClean(app, accountId, "after an edit");
    }

    @Test
    void deleteRemovesTheMovementAndItsRows() {
        Movement only = record(deposit("2024-01-20", "100")).movement();

        MovementChangeResult result = app.deleteMovement.delete(new DeleteMovementCommand(accountId, only.id()));

        assertThat(result.movement()).isEqualTo(only);
        assertThat(app.movementQueries.list(accountId, null, null)).isEmpty();
        assertThat(app.store.everything(accountId).financials()).isEmpty();
        assertThat(app.store.everything(accountId).states()).isEmpty();
    }

    @Test
    void unknownAccountOrMovementIsNotFound() {
        record(deposit("2024-01-02", "10"));
        Everything before = everything();
        long otherAccount = app.createAccount.create(
                new dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand("other", null, null)).id();
        Movement foreign = app.recordMovement.record(new RecordMovementCommand(otherAccount, deposit("2024-01-02", "5")))
                .movement();

        assertThatThrownBy(() -> app.recordMovement.record(new RecordMovementCommand(999, deposit("2024-01-02", "1"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("account #999");
        assertThatThrownBy(() -> app.deleteMovement.delete(new DeleteMovementCommand(accountId, 4242)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("movement #4242");
        assertThatThrownBy(() -> app.editMovement.edit(new EditMovementCommand(accountId, foreign.id(),
                deposit("2024-01-03", "1")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.deleteMovement.delete(new DeleteMovementCommand(accountId, foreign.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(app.movementQueries.list(accountId, null, null)).isEqualTo(before.movements());
        assertThatThrownBy(() -> app.snapshotQueries.financials(999, null, null, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void movementDatedAfterTomorrowIsRejectedNamingTheDate() {
        Everything before = everything();

        assertThatThrownBy(() -> record(deposit(TODAY.plusDays(2).toString(), "10")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.getMessage()).contains(TODAY.plusDays(1).toString());
                });
        assertThat(everything()).isEqualTo(before);
        assertThat(record(deposit(TODAY.plusDays(1).toString(), "10")).movement().id()).isPositive();
    }

    @Test
    void commandsWithMissingOrInvalidFieldsNameTheField() {
        assertThatThrownBy(() -> new RecordMovementCommand(accountId, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("movement"));
        assertThatThrownBy(() -> new RecordMovementCommand(accountId, deposit("2024-01-02", "1").withId(5)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("id"));
        assertThatThrownBy(() -> new DeleteMovementCommand(accountId, 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("movementId"));
        assertThatThrownBy(() -> new EditMovementCommand(accountId, 3, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("replacement"));
        assertThatThrownBy(() -> new Deposit(new BigDecimal("-5")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThat(app.runLog.findAll()).isEmpty();
    }

    @Test
    void validationStartsAtTheDirtyMarkWhenEarlier() {
        record(buy("2024-01-05", "AAA", "10", "5"));
        // A deferred change left the account dirty from Jan 3 and its stored rows stale from there.
        app.dirtyMarks.markDirty(accountId, d("2024-01-03"));
        app.movements.insert(deposit("2024-01-03", "500").withAccount(accountId));

        MovementChangeResult result = record(deposit("2024-01-20", "1"));

        assertThat(result.outcome().run().fromDate()).isEqualTo(d("2024-01-03"));
        Histories.assertVerifiesClean(app, accountId, "after catching up");
    }
}
