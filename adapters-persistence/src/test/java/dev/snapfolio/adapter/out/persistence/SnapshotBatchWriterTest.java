package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.adapter.out.persistence.state.StateCodec;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.QueryMeter;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.SnapshotChanges.FinancialKey;
import dev.snapfolio.application.port.out.SnapshotChanges.StateKey;
import dev.snapfolio.application.port.out.SnapshotChanges.TickerKey;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.CurrencyTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The snapshot write path's plain JDBC batches: one statement per kind of change whatever the
 * number of rows, the rows as written, and nothing left behind when a batch fails part way.
 */
class SnapshotBatchWriterTest {
    private static final LocalDate D = LocalDate.of(2024, 3, 4);
    private static final Ticker ABC = Ticker.of("ABC");

    private final TestDatabase db = TestDatabase.embedded();
    private long account;

    @BeforeEach
    void freshAccount() {
        db.clean();
        account = db.get(AccountRepository.class).create(new Account(0, "Writer", null, Currency.USD)).id();
    }

    private SnapshotStore store() {
        return db.get(SnapshotStore.class);
    }

    private long write(SnapshotChanges changes) {
        QueryMeter meter = db.get(QueryMeter.class);
        long before = meter.count();
        db.get(UnitOfWork.class).run(() -> store().write(changes));
        return meter.count() - before;
    }

    private static BigDecimal money(String v) {
        return Decimals.money(new BigDecimal(v));
    }

    private FinancialSnapshot financial(LocalDate date, int seed) {
        return new FinancialSnapshot(account, date, Currency.USD, seed, money("100.5"), money("2"), money("1.25"),
                money("0.5"), money("3"), money("-4"), money("0.01"), money("7").add(BigDecimal.valueOf(seed)),
                money("98.5"), money("50"), money("-1.5"), Decimals.percent(new BigDecimal("0.125")), seed % 2 == 0,
                money("48.5"), Decimals.percent(new BigDecimal("-0.03")), seed % 3);
    }

    private TickerSnapshot ticker(LocalDate date, BigDecimal marketPrice, int seed) {
        return new TickerSnapshot(account, date, ABC, Currency.USD, Decimals.quantity(BigDecimal.valueOf(seed)),
                new BigDecimal("12.345678"), money("50"), money("1"), money("2"), money("0.3"), money("4"), money("1"),
                money("0.2"), money("5.5"), money("60"), Decimals.percent(new BigDecimal("0.091667")), marketPrice,
                marketPrice == null ? money("0") : money("55"), money("5"), seed % 2 == 0);
    }

    private AccountState state(LocalDate date, int seed) {
        return AccountState.restore(account, date, Map.of(Currency.USD, new CurrencyTotals(seed, money("100.5"),
                money("0"), money("1"), money("0"), money("0"), money("0"), money("0"), money("2"))), Map.of(), Map.of());
    }

    private SnapshotChanges inserts(int days) {
        List<FinancialSnapshot> financials = new ArrayList<>();
        List<TickerSnapshot> tickers = new ArrayList<>();
        List<AccountState> states = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            financials.add(financial(D.plusDays(i), i));
            tickers.add(ticker(D.plusDays(i), i % 2 == 0 ? null : money("11"), i));
            states.add(state(D.plusDays(i), i));
        }
        return new SnapshotChanges(financials, List.of(), List.of(), tickers, List.of(), List.of(), states, List.of());
    }

    @Test
    void aWriteIsOneStatementPerKindOfChangeWhateverItsRowCount() {
        assertThat(write(inserts(3))).isEqualTo(3);
        db.clean();
        freshAccount();
        assertThat(write(inserts(400))).isEqualTo(3);

        SnapshotChanges everyKind = new SnapshotChanges(List.of(financial(D.plusDays(500), 1)),
                List.of(financial(D, 9), financial(D.plusDays(1), 9)),
                List.of(new FinancialKey(account, D.plusDays(2), Currency.USD)),
                List.of(ticker(D.plusDays(500), money("3"), 1)), List.of(ticker(D, money("9"), 9)),
                List.of(new TickerKey(account, D.plusDays(2), ABC, Currency.USD)),
                List.of(state(D, 9), state(D.plusDays(500), 1)), List.of(new StateKey(account, D.plusDays(2))));
        assertThat(write(everyKind)).isEqualTo(8);
        assertThat(write(SnapshotChanges.none())).isZero();

        assertThat(store().findFinancials(account, D, D.plusDays(2)))
                .containsExactly(financial(D, 9), financial(D.plusDays(1), 9));
        assertThat(store().findFinancials(account, D.plusDays(500), D.plusDays(500)))
                .containsExactly(financial(D.plusDays(500), 1));
        assertThat(store().findTickers(account, D, D.plusDays(2)))
                .containsExactly(ticker(D, money("9"), 9), ticker(D.plusDays(1), money("11"), 1));
        assertThat(store().findTickers(account, D.plusDays(500), D.plusDays(500)))
                .containsExactly(ticker(D.plusDays(500), money("3"), 1));
        assertThat(store().findRange(account, D, D.plusDays(3)).states()).isEqualTo(Map.of(D, state(D, 9),
                D.plusDays(1), state(D.plusDays(1), 1), D.plusDays(3), state(D.plusDays(3), 3)));
        assertThat(store().findStateBefore(account, D.plusDays(501))).contains(state(D.plusDays(500), 1));
    }

    @Test
    void rowsBeyondABatchesWorthGoInSeveralBatches() {
        int rows = 2 * SnapshotBatchWriter.MAX_BATCH_ROWS + 1;
        List<TickerSnapshot> tickers = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            tickers.add(ticker(D.plusDays(i), money("3"), 1));
        }

        long statements = write(new SnapshotChanges(List.of(), List.of(), List.of(), tickers, List.of(), List.of(),
                List.of(), List.of()));

        assertThat(statements).isEqualTo(3);
        assertThat(store().findTickers(account, D, D.plusDays(rows))).hasSize(rows);
    }

    @Test
    void stateBodiesLargerThanAServerPacketGoInSeveralBatches() {
        java.util.Random random = new java.util.Random(42);
        List<AccountState> states = new ArrayList<>();
        long text = 0;
        for (int i = 0; i < 700; i++) {
            Map<dev.snapfolio.domain.state.PositionKey, dev.snapfolio.domain.state.TickerBook> books = new java.util.TreeMap<>();
            int size = i % 7 == 0 ? 1 : 150 + random.nextInt(250);
            for (int t = 0; t < size; t++) {
                books.put(new dev.snapfolio.domain.state.PositionKey(Ticker.of("T" + t), Currency.USD),
                        new dev.snapfolio.domain.state.TickerBook(false, List.of(new dev.snapfolio.domain.state.StockLot(
                                Decimals.quantity(BigDecimal.valueOf(t + 1)), money("1234.5678"))),
                                new dev.snapfolio.domain.state.TickerTotals(money("1"), money("2"), money("3"),
                                        money("4"), money("5"), money("6"), money("7"))));
            }
            AccountState state = AccountState.restore(account, D.plusDays(i), Map.of(), books, Map.of());
            states.add(state);
            text += StateCodec.encode(state).length();
        }
        java.util.Collections.shuffle(states, random);
        assertThat(text).as("more than the server's default packet").isGreaterThan(16L * 1024 * 1024);

        long statements = write(new SnapshotChanges(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                states, List.of()));

        assertThat(statements).isBetween(text / SnapshotBatchWriter.MAX_BATCH_TEXT,
                text / SnapshotBatchWriter.MAX_BATCH_TEXT + 1);
        var stored = store().findRange(account, D, D.plusDays(700)).storedStates();
        assertThat(stored).hasSize(700);
        for (AccountState state : states.subList(0, 20)) {
            assertThat(stored.get(state.asOf()).matches(state)).isTrue();
        }
    }

    @Test
    void aRowWithoutAPriceIsWrittenWithANullPrice() {
        write(inserts(2));

        assertThat(store().findTickers(account, D, D)).singleElement()
                .satisfies(t -> assertThat(t.marketPrice()).isNull());
    }

    @Test
    void aBatchFailingPartWayLeavesTheStoredRowsAsTheyWere() {
        write(inserts(5));
        var before = store().findRange(account, D, D.plusDays(10));

        // deletes and updates run first; the insert of a row that still exists then fails
        SnapshotChanges failing = new SnapshotChanges(List.of(financial(D.plusDays(20), 1), financial(D.plusDays(3), 1)),
                List.of(financial(D, 9)), List.of(new FinancialKey(account, D.plusDays(1), Currency.USD)), List.of(),
                List.of(ticker(D, money("9"), 9)), List.of(new TickerKey(account, D.plusDays(1), ABC, Currency.USD)),
                List.of(state(D, 9)), List.of(new StateKey(account, D.plusDays(1))));
        assertThatThrownBy(() -> write(failing)).isInstanceOf(RuntimeException.class);

        assertThat(store().findRange(account, D, D.plusDays(30))).isEqualTo(before);
    }
}
