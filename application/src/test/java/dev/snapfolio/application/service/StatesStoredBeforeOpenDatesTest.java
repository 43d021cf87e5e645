package dev.snapfolio.application.service;

import static dev.snapfolio.application.testing.M.buyToClose;
import static dev.snapfolio.application.testing.M.d;
import static dev.snapfolio.application.testing.M.deposit;
import static dev.snapfolio.application.testing.M.put;
import static dev.snapfolio.application.testing.M.sellToOpen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyCommand;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyReport;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.OptionLot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * States stored before option lots carried their open date (state format 1) after the upgrade:
 * verify takes them for what they are (the same lots, in the same order, dates unknown), not for
 * differences; a run continuing from one computes what a run from scratch computes.
 */
class StatesStoredBeforeOpenDatesTest {
    private static final LocalDate TODAY = d("2024-03-01");
    private static final OptionContract PUT = put("AAA", "10", "2024-06-21");

    private final FakeApplication app = new FakeApplication(TODAY);
    private final long accountId = Histories.account(app);

    private void record(Movement movement) {
        app.recordMovement.record(new RecordMovementCommand(accountId, movement));
    }

    private void history() {
        record(deposit("2024-01-02", "5000"));
        record(sellToOpen("2024-01-03", PUT, "1", "120"));
        record(sellToOpen("2024-01-10", PUT, "2", "90"));
    }

    /** Every stored state of the account rewritten as a version 1 text reads back: open dates unknown. */
    private List<AccountState> storeAsBeforeOpenDates() {
        List<AccountState> undated = new ArrayList<>();
        app.store.everything(accountId).states().values().forEach(s -> undated.add(s.withoutOptionOpenDates()));
        app.store.seed(List.of(), List.of(), undated);
        return undated;
    }

    private VerifyReport verify() {
        return app.verify.verify(new VerifyCommand(OptionalLong.of(accountId), false));
    }

    @Test
    void verifyFindsNoDifferenceInStatesStoredWithoutOpenDates() {
        history();
        List<AccountState> undated = storeAsBeforeOpenDates();

        assertThat(undated).anySatisfy(s -> assertThat(s.hasOnlyUndatedOptionLots()).isTrue());
        assertThat(app.store.everything(accountId).states().values()).containsAll(undated);
        assertThat(verify().clean()).isTrue();
    }

    @Test
    void anUndatedStateWithOtherLotsIsStillADifference() {
        history();
        AccountState latest = app.store.everything(accountId).states().get(d("2024-01-10")).withoutOptionOpenDates();
        ContractBook book = latest.contracts().values().iterator().next();
        List<OptionLot> reversed = new ArrayList<>(book.lots());
        java.util.Collections.reverse(reversed);
        AccountState reordered = AccountState.restore(accountId, latest.asOf(), latest.currencies(), latest.tickers(),
                java.util.Map.of(latest.contracts().firstKey(), new ContractBook(book.isShort(), reversed)));
        app.store.seed(List.of(), List.of(), List.of(reordered));

        VerifyReport report = verify();

        assertThat(report.clean()).isFalse();
        assertThat(report.differences()).singleElement().satisfies(diff -> {
            assertThat(diff.kind()).isEqualTo("state");
            assertThat(diff.date()).isEqualTo(d("2024-01-10"));
        });
    }

    @Test
    void aChangeAfterUndatedStatesComputesWhatAFreshAccountDoes() {
        history();
        storeAsBeforeOpenDates();
        record(buyToClose("2024-02-01", PUT, "1", "30"));

        FakeApplication fresh = new FakeApplication(TODAY);
        long freshId = Histories.account(fresh);
        for (Movement m : List.of(deposit("2024-01-02", "5000"), sellToOpen("2024-01-03", PUT, "1", "120"),
                sellToOpen("2024-01-10", PUT, "2", "90"), buyToClose("2024-02-01", PUT, "1", "30"))) {
            fresh.recordMovement.record(new RecordMovementCommand(freshId, m));
        }

        List<FinancialSnapshot> rows = app.snapshotQueries.financials(accountId, null, null, null);
        List<FinancialSnapshot> expected = fresh.snapshotQueries.financials(freshId, null, null, null);
        assertThat(rows).hasSameSizeAs(expected);
        assertThat(rows.get(rows.size() - 1).realizedGains()).as("the first lot (120) closed for 30")
                .isEqualByComparingTo("90");
        assertThat(rows.get(rows.size() - 1).realizedGains())
                .isEqualByComparingTo(expected.get(expected.size() - 1).realizedGains());
        assertThat(verify().clean()).isTrue();
    }
}
