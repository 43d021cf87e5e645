package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.Strategy;
import static dev.snapfolio.application.testing.M.buy;
import static dev.snapfolio.application.testing.M.d;
import static dev.snapfolio.application.testing.M.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.Scenario;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Scenarios C, D, G and H of DESIGN §3.5 through each processor: rows stored before the run are
 * updated, validated and corrected, or deleted, only changed rows are written, and each write is
 * counted under its scenario. Both processors must give the same rows and counts.
 *
 * <p>History: USD deposit on Jan 2, EUR deposit on Jan 3, USD deposit and a buy of AAA on Jan 4.
 */
class ScenarioProcessingTest {
    private static final LocalDate TODAY = d("2024-01-10");
    private static final Currency EUR = Currency.EUR;
    private static final Currency USD = Currency.USD;

    private FakeApplication app;
    private long accountId;
    private Movement eurDeposit;
    private Movement usdDepositJan4;

    private void arrange() {
        app = new FakeApplication(TODAY);
        accountId = Histories.account(app);
        app.movements.insert(deposit("2024-01-02", "1000").withAccount(accountId));
        eurDeposit = app.movements.insert(deposit("2024-01-03", EUR, "500").withAccount(accountId));
        usdDepositJan4 = app.movements.insert(deposit("2024-01-04", "200").withAccount(accountId));
        app.movements.insert(buy("2024-01-04", "AAA", "2", "50").withAccount(accountId));
        ProcessingResult first = run(Strategy.BATCH, "2024-01-02");
        // Jan 2: USD B. Jan 3: EUR B, USD E. Jan 4: USD A, EUR E (+ AAA ticker row B).
        assertThat(first.rows().financialWritten()).containsOnly(
                entry(Scenario.A, 1), entry(Scenario.B, 2), entry(Scenario.E, 2));
    }

    private ProcessingResult run(Strategy strategy, String from) {
        Policy policy = Policy.of(TODAY);
        return strategy == Strategy.BATCH ? app.batch.process(accountId, d(from), policy)
                : app.perDate.process(accountId, d(from), policy);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"PER_DATE", "BATCH"})
    void changedMovementUpdatesItsStoredRowAsScenarioC(Strategy strategy) {
        arrange();
        app.movements.update(withAmount(usdDepositJan4, "300"));

        ProcessingResult result = run(strategy, "2024-01-04");

        assertThat(result.rows().financialWritten()).containsOnly(entry(Scenario.C, 1));
        assertThat(result.rows().visited()).containsOnly(entry(Scenario.C, 1), entry(Scenario.G, 1));
        assertThat(financial("2024-01-04", USD).deposited()).isEqualByComparingTo("1300");
        assertThat(result.rows().statesWritten()).isEqualTo(1);
        Histories.assertVerifiesClean(app, accountId, strategy.name());
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"PER_DATE", "BATCH"})
    void changedFirstMovementOfACurrencyUpdatesAsDAndCorrectsLaterCarryForwardsAsG(Strategy strategy) {
        arrange();
        app.movements.update(withAmount(eurDeposit, "800"));

        ProcessingResult result = run(strategy, "2024-01-03");

        // Jan 3: EUR D (written), USD G (unchanged). Jan 4: EUR G corrected, USD C unchanged.
        assertThat(result.rows().financialWritten()).containsOnly(entry(Scenario.D, 1), entry(Scenario.G, 1));
        assertThat(result.rows().visited()).containsOnly(entry(Scenario.D, 1), entry(Scenario.G, 2),
                entry(Scenario.C, 1));
        assertThat(financial("2024-01-04", EUR).deposited()).isEqualByComparingTo("800");
        Histories.assertVerifiesClean(app, accountId, strategy.name());
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"PER_DATE", "BATCH"})
    void wrongCarryForwardRowIsValidatedAndCorrectedAsG(Strategy strategy) {
        arrange();
        FinancialSnapshot stored = financial("2024-01-03", USD);
        app.store.seed(List.of(withDeposited(stored, "999")), List.of(), List.of());

        ProcessingResult result = run(strategy, "2024-01-02");

        assertThat(result.rows().financialWritten()).containsOnly(entry(Scenario.G, 1));
        assertThat(financial("2024-01-03", USD)).isEqualTo(stored);
        assertThat(result.rows().tickerWritten()).isEmpty();
        assertThat(result.rows().statesWritten()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"PER_DATE", "BATCH"})
    void rowsOnADateThatLeftTheSnapshotDatesAreDeletedAsH(Strategy strategy) {
        arrange();
        FinancialSnapshot jan4 = financial("2024-01-04", USD);
        TickerSnapshot aaa = app.store.everything(accountId).tickers().get(0);
        StoredSnapshots before = app.store.everything(accountId);
        // Stale rows on Jan 6 (no movement), as if a movement there had been deleted behind the processor's back.
        app.store.seed(List.of(withDate(jan4, "2024-01-06")), List.of(withDate(aaa, "2024-01-06")),
                List.of(before.states().get(d("2024-01-04")).withAsOf(d("2024-01-06"))));

        ProcessingResult result = run(strategy, "2024-01-05");

        assertThat(result.rows().financialWritten()).containsOnly(entry(Scenario.H, 1));
        assertThat(result.rows().tickerWritten()).containsOnly(entry(Scenario.H, 1));
        assertThat(result.rows().statesDeleted()).isEqualTo(1);
        assertThat(app.store.everything(accountId)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"PER_DATE", "BATCH"})
    void aRowOfACurrencyWithoutStateIsDeletedAsH(Strategy strategy) {
        arrange();
        // EUR has no state on Jan 2 (its first movement is on Jan 3): a row there is stale.
        FinancialSnapshot eurJan3 = financial("2024-01-03", EUR);
        app.store.seed(List.of(withDate(eurJan3, "2024-01-02")), List.of(), List.of());

        ProcessingResult result = run(strategy, "2024-01-02");

        assertThat(result.rows().financialWritten()).containsOnly(entry(Scenario.H, 1));
        assertThat(app.store.everything(accountId).financials()).noneMatch(
                f -> f.currency().equals(EUR) && f.date().equals(d("2024-01-02")));
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"PER_DATE", "BATCH"})
    void aRunOverUnchangedHistoryWritesNothing(Strategy strategy) {
        arrange();
        StoredSnapshots before = app.store.everything(accountId);
        int writes = app.store.rowWrites();

        ProcessingResult result = run(strategy, "2024-01-02");

        assertThat(app.store.rowWrites()).isEqualTo(writes);
        assertThat(result.rowsByScenario()).isEmpty();
        assertThat(result.rows().visited()).containsOnly(entry(Scenario.D, 2), entry(Scenario.C, 1),
                entry(Scenario.G, 2));
        assertThat(result.datesProcessed()).isEqualTo(3);
        assertThat(result.movementsProcessed()).isEqualTo(4);
        assertThat(app.store.everything(accountId)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"PER_DATE", "BATCH"})
    void bothProcessorsLeaveIdenticalRowsForTheSameStaleStore(Strategy strategy) {
        Consumer<FakeApplication> corrupt = target -> {
            FinancialSnapshot row = target.store.everything(accountId).financials().get(1);
            target.store.seed(List.of(withDeposited(row, "1"), withDate(row, "2024-01-08")), List.of(), List.of());
        };
        arrange();
        FakeApplication first = app;
        corrupt.accept(first);
        ProcessingResult a = run(strategy, "2024-01-02");
        arrange();
        corrupt.accept(app);
        ProcessingResult b = run(strategy == Strategy.BATCH ? Strategy.PER_DATE : Strategy.BATCH, "2024-01-02");

        assertThat(a.rows()).isEqualTo(b.rows());
        Histories.assertSameRows(first, app, accountId, "per-date vs batch");
    }

    private FinancialSnapshot financial(String date, Currency currency) {
        return app.store.everything(accountId).financials().stream()
                .filter(f -> f.date().equals(d(date)) && f.currency().equals(currency))
                .findFirst().orElseThrow();
    }

    private static Movement withAmount(Movement m, String amount) {
        return new Movement(m.id(), m.accountId(), m.timestamp(), m.currency(), new Deposit(new BigDecimal(amount)),
                m.notes(), m.sourceKey());
    }

    private static FinancialSnapshot withDeposited(FinancialSnapshot f, String deposited) {
        return new FinancialSnapshot(f.accountId(), f.date(), f.currency(), f.movementCount(),
                Decimals.money(deposited), f.withdrawn(), f.commissions(), f.fees(), f.dividendsReceived(),
                f.optionsIncome(), f.otherIncome(), f.realizedGains(), f.netCashFlow(), f.invested(),
                f.unrealizedGains(), f.realizedPercentage(), f.openTrades(), f.marketValue(), f.unrealizedPercentage(),
                f.unpricedPositions());
    }

    private static FinancialSnapshot withDate(FinancialSnapshot f, String date) {
        return new FinancialSnapshot(f.accountId(), d(date), f.currency(), f.movementCount(), f.deposited(),
                f.withdrawn(), f.commissions(), f.fees(), f.dividendsReceived(), f.optionsIncome(), f.otherIncome(),
                f.realizedGains(), f.netCashFlow(), f.invested(), f.unrealizedGains(), f.realizedPercentage(),
                f.openTrades(), f.marketValue(), f.unrealizedPercentage(), f.unpricedPositions());
    }

    private static TickerSnapshot withDate(TickerSnapshot t, String date) {
        return new TickerSnapshot(t.accountId(), d(date), t.ticker(), t.currency(), t.shares(), t.costBasis(),
                t.invested(), t.realized(), t.dividends(), t.dividendTaxes(), t.optionsPremium(), t.commissions(),
                t.fees(), t.totalIncome(), t.capitalDeployed(), t.performance(), t.marketPrice(), t.marketValue(),
                t.unrealizedGains(), t.openTrades());
    }

    private static java.util.Map.Entry<Scenario, Integer> entry(Scenario scenario, int count) {
        return java.util.Map.entry(scenario, count);
    }
}
