package dev.snapfolio.application.service;

import static dev.snapfolio.application.testing.M.buy;
import static dev.snapfolio.application.testing.M.d;
import static dev.snapfolio.application.testing.M.deposit;
import static dev.snapfolio.application.testing.M.put;
import static dev.snapfolio.application.testing.M.sellToOpen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.ProcessingControlUseCase.UpdateProcessingCommand;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.in.RecordPricesUseCase.RecordPricesCommand;
import dev.snapfolio.application.port.in.RecordPricesUseCase.ReferenceDataResult;
import dev.snapfolio.application.port.in.RecordSplitsUseCase.RecordSplitsCommand;
import dev.snapfolio.application.port.in.SnapshotQueries.AsOfSnapshot;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.Difference;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyCommand;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyReport;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Snapshot queries (range and as-of), verify and repair, refresh, prices and splits, processing control, accounts. */
class QueriesVerifyRefreshTest {
    private static final LocalDate TODAY = d("2024-03-01");
    private static final Ticker AAA = Ticker.of("AAA");

    private final FakeApplication app = new FakeApplication(TODAY);
    private final long accountId = Histories.account(app);

    private void record(Movement movement) {
        app.recordMovement.record(new RecordMovementCommand(accountId, movement));
    }

    private void history() {
        record(deposit("2024-01-02", "1000"));
        record(deposit("2024-01-03", Currency.EUR, "300"));
        record(buy("2024-01-10", "AAA", "10", "20"));
        app.recordPrices.recordPrices(new RecordPricesCommand(List.of(price("2024-01-10", "20"))));
        app.refresh.refresh();
    }

    private static Price price(String date, String close) {
        return new Price(AAA, Currency.USD, d(date), new BigDecimal(close));
    }

    @Test
    void financialsAreFilteredByRangeAndCurrencyInDateOrder() {
        history();

        assertThat(app.snapshotQueries.financials(accountId, null, null, Currency.EUR))
                .extracting(f -> f.date().toString()).containsExactly("2024-01-03", "2024-01-10");
        assertThat(app.snapshotQueries.financials(accountId, d("2024-01-03"), d("2024-01-03"), null))
                .extracting(FinancialSnapshot::currency).containsExactly(Currency.EUR, Currency.USD);
        assertThat(app.snapshotQueries.tickers(accountId, null, null, null)).singleElement()
                .satisfies(t -> assertThat(t.ticker()).isEqualTo(AAA));
    }

    @Test
    void asOfADateBetweenSnapshotsIsRepricedAtThatDateAndWritesNothing() {
        history();
        app.referenceData.savePrices(List.of(price("2024-01-20", "25")));
        StoredSnapshots stored = app.store.everything(accountId);
        int runs = app.runLog.findAll().size();

        AsOfSnapshot asOf = app.snapshotQueries.asOf(accountId, d("2024-01-25"));

        FinancialSnapshot usd = asOf.financials().stream().filter(f -> f.currency().equals(Currency.USD))
                .findFirst().orElseThrow();
        assertThat(usd.date()).isEqualTo(d("2024-01-25"));
        assertThat(usd.marketValue()).isEqualByComparingTo("250");
        assertThat(usd.unrealizedGains()).isEqualByComparingTo("50");
        assertThat(asOf.financials()).extracting(FinancialSnapshot::currency).containsExactly(Currency.EUR, Currency.USD);
        assertThat(asOf.tickers()).singleElement().satisfies(t -> assertThat(t.marketPrice()).isEqualByComparingTo("25"));
        assertThat(app.store.everything(accountId)).isEqualTo(stored);
        assertThat(app.runLog.findAll()).hasSize(runs);
    }

    @Test
    void asOfAStoredSnapshotDateEqualsTheStoredRows() {
        history();

        AsOfSnapshot asOf = app.snapshotQueries.asOf(accountId, d("2024-01-10"));

        assertThat(asOf.financials()).isEqualTo(app.snapshotQueries.financials(accountId, d("2024-01-10"),
                d("2024-01-10"), null));
        assertThat(asOf.tickers()).isEqualTo(app.snapshotQueries.tickers(accountId, d("2024-01-10"),
                d("2024-01-10"), null));
    }

    @Test
    void asOfAppliesAnExpiryStillPendingInTheStoredRows() {
        record(deposit("2024-01-02", "1000"));
        record(sellToOpen("2024-02-16", put("SOFI", "6.5", "2024-02-28"), "1", "50"));
        // Today is within the grace: the stored rows keep the put open.
        assertThat(app.snapshotQueries.financials(accountId, null, null, null)).last()
                .satisfies(f -> assertThat(f.openTrades()).isTrue());
        app.clock.setToday(d("2024-03-10"));

        AsOfSnapshot asOf = app.snapshotQueries.asOf(accountId, d("2024-03-10"));

        assertThat(asOf.financials()).singleElement().satisfies(f -> assertThat(f.openTrades()).isFalse());
        assertThat(app.snapshotQueries.financials(accountId, null, null, null)).last()
                .satisfies(f -> assertThat(f.openTrades()).isTrue());
    }

    @Test
    void verifyReportsDifferingAndStaleRowsAndRepairsThem() {
        history();
        FinancialSnapshot row = app.snapshotQueries.financials(accountId, d("2024-01-10"), d("2024-01-10"),
                Currency.USD).get(0);
        FinancialSnapshot wrong = new FinancialSnapshot(row.accountId(), row.date(), row.currency(),
                row.movementCount(), Decimals.money("1"), row.withdrawn(), row.commissions(), row.fees(),
                row.dividendsReceived(), row.optionsIncome(), row.otherIncome(), row.realizedGains(), row.netCashFlow(),
                row.invested(), row.unrealizedGains(), row.realizedPercentage(), row.openTrades(), row.marketValue(),
                row.unrealizedPercentage(), row.unpricedPositions());
        FinancialSnapshot stale = new FinancialSnapshot(row.accountId(), d("2024-01-15"), row.currency(),
                row.movementCount(), row.deposited(), row.withdrawn(), row.commissions(), row.fees(),
                row.dividendsReceived(), row.optionsIncome(), row.otherIncome(), row.realizedGains(), row.netCashFlow(),
                row.invested(), row.unrealizedGains(), row.realizedPercentage(), row.openTrades(), row.marketValue(),
                row.unrealizedPercentage(), row.unpricedPositions());
        app.store.seed(List.of(wrong, stale), List.of(), List.of());

        VerifyReport report = app.verify.verify(new VerifyCommand(OptionalLong.of(accountId), false));

        assertThat(report.clean()).isFalse();
        assertThat(report.repaired()).isFalse();
        assertThat(report.differences()).extracting(Difference::date, Difference::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(d("2024-01-10"), "financial"),
                        org.assertj.core.groups.Tuple.tuple(d("2024-01-15"), "financial"));
        assertThat(report.differences().get(0).stored()).isEqualTo("deposited=1.000000");
        assertThat(report.differences().get(0).expected()).isEqualTo("deposited=1000.000000");
        assertThat(report.differences().get(1).expected()).isEqualTo("(none)");

        VerifyReport repair = app.verify.verify(new VerifyCommand(OptionalLong.empty(), true));

        assertThat(repair.repaired()).isTrue();
        assertThat(app.verify.verify(new VerifyCommand(OptionalLong.empty(), false)).clean()).isTrue();
        assertThat(repair.accountsChecked()).isEqualTo(1);
        assertThat(repair.rowsChecked()).isGreaterThan(5);
    }

    @Test
    void latePriceMarksTheAccountDirtyAndRefreshRepricesIt() {
        history();
        long runs = app.runLog.findAll().size();

        ReferenceDataResult saved = app.recordPrices.recordPrices(
                new RecordPricesCommand(List.of(price("2024-01-05", "18"), price("2024-01-10", "30"))));

        assertThat(saved.saved()).isEqualTo(2);
        assertThat(saved.accountsMarkedDirty()).containsExactly(accountId);
        assertThat(app.runLog.findAll()).hasSize((int) runs);
        assertThat(app.dirtyMarks.find(accountId)).hasValueSatisfying(
                m -> assertThat(m.dirtyFrom()).isEqualTo(d("2024-01-05")));

        List<ProcessingOutcome> refreshed = app.refresh.refresh();

        assertThat(refreshed).singleElement().satisfies(o -> assertThat(o.run().trigger()).isEqualTo(Trigger.REFRESH));
        assertThat(app.snapshotQueries.financials(accountId, d("2024-01-10"), d("2024-01-10"), Currency.USD))
                .singleElement().satisfies(f -> assertThat(f.marketValue()).isEqualByComparingTo("300"));
        assertThat(app.dirtyMarks.findAll()).isEmpty();
    }

    @Test
    void lateSplitOfAHeldTickerAddsItsDateThroughRefresh() {
        history();

        app.recordSplits.recordSplits(new RecordSplitsCommand(List.of(new Split(AAA, d("2024-02-01"),
                new BigDecimal("2")))));
        app.refresh.refresh();

        assertThat(app.snapshotQueries.tickers(accountId, d("2024-02-01"), d("2024-02-01"), null)).singleElement()
                .satisfies(t -> assertThat(t.shares()).isEqualByComparingTo("20"));
        Histories.assertVerifiesClean(app, accountId, "after a split");
    }

    @Test
    void refreshProcessesAnAccountWhoseExpiryBecameDueWithoutADirtyMark() {
        record(deposit("2024-01-02", "1000"));
        record(sellToOpen("2024-02-16", put("SOFI", "6.5", "2024-02-28"), "1", "50"));
        assertThat(app.dirtyMarks.findAll()).isEmpty();
        app.clock.setToday(d("2024-03-10"));

        List<ProcessingOutcome> refreshed = app.refresh.refresh();

        assertThat(refreshed).singleElement().satisfies(o -> assertThat(o.run().fromDate()).isEqualTo(d("2024-02-28")));
        assertThat(app.snapshotQueries.financials(accountId, null, null, null)).last().satisfies(f -> {
            assertThat(f.date()).isEqualTo(d("2024-02-28"));
            assertThat(f.openTrades()).isFalse();
        });
        assertThat(app.refresh.refresh()).isEmpty();
    }

    @Test
    void changingTheExpiryGraceMarksAccountsWithOptionsDirtyFromTheirEarliestExpiration() {
        record(deposit("2024-01-02", "1000"));
        record(sellToOpen("2024-02-16", put("SOFI", "6.5", "2024-02-28"), "1", "50"));
        long plain = app.createAccount.create(new CreateAccountCommand("plain", null, null)).id();
        app.recordMovement.record(new RecordMovementCommand(plain, deposit("2024-01-02", "5")));

        ProcessingSettings settings = app.processingControl.update(new UpdateProcessingCommand(null, null, null, null, 10));

        assertThat(settings.expiryGraceDays()).isEqualTo(10);
        assertThat(settings.sources()).containsEntry(ProcessingSettings.EXPIRY_GRACE_DAYS, ProcessingSettings.SOURCE_PERSISTED);
        assertThat(app.dirtyMarks.findAll()).singleElement().satisfies(m -> {
            assertThat(m.accountId()).isEqualTo(accountId);
            assertThat(m.dirtyFrom()).isEqualTo(d("2024-02-28"));
        });
    }

    @Test
    void processingControlRejectsOutOfRangeValuesNamingTheField() {
        assertThatThrownBy(() -> new UpdateProcessingCommand(null, null, 101, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("rollout"));
        assertThatThrownBy(() -> new UpdateProcessingCommand(null, null, null, null, -1))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("expiryGraceDays"));
    }

    @Test
    void accountsAreCreatedOnceAndResolvedByNameOrId() {
        Account other = app.createAccount.create(new CreateAccountCommand("Other", "IBKR", Currency.EUR));

        assertThat(app.accountQueries.resolve("Other")).isEqualTo(other);
        assertThat(app.accountQueries.resolve(Long.toString(other.id()))).isEqualTo(other);
        assertThat(app.accountQueries.list()).extracting(Account::name).containsExactly("main", "Other");
        assertThatThrownBy(() -> app.createAccount.create(new CreateAccountCommand("Other", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> app.accountQueries.resolve("nobody")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nobody");
        assertThatThrownBy(() -> app.accountQueries.resolve("999")).isInstanceOf(NotFoundException.class);
    }
}
