package dev.snapfolio.application.port.out.contract;

import static dev.snapfolio.application.port.out.contract.Samples.AAPL;
import static dev.snapfolio.application.port.out.contract.Samples.MSFT;
import static dev.snapfolio.application.port.out.contract.Samples.financial;
import static dev.snapfolio.application.port.out.contract.Samples.money;
import static dev.snapfolio.application.port.out.contract.Samples.movement;
import static dev.snapfolio.application.port.out.contract.Samples.ticker;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.SnapshotChanges.FinancialKey;
import dev.snapfolio.application.port.out.SnapshotChanges.StateKey;
import dev.snapfolio.application.port.out.SnapshotChanges.TickerKey;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link SnapshotStore} does. Implementations start each test with no accounts or rows. */
public abstract class SnapshotStoreContract {
    private static final LocalDate D = LocalDate.of(2024, 3, 1);

    protected abstract SnapshotStore store();

    protected abstract AccountRepository accounts();

    protected abstract MovementRepository movements();

    protected abstract UnitOfWork unitOfWork();

    private long newAccount(String name) {
        return accounts().create(new Account(0, name, null, Currency.USD)).id();
    }

    private void write(List<FinancialSnapshot> financials, List<TickerSnapshot> tickers, List<AccountState> states) {
        unitOfWork().run(() -> store().write(new SnapshotChanges(financials, List.of(), List.of(), tickers, List.of(),
                List.of(), states, List.of())));
    }

    @Test
    void financialRowsRoundTripEveryFieldWithScaleAndSign() {
        long account = newAccount("Main");
        FinancialSnapshot usd = financial(account, D, Currency.USD, 3);
        FinancialSnapshot eur = financial(account, D, Currency.EUR, 4);

        write(List.of(usd, eur), List.of(), List.of());

        assertThat(store().findFinancials(account, D, D)).containsExactly(eur, usd);
        FinancialSnapshot back = store().findFinancials(account, D, D).get(1);
        assertThat(back.deposited().scale()).isEqualTo(6);
        assertThat(back.realizedPercentage().scale()).isEqualTo(6);
        assertThat(back.realizedGains().signum()).isNegative();
    }

    @Test
    void tickerRowsRoundTripIncludingAMissingMarketPrice() {
        long account = newAccount("Main");
        TickerSnapshot priced = ticker(account, D, AAPL, Currency.USD, new BigDecimal("186.000001"));
        TickerSnapshot unpriced = ticker(account, D, MSFT, Currency.USD, null);

        write(List.of(), List.of(priced, unpriced), List.of());

        assertThat(store().findTickers(account, D, D)).containsExactly(priced, unpriced);
        assertThat(store().findTickers(account, D, D).get(0).shares().scale()).isEqualTo(8);
    }

    @Test
    void aStateRoundTripsWithItsLotsContractsAndTotals() {
        long account = newAccount("Main");
        AccountState state = Samples.state(account, D);

        write(List.of(), List.of(), List.of(state));

        assertThat(store().findStateBefore(account, D.plusDays(1))).contains(state);
    }

    @Test
    void theStateBeforeADateIsTheLatestOneStrictlyBeforeIt() {
        long account = newAccount("Main");
        long other = newAccount("Other");
        AccountState first = Samples.state(account, D);
        AccountState second = Samples.state(account, D.plusDays(3));
        write(List.of(), List.of(), List.of(first, second, Samples.state(other, D.plusDays(1))));

        assertThat(store().findStateBefore(account, D)).isEmpty();
        assertThat(store().findStateBefore(account, D.plusDays(1))).contains(first);
        assertThat(store().findStateBefore(account, D.plusDays(3))).contains(first);
        assertThat(store().findStateBefore(account, D.plusDays(4))).contains(second);
    }

    @Test
    void aRangeHoldsTheRowsAndStatesDatedInIt() {
        long account = newAccount("Main");
        long other = newAccount("Other");
        write(List.of(financial(account, D.minusDays(1), Currency.USD, 1), financial(account, D, Currency.USD, 2),
                financial(account, D.plusDays(2), Currency.USD, 3), financial(account, D.plusDays(3), Currency.USD, 4),
                financial(other, D, Currency.USD, 5)),
                List.of(ticker(account, D, AAPL, Currency.USD, null), ticker(account, D.plusDays(3), AAPL, Currency.USD, null)),
                List.of(Samples.state(account, D), Samples.state(account, D.plusDays(2)),
                        Samples.state(account, D.plusDays(3))));

        StoredSnapshots range = store().findRange(account, D, D.plusDays(2));

        assertThat(range.financials()).containsExactly(financial(account, D, Currency.USD, 2),
                financial(account, D.plusDays(2), Currency.USD, 3));
        assertThat(range.tickers()).containsExactly(ticker(account, D, AAPL, Currency.USD, null));
        assertThat(range.states()).isEqualTo(Map.of(D, Samples.state(account, D), D.plusDays(2),
                Samples.state(account, D.plusDays(2))));
        assertThat(store().findRange(account, D.plusDays(10), D.plusDays(20))).isEqualTo(StoredSnapshots.empty());
        assertThat(store().findStoredDates(account, D.minusDays(5), D.plusDays(2)))
                .containsExactly(D.minusDays(1), D, D.plusDays(2));
    }

    @Test
    void updatesReplaceRowsAndDeletesRemoveThemAndTheirStates() {
        long account = newAccount("Main");
        FinancialSnapshot row = financial(account, D, Currency.USD, 1);
        TickerSnapshot tick = ticker(account, D, AAPL, Currency.USD, null);
        write(List.of(row, financial(account, D.plusDays(1), Currency.USD, 1)),
                List.of(tick, ticker(account, D.plusDays(1), AAPL, Currency.USD, null)),
                List.of(Samples.state(account, D), Samples.state(account, D.plusDays(1))));
        FinancialSnapshot changedRow = financial(account, D, Currency.USD, 8);
        TickerSnapshot changedTick = ticker(account, D, AAPL, Currency.USD, money("1"));
        AccountState changedState = AccountState.restore(account, D, Map.of(), Map.of(), Map.of());

        unitOfWork().run(() -> store().write(new SnapshotChanges(List.of(), List.of(changedRow),
                List.of(new FinancialKey(account, D.plusDays(1), Currency.USD)), List.of(), List.of(changedTick),
                List.of(new TickerKey(account, D.plusDays(1), AAPL, Currency.USD)), List.of(changedState),
                List.of(new StateKey(account, D.plusDays(1))))));

        assertThat(store().findFinancials(account, D, D.plusDays(5))).containsExactly(changedRow);
        assertThat(store().findTickers(account, D, D.plusDays(5))).containsExactly(changedTick);
        assertThat(store().findStateBefore(account, D.plusDays(5))).contains(changedState);
        assertThat(store().findStoredDates(account, D, D.plusDays(5))).containsExactly(D);
    }

    @Test
    void aKeyDeletedAndInsertedInOneWriteEndsUpWithTheNewRow() {
        long account = newAccount("Main");
        write(List.of(financial(account, D, Currency.USD, 1)), List.of(), List.of());
        FinancialSnapshot replacement = financial(account, D, Currency.USD, 2);

        unitOfWork().run(() -> store().write(new SnapshotChanges(List.of(replacement), List.of(),
                List.of(new FinancialKey(account, D, Currency.USD)), List.of(), List.of(), List.of(), List.of(),
                List.of())));

        assertThat(store().findFinancials(account, D, D)).containsExactly(replacement);
        unitOfWork().run(() -> store().write(SnapshotChanges.none()));
        assertThat(store().findFinancials(account, D, D)).containsExactly(replacement);
    }

    @Test
    void visitDatesCountDistinctDaysWithMovementsOrStoredRows() {
        long account = newAccount("Main");
        movements().insert(movement(account, D.atTime(10, 0), new Deposit(money("1"))));
        movements().insert(movement(account, D.atTime(11, 0), new Deposit(money("2"))));
        movements().insert(movement(account, D.plusDays(2).atTime(11, 0), new Deposit(money("3"))));
        movements().insert(movement(account, D.plusDays(40).atTime(11, 0), new Deposit(money("3"))));
        write(List.of(financial(account, D, Currency.USD, 1), financial(account, D, Currency.EUR, 1),
                financial(account, D.plusDays(5), Currency.USD, 1)), List.of(), List.of(Samples.state(account, D.plusDays(6))));

        assertThat(store().countVisitDates(account, D, D.plusDays(10))).isEqualTo(4);
        assertThat(store().countVisitDates(account, D.plusDays(1), D.plusDays(5))).isEqualTo(2);
        assertThat(store().countVisitDates(account, D.plusDays(100), D.plusDays(200))).isZero();
    }
}
