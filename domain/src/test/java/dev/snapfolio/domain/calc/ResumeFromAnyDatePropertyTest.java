package dev.snapfolio.domain.calc;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random histories (stocks long and short, options opened, closed, assigned and left to
 * expire, dividends, fees, conversions, splits and prices): a run started from the state of any
 * snapshot date — as stored and reloaded — equals the full fold from there on, and applying the
 * days one by one equals the fold.
 */
class ResumeFromAnyDatePropertyTest {
    private static final String[] TICKERS = {"AAA", "BBB", "CCC", "DDD"};
    private static final LocalDate START = LocalDate.parse("2023-01-02");
    private static final Policy POLICY = Policy.of(LocalDate.parse("2024-01-01"));

    private record History(List<Movement> movements, ReferenceData refs) {
    }

    private static BigDecimal money(Random r, int max) {
        return BigDecimal.valueOf(1 + r.nextInt(max * 100), 2);
    }

    private static History generate(long seed) {
        Random r = new Random(seed);
        Movements m = Movements.account(1);
        List<Price> prices = new ArrayList<>();
        List<Split> splits = new ArrayList<>();
        Map<OptionContract, Integer> shortOpen = new HashMap<>();
        for (LocalDate day = START; day.isBefore(START.plusDays(150)); day = day.plusDays(1)) {
            m.on(day);
            for (String t : TICKERS) {
                if (r.nextInt(3) == 0) {
                    prices.add(new Price(Ticker.of(t), Currency.USD, day, money(r, 100)));
                }
            }
            if (r.nextInt(60) == 0) {
                splits.add(new Split(Ticker.of(TICKERS[r.nextInt(TICKERS.length)]), day.plusDays(1),
                        r.nextBoolean() ? new BigDecimal("2") : new BigDecimal("0.5")));
            }
            int count = r.nextInt(5);
            for (int i = 0; i < count; i++) {
                String ticker = TICKERS[r.nextInt(TICKERS.length)];
                String qty = BigDecimal.valueOf(1 + r.nextInt(300), r.nextInt(3)).toPlainString();
                String price = money(r, 100).toPlainString();
                String costs = BigDecimal.valueOf(r.nextInt(150), 2).toPlainString();
                switch (r.nextInt(12)) {
                    case 0 -> m.in("USD").deposit(money(r, 5000).toPlainString());
                    case 1, 2 -> m.in("USD").buy(ticker, qty, price, costs, "0.013");
                    case 3, 4 -> m.in("USD").sell(ticker, qty, price, costs, "0.027");
                    case 5 -> m.in("USD").dividend(ticker, money(r, 20).toPlainString());
                    case 6 -> m.in("USD").fee(r.nextBoolean() ? "1.01" : "-0.33");
                    case 7 -> m.in("USD").convert(money(r, 300).toPlainString(), "EUR", money(r, 270).toPlainString(), "0.7");
                    case 8 -> m.in("EUR").buy(ticker, qty, price, costs);
                    case 9 -> {
                        OptionContract put = Movements.put(ticker, money(r, 50).setScale(0, RoundingMode.UP).toPlainString(),
                                day.plusDays(3 + r.nextInt(30)).toString());
                        int n = 1 + r.nextInt(3);
                        m.in("USD").sellToOpen(put, Integer.toString(n), money(r, 300).toPlainString(), costs, "0.14");
                        shortOpen.merge(put, n, Integer::sum);
                    }
                    default -> {
                        LocalDate today = day;
                        OptionContract open = shortOpen.entrySet().stream()
                                .filter(e -> e.getValue() > 0 && !e.getKey().expiration().isBefore(today))
                                .filter(e -> splits.stream().noneMatch(s -> s.ticker().equals(e.getKey().underlying())))
                                .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
                        if (open != null) {
                            int n = 1 + r.nextInt(shortOpen.get(open));
                            if (open.expiration().equals(day) && r.nextBoolean()) {
                                m.in("USD").assign(open, Integer.toString(n));
                            } else {
                                m.in("USD").buyToClose(open, Integer.toString(n), money(r, 100).toPlainString(), costs, "0");
                            }
                            shortOpen.merge(open, -n, Integer::sum);
                        }
                    }
                }
            }
        }
        return new History(m.all(), ReferenceData.of(prices, splits));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aRunFromAnyStoredStateEqualsTheFullFold(long seed) {
        History history = generate(seed);
        List<DayResult> full = HistoryFold.full(1, history.movements(), history.refs(), POLICY);
        assertThat(full.size()).isGreaterThan(50);

        for (int i = 0; i < full.size() - 1; i += 11) {
            AccountState stored = full.get(i).state();
            AccountState reloaded = AccountState.restore(stored.accountId(), stored.asOf(), new HashMap<>(stored.currencies()),
                    new HashMap<>(stored.tickers()), new HashMap<>(stored.contracts()));
            LocalDate from = stored.asOf().plusDays(1);
            List<Movement> rest = history.movements().stream().filter(mv -> !mv.businessDate().isBefore(from)).toList();

            List<DayResult> resumed = HistoryFold.run(reloaded, from, rest, history.refs(), POLICY);

            assertThat(resumed).as("seed %d resumed after %s", seed, stored.asOf()).isEqualTo(full.subList(i + 1, full.size()));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void applyingTheSnapshotDatesOneByOneEqualsTheFold(long seed) {
        History history = generate(seed);
        List<DayResult> full = HistoryFold.full(1, history.movements(), history.refs(), POLICY);
        DailyCalculator calculator = new DailyCalculator();

        AccountState state = AccountState.empty(1);
        for (DayResult expected : full) {
            List<Movement> day = history.movements().stream().filter(mv -> mv.businessDate().equals(expected.date()))
                    .toList();
            DayResult actual = calculator.apply(state, expected.date(), day, history.refs(), POLICY);
            assertThat(actual).isEqualTo(expected);
            state = actual.state();
        }
    }
}
