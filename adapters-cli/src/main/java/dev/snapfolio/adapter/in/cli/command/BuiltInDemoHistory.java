package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Conversion;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.DividendTax;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Interest;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionEvent;
import dev.snapfolio.domain.movement.OptionEventType;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small, seeded demo history: monthly deposits and buys, quarterly sales and dividends (with tax
 * withheld), monthly short puts that expire or are assigned, yearly conversions into EUR, interest,
 * fees, one 2-for-1 split, and daily closes. Used when no richer generator is wired.
 */
final class BuiltInDemoHistory implements DemoHistory {
    private static final Currency USD = Currency.USD;
    private static final Currency EUR = Currency.EUR;
    private static final Ticker ACME = Ticker.of("ACME");
    private static final Ticker BOLT = Ticker.of("BOLT");
    private static final Ticker CRUX = Ticker.of("CRUX");
    private static final Ticker DELTA = Ticker.of("DELTA");

    @Override
    public History generate(int years, LocalDate today) {
        return new Builder(today.minusYears(years), today.minusDays(1)).build();
    }

    private static final class Builder {
        private final LocalDate start;
        private final LocalDate end;
        private final Random random = new Random(20240501L);
        private final Map<Ticker, BigDecimal> close = new LinkedHashMap<>();
        private final Map<Ticker, BigDecimal> held = new HashMap<>();
        private final List<Movement> movements = new ArrayList<>();
        private final List<Price> prices = new ArrayList<>();
        private final List<Split> splits = new ArrayList<>();
        private final LocalDate splitDate;
        private OptionContract openPut;

        Builder(LocalDate start, LocalDate end) {
            this.start = weekday(start);
            this.end = end;
            this.splitDate = weekday(start.plusDays(start.until(end, java.time.temporal.ChronoUnit.DAYS) / 2));
            close.put(ACME, new BigDecimal("100"));
            close.put(BOLT, new BigDecimal("40"));
            close.put(CRUX, new BigDecimal("250"));
            close.put(DELTA, new BigDecimal("80"));
        }

        History build() {
            add(start, 9, USD, new Deposit(new BigDecimal("50000")));
            for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                if (day.equals(splitDate)) {
                    splits.add(new Split(BOLT, day, new BigDecimal("2")));
                    close.put(BOLT, Decimals.price(close.get(BOLT).divide(new BigDecimal("2"), RoundingMode.HALF_EVEN)));
                    held.computeIfPresent(BOLT, (t, q) -> q.multiply(new BigDecimal("2")));
                }
                movePrices(day);
                monthly(day);
            }
            // ids are assigned in list order, which must be chronological (DESIGN §7)
            movements.sort(java.util.Comparator.comparing(Movement::timestamp));
            return new History("built-in history " + start + ".." + end + ": " + movements.size() + " movements, "
                    + close.size() + " tickers, " + prices.size() + " prices, " + splits.size() + " split",
                    movements, prices, splits);
        }

        private void movePrices(LocalDate day) {
            for (Map.Entry<Ticker, BigDecimal> entry : close.entrySet()) {
                double step = 1 + (random.nextGaussian() * 0.015 + 0.0004);
                BigDecimal next = Decimals.price(entry.getValue().multiply(BigDecimal.valueOf(step)));
                entry.setValue(next.max(new BigDecimal("1")));
                prices.add(new Price(entry.getKey(), entry.getKey().equals(DELTA) ? EUR : USD, day, entry.getValue()));
            }
        }

        private void monthly(LocalDate day) {
            int dom = day.getDayOfMonth();
            if (dom <= 3 && firstWeekdayOfMonth(day)) {
                add(day, 9, USD, new Deposit(new BigDecimal("1000")));
                Ticker ticker = List.of(ACME, BOLT, CRUX).get(day.getMonthValue() % 3);
                buy(day, ticker, BigDecimal.valueOf(5 + random.nextInt(16)));
                add(day, 17, USD, new Interest(new BigDecimal("3.21")));
                if (day.getMonthValue() % 3 == 0) {
                    quarterly(day);
                }
                if (day.getMonthValue() == 1) {
                    yearly(day);
                }
            }
            if (dom >= 8 && dom <= 10 && openPut == null && day.getDayOfWeek() == DayOfWeek.MONDAY) {
                sellPut(day);
            }
            if (openPut != null && day.equals(openPut.expiration())) {
                settlePut(day);
            }
        }

        private void quarterly(LocalDate day) {
            for (Ticker ticker : List.of(ACME, BOLT, CRUX)) {
                BigDecimal shares = held.getOrDefault(ticker, BigDecimal.ZERO);
                if (shares.signum() > 0) {
                    BigDecimal gross = Decimals.money(shares.multiply(new BigDecimal("0.24")));
                    add(day, 16, USD, new Dividend(ticker, gross));
                    add(day, 16, USD, new DividendTax(ticker, Decimals.money(gross.multiply(new BigDecimal("0.15")))));
                }
            }
            Ticker largest = held.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (largest != null) {
                BigDecimal half = held.get(largest).divide(new BigDecimal("2"), 0, RoundingMode.DOWN);
                if (half.signum() > 0) {
                    add(day, 14, USD, new Trade(largest, Side.SELL, half, close.get(largest), BigDecimal.ONE,
                            new BigDecimal("0.12")));
                    held.merge(largest, half.negate(), BigDecimal::add);
                }
            }
        }

        private void yearly(LocalDate day) {
            add(day, 11, USD, new Fee(new BigDecimal("25")));
            add(day, 12, USD, new Conversion(new BigDecimal("2000"), EUR, new BigDecimal("1840"), new BigDecimal("4")));
            add(day, 13, EUR, new Trade(DELTA, Side.BUY, new BigDecimal("10"), close.get(DELTA), new BigDecimal("2"),
                    BigDecimal.ZERO));
        }

        private void buy(LocalDate day, Ticker ticker, BigDecimal quantity) {
            add(day, 10, USD, new Trade(ticker, Side.BUY, quantity, close.get(ticker), BigDecimal.ONE, BigDecimal.ZERO));
            held.merge(ticker, quantity, BigDecimal::add);
        }

        private void sellPut(LocalDate day) {
            LocalDate expiration = day.plusDays(25);
            while (expiration.getDayOfWeek() != DayOfWeek.FRIDAY) {
                expiration = expiration.plusDays(1);
            }
            BigDecimal strike = close.get(ACME).multiply(new BigDecimal("0.95")).setScale(0, RoundingMode.DOWN);
            openPut = new OptionContract(ACME, OptionType.PUT, strike, expiration, 100);
            BigDecimal premium = Decimals.money(strike.multiply(new BigDecimal("1.2")));
            add(day, 11, USD, new OptionTrade(openPut, OptionAction.SELL_TO_OPEN, BigDecimal.ONE, premium,
                    BigDecimal.ONE, new BigDecimal("0.14")));
        }

        private void settlePut(LocalDate day) {
            if (close.get(ACME).compareTo(openPut.strike()) < 0) {
                add(day, 18, USD, new OptionEvent(openPut, OptionEventType.ASSIGNED, BigDecimal.ONE, null));
                add(day, 18, USD, new Trade(ACME, Side.BUY, new BigDecimal("100"), openPut.strike(), BigDecimal.ZERO,
                        BigDecimal.ZERO));
                held.merge(ACME, new BigDecimal("100"), BigDecimal::add);
            } else {
                add(day, 18, USD, new OptionEvent(openPut, OptionEventType.EXPIRED, BigDecimal.ONE, null));
            }
            openPut = null;
        }

        private void add(LocalDate day, int hour, Currency currency, MovementDetail detail) {
            int n = movements.size() + 1;
            movements.add(new Movement(0, 0, day.atTime(LocalTime.of(hour, 0)).plusSeconds(n % 60), currency, detail,
                    null, "demo-" + n));
        }

        private static boolean firstWeekdayOfMonth(LocalDate day) {
            LocalDate first = day.withDayOfMonth(1);
            return weekday(first).equals(day);
        }

        private static LocalDate weekday(LocalDate day) {
            LocalDate d = day;
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                d = d.plusDays(1);
            }
            return d;
        }
    }
}
