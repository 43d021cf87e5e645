package dev.snapfolio.domain.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Conversion;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.DividendTax;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Interest;
import dev.snapfolio.domain.movement.InterestPaid;
import dev.snapfolio.domain.movement.LendingIncome;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionEvent;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.movement.Withdrawal;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.snapshot.Holdings;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cash figure of the holdings (derived from the snapshot figures and the open lots) equals the
 * plain sum of what every movement paid in and out, on every snapshot date of seeded random
 * histories: stocks long and short, partial closes, options opened, bought back and left to expire,
 * dividends, fees and refunds, conversions, splits.
 */
class CashFigurePropertyTest {
    private static final String[] TICKERS = {"AAA", "BBB", "CCC"};
    private static final LocalDate START = LocalDate.parse("2023-01-02");
    private static final Policy POLICY = Policy.of(LocalDate.parse("2024-01-01"));

    private static BigDecimal money(Random r, int max) {
        return BigDecimal.valueOf(1 + r.nextInt(max * 100), 2);
    }

    private static List<Movement> generate(long seed, List<Price> prices, List<Split> splits) {
        Random r = new Random(seed);
        Movements m = Movements.account(1);
        Map<OptionContract, Integer> shortOpen = new HashMap<>();
        for (LocalDate day = START; day.isBefore(START.plusDays(120)); day = day.plusDays(1)) {
            m.on(day);
            for (String t : TICKERS) {
                if (r.nextInt(3) == 0) {
                    prices.add(new Price(Ticker.of(t), Currency.USD, day, money(r, 100)));
                }
            }
            if (r.nextInt(50) == 0) {
                splits.add(new Split(Ticker.of(TICKERS[r.nextInt(TICKERS.length)]), day.plusDays(1),
                        r.nextBoolean() ? new BigDecimal("2") : new BigDecimal("0.5")));
            }
            for (int i = r.nextInt(5); i > 0; i--) {
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
                            m.in("USD").buyToClose(open, Integer.toString(n), money(r, 100).toPlainString(), costs, "0");
                            shortOpen.merge(open, -n, Integer::sum);
                        }
                    }
                }
            }
        }
        return m.all();
    }

    /** What one movement paid in (+) or out (−), per currency: the ledger a broker statement shows. */
    private static void book(Movement movement, Map<Currency, BigDecimal> ledger) {
        MovementDetail d = movement.detail();
        Currency c = movement.currency();
        BigDecimal flow;
        if (d instanceof Deposit x) {
            flow = x.amount().subtract(x.commissions()).subtract(x.fees());
        } else if (d instanceof Withdrawal x) {
            flow = x.amount().negate().subtract(x.commissions()).subtract(x.fees());
        } else if (d instanceof Fee x) {
            flow = x.amount().negate();
        } else if (d instanceof Interest x) {
            flow = x.amount();
        } else if (d instanceof LendingIncome x) {
            flow = x.amount();
        } else if (d instanceof InterestPaid x) {
            flow = x.amount().negate();
        } else if (d instanceof Dividend x) {
            flow = x.amount();
        } else if (d instanceof DividendTax x) {
            flow = x.amount().negate();
        } else if (d instanceof Trade x) {
            BigDecimal gross = x.grossAmount();
            flow = (x.side() == Side.BUY ? gross.negate() : gross).subtract(x.commissions()).subtract(x.fees());
        } else if (d instanceof OptionTrade x) {
            flow = x.net();
        } else if (d instanceof OptionEvent x) {
            flow = x.cashSettlement();
        } else if (d instanceof Conversion x) {
            flow = x.amountOut().negate().subtract(x.fees());
            ledger.merge(x.targetCurrency(), x.amountIn(), BigDecimal::add);
        } else {
            throw new IllegalArgumentException("no cash flow defined for " + d.kind());
        }
        ledger.merge(c, flow, BigDecimal::add);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void cashEqualsTheSumOfTheMovementsCashFlowsOnEverySnapshotDate(long seed) {
        List<Price> prices = new ArrayList<>();
        List<Split> splits = new ArrayList<>();
        List<Movement> movements = generate(seed, prices, splits);
        ReferenceData refs = ReferenceData.of(prices, splits);
        List<DayResult> days = HistoryFold.full(1, movements, refs, POLICY);
        assertThat(days).hasSizeGreaterThan(40);

        int checked = 0;
        for (DayResult day : days) {
            Map<Currency, BigDecimal> ledger = new TreeMap<>();
            movements.stream().filter(mv -> !mv.businessDate().isAfter(day.date())).forEach(mv -> book(mv, ledger));
            Holdings holdings = Holdings.of(day.state(), day.date(), refs);
            for (Holdings.Cash cash : holdings.cash()) {
                assertThat(cash.cash()).as("seed %d, %s, %s", seed, day.date(), cash.currency())
                        .isEqualByComparingTo(Decimals.money(ledger.getOrDefault(cash.currency(), BigDecimal.ZERO)));
                assertThat(cash.netWorth()).isEqualByComparingTo(cash.cash().add(cash.marketValue()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(days.size());
    }
}
