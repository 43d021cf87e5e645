package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.QueryMeter;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.CurrencyTotals;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.StockLot;
import dev.snapfolio.domain.state.TickerBook;
import dev.snapfolio.domain.state.TickerTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The batch load (DESIGN §4.2) costs the same handful of statements whatever the range: state
 * before, movements, prices, splits, financial rows with states, ticker rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchLoadQueryCountTest {
    private static final LocalDate START = LocalDate.of(2020, 1, 6);
    private static final LocalDate END = LocalDate.of(2024, 12, 30);
    private static final List<Ticker> TICKERS = List.of(Ticker.of("AAPL"), Ticker.of("MSFT"), Ticker.of("SOFI"));

    private final TestDatabase db = TestDatabase.embedded();
    private long account;
    private int weeks;

    @BeforeAll
    void storeFiveYearsOfHistory() {
        db.clean();
        account = db.get(AccountRepository.class).create(new Account(0, "Five years", null, Currency.USD)).id();
        List<Movement> movements = new ArrayList<>();
        List<FinancialSnapshot> financials = new ArrayList<>();
        List<TickerSnapshot> tickerRows = new ArrayList<>();
        List<AccountState> states = new ArrayList<>();
        movements.add(Movement.of(account, START.atTime(9, 0), Currency.USD, new Deposit(Decimals.money(100_000))));
        for (LocalDate d = START; !d.isAfter(END); d = d.plusWeeks(1)) {
            Ticker t = TICKERS.get(weeks % TICKERS.size());
            movements.add(Movement.of(account, d.atTime(10, 0), Currency.USD,
                    new Trade(t, Side.BUY, Decimals.quantity("1"), new BigDecimal("100.5"), null, null)));
            if (weeks % 13 == 0) {
                movements.add(Movement.of(account, d.atTime(11, 0), Currency.USD, new Dividend(t, Decimals.money("3.2"))));
            }
            financials.add(financial(d, weeks));
            for (Ticker ticker : TICKERS) {
                tickerRows.add(tickerRow(d, ticker, weeks));
            }
            states.add(state(d, weeks));
            weeks++;
        }
        List<Price> prices = new ArrayList<>();
        for (LocalDate d = START.minusDays(30); !d.isAfter(END); d = d.plusDays(1)) {
            for (Ticker t : TICKERS) {
                prices.add(new Price(t, Currency.USD, d, new BigDecimal(100 + d.getDayOfYear() % 50)));
            }
        }
        db.get(MovementRepository.class).insertAll(movements);
        db.get(ReferenceDataRepository.class).savePrices(prices);
        db.get(ReferenceDataRepository.class).saveSplits(List.of(new Split(TICKERS.get(0), LocalDate.of(2020, 8, 31),
                new BigDecimal("4")), new Split(TICKERS.get(2), LocalDate.of(2024, 6, 3), new BigDecimal("0.5"))));
        db.get(UnitOfWork.class).run(() -> db.get(SnapshotStore.class).write(new SnapshotChanges(financials, List.of(),
                List.of(), tickerRows, List.of(), List.of(), states, List.of())));
    }

    /** What the batch processor loads for [from, today]. */
    private record Load(Optional<AccountState> before, List<Movement> movements, ReferenceData refs,
            StoredSnapshots stored, long queries) {
    }

    private Load load(LocalDate from, LocalDate today) {
        QueryMeter meter = db.get(QueryMeter.class);
        long before = meter.count();
        Optional<AccountState> state = db.get(SnapshotStore.class).findStateBefore(account, from);
        List<Movement> movements = db.get(MovementRepository.class).findFrom(account, from);
        ReferenceData refs = db.get(ReferenceDataRepository.class).loadForAccount(account, from, today);
        StoredSnapshots stored = db.get(SnapshotStore.class).findRange(account, from, today);
        return new Load(state, movements, refs, stored, meter.count() - before);
    }

    @Test
    void aOneDayAndAFiveYearRangeCostTheSameStatementsAtMostSix() {
        LocalDate lastWeek = END;
        Load oneDay = load(lastWeek, lastWeek);
        Load fiveYears = load(START, END);

        assertThat(oneDay.queries()).isEqualTo(fiveYears.queries()).isLessThanOrEqualTo(6).isPositive();
        // and they did load the range: everything for five years, one week's rows for one day
        assertThat(fiveYears.stored().financials()).hasSize(weeks);
        assertThat(fiveYears.stored().tickers()).hasSize(weeks * TICKERS.size());
        assertThat(fiveYears.stored().states()).hasSize(weeks);
        assertThat(fiveYears.movements()).hasSizeGreaterThan(weeks);
        assertThat(fiveYears.before()).isEmpty();
        assertThat(oneDay.stored().financials()).hasSize(1);
        assertThat(oneDay.stored().states()).containsOnlyKeys(lastWeek);
        assertThat(oneDay.before()).hasValueSatisfying(s -> assertThat(s.asOf()).isEqualTo(lastWeek.minusWeeks(1)));
        // the one-day load still knows the latest price before its range
        assertThat(oneDay.refs().latestPrice(TICKERS.get(1), Currency.USD, lastWeek.minusDays(1)))
                .hasValueSatisfying(p -> assertThat(p.date()).isEqualTo(lastWeek.minusDays(1)));
        assertThat(oneDay.refs().splits(TICKERS.get(2), LocalDate.MIN, lastWeek)).hasSize(1);
    }

    @Test
    void statementsAreCountedPerThread() throws Exception {
        QueryMeter meter = db.get(QueryMeter.class);
        long before = meter.count();
        Thread other = new Thread(() -> load(START, END));
        other.start();
        other.join();

        assertThat(meter.count()).isEqualTo(before);
        db.get(SnapshotStore.class).findStateBefore(account, END);
        assertThat(meter.count()).isEqualTo(before + 1);
    }

    private FinancialSnapshot financial(LocalDate d, int seed) {
        BigDecimal m = Decimals.money(seed);
        return new FinancialSnapshot(account, d, Currency.USD, seed, m, m, m, m, m, m, m, m, m, m, m,
                Decimals.percent(BigDecimal.ONE), true, m, Decimals.percent(BigDecimal.TEN), 0);
    }

    private TickerSnapshot tickerRow(LocalDate d, Ticker t, int seed) {
        BigDecimal m = Decimals.money(seed);
        return new TickerSnapshot(account, d, t, Currency.USD, Decimals.quantity("3"), Decimals.price("100.5"), m, m, m,
                m, m, m, m, m, m, Decimals.percent(BigDecimal.ONE), Decimals.price("101"), m, m, true);
    }

    private AccountState state(LocalDate d, int seed) {
        BigDecimal m = Decimals.money(seed);
        CurrencyTotals totals = new CurrencyTotals(seed, m, m, m, m, m, m, m, m);
        TickerBook book = new TickerBook(false, List.of(new StockLot(Decimals.quantity("1"), Decimals.money("100.5"))),
                TickerTotals.ZERO);
        return AccountState.restore(account, d, Map.of(Currency.USD, totals),
                Map.of(new PositionKey(TICKERS.get(0), Currency.USD), book), Map.of());
    }
}
