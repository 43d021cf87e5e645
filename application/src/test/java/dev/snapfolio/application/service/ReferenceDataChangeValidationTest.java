package dev.snapfolio.application.service;

import static dev.snapfolio.application.testing.M.buy;
import static dev.snapfolio.application.testing.M.d;
import static dev.snapfolio.application.testing.M.deposit;
import static dev.snapfolio.application.testing.M.movement;
import static dev.snapfolio.application.testing.M.sell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.DeleteSplitUseCase.DeleteSplitCommand;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.in.RecordPricesUseCase.ReferenceDataResult;
import dev.snapfolio.application.port.in.RecordSplitsUseCase.RecordSplitsCommand;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.SecurityIn;
import dev.snapfolio.domain.movement.SecurityOut;
import dev.snapfolio.domain.reference.Split;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Splits are shared by every account: a split change is applied in memory to the history of every
 * account trading the ticker first, and refused naming the account, movement and date when one
 * would break (DESIGN §4, §9), unless allowed.
 */
class ReferenceDataChangeValidationTest {
    private static final Ticker PFE = Ticker.of("PFE");

    private final FakeApplication app = new FakeApplication(d("2024-06-01"));
    private final long moved = account("moved");
    private final long traded = account("traded");

    private long account(String name) {
        return app.createAccount.create(new CreateAccountCommand(name, null, Currency.USD)).id();
    }

    private void record(long accountId, Movement movement) {
        app.recordMovement.record(new RecordMovementCommand(accountId, movement));
    }

    private void histories() {
        record(moved, movement("2024-01-02", Currency.USD, new SecurityIn(PFE, new BigDecimal("10"), new BigDecimal("20"))));
        record(moved, movement("2024-03-01", Currency.USD, new SecurityOut(PFE, new BigDecimal("10"), null)));
        record(traded, deposit("2024-01-02", "1000"));
        record(traded, buy("2024-01-03", "PFE", "4", "20"));
        record(traded, sell("2024-04-01", "PFE", "4", "25"));
    }

    private static Split split(String date, String ratio) {
        return new Split(PFE, LocalDate.parse(date), new BigDecimal(ratio));
    }

    @Test
    void aSplitThatWouldBreakOneAccountIsRefusedNamingItsMovementAndDateAndNothingIsWritten() {
        histories();
        Object marks = app.dirtyMarks.findAll();

        assertThatThrownBy(() -> app.recordSplits.recordSplits(new RecordSplitsCommand(List.of(split("2024-02-01", "0.5")))))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessageContaining("cannot record split PFE on 2024-02-01 (ratio 1:2)")
                .hasMessageContaining("it would make account")
                .hasMessageContaining("(#" + moved + ") invalid")
                .hasMessageContaining("SECURITY_OUT")
                .hasMessageContaining("2024-03-01")
                .hasMessageNotContaining("#" + traded + ")");
        assertThat(app.referenceData.findSplits(PFE)).isEmpty();
        assertThat(app.dirtyMarks.findAll()).isEqualTo(marks);
    }

    @Test
    void allowedItIsRecordedAndTheBrokenAccountIsReportedWhileEveryTradingAccountIsMarked() {
        histories();

        ReferenceDataResult result = app.recordSplits.recordSplits(
                new RecordSplitsCommand(List.of(split("2024-02-01", "0.5")), true));

        assertThat(result.invalidAccounts()).singleElement().asString().contains("(#" + moved + ")", "SECURITY_OUT");
        assertThat(result.accountsMarkedDirty()).containsExactlyInAnyOrder(moved, traded);
        assertThat(app.referenceData.findSplits(PFE)).containsExactly(split("2024-02-01", "0.5"));
        assertThat(app.dirtyMarks.find(moved).orElseThrow().dirtyFrom()).isEqualTo(d("2024-02-01"));
    }

    @Test
    void deletingASplitIsValidatedToo_andAMissingOneIsNotFound() {
        // The history depends on the split: 4 shares become 8, and 8 are sold.
        record(traded, deposit("2024-01-02", "1000"));
        app.recordSplits.recordSplits(new RecordSplitsCommand(List.of(split("2024-02-01", "2"))));
        record(traded, buy("2024-01-03", "PFE", "4", "20"));
        record(traded, movement("2024-04-01", Currency.USD, new SecurityOut(PFE, new BigDecimal("8"), null)));

        assertThatThrownBy(() -> app.recordSplits.deleteSplit(new DeleteSplitCommand(PFE, d("2024-02-01"), false)))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessageContaining("cannot delete split PFE on 2024-02-01")
                .hasMessageContaining("2024-04-01");
        assertThat(app.referenceData.findSplits(PFE)).hasSize(1);
        assertThatThrownBy(() -> app.recordSplits.deleteSplit(new DeleteSplitCommand(PFE, d("2024-02-02"), false)))
                .isInstanceOf(NotFoundException.class).hasMessage("no split of PFE on 2024-02-02");
    }

    @Test
    void aValidSplitMarksOnlyTheAccountsTradingTheTickerFromItsDate() {
        histories();
        long other = account("other");
        record(other, buy("2024-01-03", "MSFT", "1", "300"));

        ReferenceDataResult result = app.recordSplits.recordSplits(new RecordSplitsCommand(List.of(split("2024-05-01", "2"))));

        assertThat(result.invalidAccounts()).isEmpty();
        assertThat(result.accountsMarkedDirty()).containsExactlyInAnyOrder(moved, traded);
        assertThat(app.dirtyMarks.find(other)).isEmpty();
        assertThat(app.dirtyMarks.find(traded).orElseThrow().dirtyFrom()).isEqualTo(d("2024-05-01"));
    }
}
