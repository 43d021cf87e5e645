package dev.snapfolio.domain.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@link CalculationRun} carries its memo from day to day; each of its days must be exactly what
 * a fresh {@link DailyCalculator#apply} gives. Checked over seeded random histories walked over
 * every calendar day (so also days that are not snapshot dates, whose result is dropped and whose
 * state is applied again the next day, as the processors' walk does), with orphan closes allowed
 * so that warnings are compared too.
 */
class CalculationRunTest {
    private static final String[] TICKERS = {"AAA", "BBB", "CCC"};
    private static final LocalDate START = LocalDate.parse("2023-03-01");
    private static final int DAYS = 200;
    private static final Policy POLICY = Policy.of(START.plusDays(DAYS + 20)).withAllowOrphanCloses(true);
    private static final DailyCalculator CALCULATOR = new DailyCalculator();

    private record History(List<Movement> movements, ReferenceData refs) {
        List<Movement> on(LocalDate day) {
            return movements.stream().filter(m -> m.businessDate().equals(day)).toList();
        }
    }

    private static String money(Random r, int max) {
        return BigDecimal.valueOf(1 + r.nextInt(max * 100), 2).toPlainString();
    }

    /** Stocks long and short, short puts and long calls (opened, closed, expired, assigned, adjusted), orphans, splits. */
    private static History generate(long seed) {
        Random r = new Random(seed);
        Movements m = Movements.account(1);
        List<Price> prices = new ArrayList<>();
        List<Split> splits = new ArrayList<>();
        m.on(START).in("USD").deposit("100000");
        for (int d = 1; d < DAYS; d++) {
            LocalDate day = START.plusDays(d);
            m.on(day);
            for (String t : TICKERS) {
                if (r.nextInt(2) == 0) {
                    prices.add(new Price(Ticker.of(t), Currency.USD, day, new BigDecimal(money(r, 80))));
                }
            }
            if (r.nextInt(50) == 0) {
                splits.add(new Split(Ticker.of(TICKERS[r.nextInt(TICKERS.length)]), day.plusDays(1 + r.nextInt(3)),
                        r.nextBoolean() ? new BigDecimal("2") : new BigDecimal("3")));
            }
            int count = r.nextInt(4);
            for (int i = 0; i < count; i++) {
                String ticker = TICKERS[r.nextInt(TICKERS.length)];
                String qty = Integer.toString(1 + r.nextInt(50));
                String contracts = Integer.toString(1 + r.nextInt(3));
                String expiry = day.plusDays(r.nextInt(20)).toString();
                // Few strikes, so that closes, adjustments and expiries meet open lots often.
                OptionContract put = Movements.put(ticker, Integer.toString(10 + 5 * r.nextInt(3)), expiry);
                OptionContract call = Movements.call(ticker, Integer.toString(10 + 5 * r.nextInt(3)), expiry);
                switch (r.nextInt(14)) {
                    case 0, 1 -> m.in("USD").buy(ticker, qty, money(r, 60), "1", "0.01");
                    case 2, 3 -> m.in("USD").sell(ticker, qty, money(r, 60), "1", "0.02");
                    case 4 -> m.in("USD").dividend(ticker, money(r, 20));
                    case 5 -> m.in("USD").securityIn(ticker, qty, money(r, 40));
                    case 6 -> m.in("USD").securityOut(ticker, qty);
                    case 7, 8 -> m.in("USD").sellToOpen(put, contracts, money(r, 200), "1", "0.1");
                    case 9 -> m.in("USD").buyToClose(put, contracts, money(r, 100), "1", "0");
                    case 10 -> m.in("USD").assign(put, contracts);
                    case 11 -> m.in("USD").adjust(put, Integer.toString(7 + r.nextInt(3)), contracts);
                    case 12 -> m.in("USD").buyToOpen(call, contracts, money(r, 150), "1", "0.1");
                    default -> m.in("USD").sellToClose(call, contracts, money(r, 150));
                }
            }
        }
        return new History(m.all(), ReferenceData.of(prices, splits));
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106})
    void aRunCarryingItsMemoGivesExactlyTheResultsOfFreshApplyCalls(long seed) {
        History history = generate(seed);
        CalculationRun run = CALCULATOR.startRun(history.refs(), POLICY);
        AccountState state = AccountState.empty(1);
        int snapshotDates = 0;
        int warnings = 0;
        for (LocalDate day = START; !day.isAfter(POLICY.today()); day = day.plusDays(1)) {
            List<Movement> movements = history.on(day);
            DayResult fresh = CALCULATOR.apply(state, day, movements, history.refs(), POLICY);

            DayResult carried = run.apply(state, day, movements);

            assertThat(carried).as("seed %d, %s", seed, day).isEqualTo(fresh);
            if (fresh.snapshotDate()) {
                state = fresh.state();
                snapshotDates++;
            }
            warnings += fresh.warnings().size();
        }
        // The history exercises what the memo caches: many dates, and orphan warnings among them.
        assertThat(snapshotDates).isGreaterThan(100);
        assertThat(warnings).isPositive();
    }

    @Test
    void aRunRefusesADayThatDoesNotAscend() {
        CalculationRun run = CALCULATOR.startRun(ReferenceData.empty(), POLICY);
        AccountState empty = AccountState.empty(1);
        run.apply(empty, START.plusDays(2), List.of());

        assertThatThrownBy(() -> run.apply(empty, START.plusDays(2), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascend");
    }
}
