package dev.snapfolio.sampledata;

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
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionAdjustment;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionEvent;
import dev.snapfolio.domain.movement.OptionEventType;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.movement.SecurityIn;
import dev.snapfolio.domain.movement.SecurityOut;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.movement.Withdrawal;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Builds a deterministic, seeded account history that is valid under the domain rules (DESIGN
 * §3.3): it tracks its own stock positions and open contracts, so it never closes more contracts
 * than are open, never opens opposite to open lots, trades options only on or before their
 * expiration, raises events only on open contracts (ASSIGNED on shorts, EXERCISED on longs), moves
 * shares out only from a long holding, and never keeps a contract open across a split of its
 * underlying. Stock sells beyond the holding are allowed: they open a short, as the domain says.
 *
 * <p>Trading days are the weekdays; every ticker has one close per trading day in its currency
 * (ticker i trades in currency i mod C). Option expirations are Fridays. Contracts still open on
 * their expiration day are exercised, assigned (with the stock delivery trade), explicitly expired
 * (on the day, or posted the next trading day as brokers do) or left for the auto-expiry.
 *
 * <p>Only integer arithmetic and {@link java.util.Random} (whose sequence the JDK specifies) are
 * used, so a seed gives the same history on every JVM.
 */
public final class HistoryGenerator {

    static final List<Currency> CURRENCY_POOL = List.of(Currency.USD, Currency.EUR, Currency.of("GBP"),
            Currency.of("CHF"), Currency.of("CAD"), Currency.of("JPY"));
    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "NVDA", "AMZN", "GOOG", "META", "TSLA", "AMD",
            "INTC", "SOFI", "PLTR", "KO", "PEP", "JNJ", "XOM", "JPM", "DIS", "NFLX", "SPY", "QQQ");
    private static final BigDecimal[] SPLIT_RATIOS = {
        BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(4), new BigDecimal("0.5")};
    private static final int MULTIPLIER = 100;

    private HistoryGenerator() {
    }

    /** The history of account 1. */
    public static GeneratedHistory generate(HistorySpec spec) {
        return generate(spec, 1L);
    }

    public static GeneratedHistory generate(HistorySpec spec, long accountId) {
        return new Run(spec, accountId).generate();
    }

    /** The mutable state of one generation; discarded afterwards. */
    private static final class Run {
        private final HistorySpec spec;
        private final long accountId;
        private final Random rnd;
        private final List<LocalDate> days = new ArrayList<>();
        private final List<Currency> currencies = new ArrayList<>();
        private final Ticker[] tickers;
        private final Currency[] currencyOf;
        private final long[] cents;
        private final BigDecimal[] shares;
        private final Map<LocalDate, List<Split>> splitsByDate = new HashMap<>();
        private final List<Split> splits = new ArrayList<>();
        /** Signed open contracts (> 0 long, < 0 short); sorted so iteration is deterministic. */
        private final TreeMap<OptionContract, BigDecimal> open = new TreeMap<>();
        private final List<Movement> movements = new ArrayList<>();
        private final List<Price> prices = new ArrayList<>();

        private LocalDate day;
        private int slot;

        Run(HistorySpec spec, long accountId) {
            this.spec = spec;
            this.accountId = accountId;
            this.rnd = new Random(spec.seed());
            for (LocalDate d = spec.start(); !d.isAfter(spec.end()); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    days.add(d);
                }
            }
            if (days.isEmpty()) {
                throw new IllegalArgumentException("no weekday in " + spec.start() + " .. " + spec.end());
            }
            currencies.addAll(CURRENCY_POOL.subList(0, spec.currencies()));
            int n = spec.tickers();
            tickers = new Ticker[n];
            currencyOf = new Currency[n];
            cents = new long[n];
            shares = new BigDecimal[n];
            for (int t = 0; t < n; t++) {
                String symbol = t < SYMBOLS.size() ? SYMBOLS.get(t) : String.format("T%03d", t);
                tickers[t] = Ticker.of(spec.tickerPrefix() + symbol);
                currencyOf[t] = currencies.get(t % currencies.size());
                cents[t] = between(1_500, 40_000);
                shares[t] = BigDecimal.ZERO;
            }
            planSplits();
        }

        GeneratedHistory generate() {
            for (int i = 0; i < days.size(); i++) {
                day = days.get(i);
                slot = 0;
                priceTheDay();
                if (i == 0) {
                    for (Currency c : currencies) {
                        emit(c, new Deposit(money(between(5_000_000, 15_000_000)), null, null));
                    }
                } else if (day.getMonthValue() != days.get(i - 1).getMonthValue()) {
                    for (Currency c : currencies) {
                        emit(c, new Deposit(money(between(100_000, 500_000)), null, null));
                    }
                }
                // Actions add ≈12 % more movements (dividend taxes, deposits, expirations, deliveries).
                int base = Math.max(1, spec.movementsPerDay() * 9 / 10);
                int actions = base / 2 + rnd.nextInt(base + 1);
                for (int a = 0; a < actions; a++) {
                    act();
                }
                settleExpirations(i + 1 < days.size() ? days.get(i + 1) : null);
            }
            movements.sort(Comparator.comparing(Movement::timestamp));
            return new GeneratedHistory(spec, accountId, currencies, List.of(tickers), movements, prices, splits, days);
        }

        private void planSplits() {
            if (days.size() < 3) {
                return;
            }
            int first = Math.max(1, days.size() / 10);
            for (int s = 0; s < spec.splits(); s++) {
                int t = rnd.nextInt(tickers.length);
                LocalDate date = days.get(first + rnd.nextInt(days.size() - first));
                BigDecimal ratio = SPLIT_RATIOS[rnd.nextInt(SPLIT_RATIOS.length)];
                boolean taken = splits.stream().anyMatch(x -> x.ticker().equals(tickers[t]) && x.date().equals(date));
                if (taken) {
                    continue;
                }
                Split split = new Split(tickers[t], date, ratio);
                splits.add(split);
                splitsByDate.computeIfAbsent(date, k -> new ArrayList<>()).add(split);
            }
            splits.sort(Comparator.comparing(Split::date).thenComparing(Split::ticker));
        }

        /** A random walk of ±2 % a day in whole cents; a split divides the close dated on its day. */
        private void priceTheDay() {
            for (int t = 0; t < tickers.length; t++) {
                long next = cents[t] * (10_000 + between(-200, 205)) / 10_000;
                cents[t] = Math.max(100, next);
            }
            for (Split split : splitsByDate.getOrDefault(day, List.of())) {
                int t = indexOf(split.ticker());
                BigDecimal adjusted = split.ratio().divide(BigDecimal.valueOf(cents[t]), 0);
                cents[t] = Math.max(1, adjusted.longValueExact());
                shares[t] = split.ratio().multiply(shares[t], Decimals.QUANTITY_SCALE);
            }
            for (int t = 0; t < tickers.length; t++) {
                prices.add(new Price(tickers[t], currencyOf[t], day, BigDecimal.valueOf(cents[t], 2)));
            }
        }

        private void act() {
            int r = rnd.nextInt(1000);
            boolean done;
            if (r < 440) {
                done = false;
            } else if (r < 750) {
                done = optionTrade();
            } else if (r < 790) {
                done = dividend();
            } else if (r < 810) {
                done = fee();
            } else if (r < 840) {
                done = cash(new Interest(money(between(1, 5_000))));
            } else if (r < 850) {
                done = cash(new InterestPaid(money(between(1, 3_000))));
            } else if (r < 865) {
                done = cash(new LendingIncome(money(between(1, 2_000))));
            } else if (r < 880) {
                done = securityIn();
            } else if (r < 895) {
                done = securityOut();
            } else if (r < 905) {
                done = conversion();
            } else if (r < 925) {
                done = cash(new Deposit(money(between(50_000, 1_000_000)), null, rnd.nextInt(10) == 0 ? money(100) : null));
            } else if (r < 935) {
                done = cash(new Withdrawal(money(between(10_000, 300_000)), null, null));
            } else if (r < 940) {
                done = adjustment();
            } else {
                done = false;
            }
            if (!done) {
                stockTrade();
            }
        }

        // ---- stocks ----

        private void stockTrade() {
            int t = rnd.nextInt(tickers.length);
            BigDecimal pos = shares[t];
            long notional = between(100_000, 1_600_000);
            BigDecimal base = BigDecimal.valueOf(Math.max(1, notional / cents[t]));
            Side side;
            BigDecimal qty;
            int r = rnd.nextInt(100);
            if (pos.signum() == 0) {
                side = r < 80 ? Side.BUY : Side.SELL;
                qty = base;
            } else {
                boolean isLong = pos.signum() > 0;
                BigDecimal held = pos.abs();
                Side closing = isLong ? Side.SELL : Side.BUY;
                Side adding = isLong ? Side.BUY : Side.SELL;
                if (r < 30) {
                    side = adding;
                    qty = base;
                } else if (r < 75) {
                    side = closing;
                    qty = partOf(held);
                } else if (r < 90) {
                    side = closing;
                    qty = held;
                } else {
                    // Closes everything and opens the opposite position with the rest.
                    side = closing;
                    qty = held.add(base);
                }
            }
            long priceCents = Math.max(1, cents[t] * (1_000 + between(-5, 5)) / 1_000);
            BigDecimal commissions = rnd.nextInt(10) < 6 ? money(100) : null;
            emit(currencyOf[t], new Trade(tickers[t], side, qty, BigDecimal.valueOf(priceCents, 2), commissions,
                    money(between(1, 50))));
            shares[t] = side == Side.BUY ? pos.add(qty) : pos.subtract(qty);
        }

        /** 10–90 % of a holding in whole shares (at least one, at most all of it). */
        private BigDecimal partOf(BigDecimal held) {
            if (held.compareTo(BigDecimal.ONE) <= 0) {
                return held;
            }
            BigDecimal part = held.multiply(BigDecimal.valueOf(between(10, 90)))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING);
            return part.compareTo(held) >= 0 ? held : part;
        }

        private boolean securityIn() {
            int t = pick(i -> shares[i].signum() >= 0);
            if (t < 0) {
                return false;
            }
            BigDecimal qty = BigDecimal.valueOf(between(5, 50));
            long cost = Math.max(1, cents[t] * between(70, 100) / 100);
            emit(currencyOf[t], new SecurityIn(tickers[t], qty, BigDecimal.valueOf(cost, 2)));
            shares[t] = shares[t].add(qty);
            return true;
        }

        private boolean securityOut() {
            int t = pick(i -> shares[i].compareTo(BigDecimal.valueOf(2)) >= 0);
            if (t < 0) {
                return false;
            }
            BigDecimal qty = shares[t].divide(BigDecimal.valueOf(2), 0, RoundingMode.FLOOR);
            emit(currencyOf[t], new SecurityOut(tickers[t], qty, null));
            shares[t] = shares[t].subtract(qty);
            return true;
        }

        private boolean dividend() {
            int t = pick(i -> shares[i].signum() > 0);
            if (t < 0) {
                return false;
            }
            long perShareCents = Math.max(1, cents[t] / 200);
            BigDecimal amount = Decimals.money(shares[t].multiply(BigDecimal.valueOf(perShareCents, 2)));
            if (amount.signum() <= 0) {
                return false;
            }
            emit(currencyOf[t], new Dividend(tickers[t], amount));
            BigDecimal tax = Decimals.money(amount.multiply(new BigDecimal("0.15")));
            if (rnd.nextInt(10) < 6 && tax.signum() > 0) {
                emit(currencyOf[t], new DividendTax(tickers[t], tax));
            }
            return true;
        }

        // ---- options ----

        private boolean optionTrade() {
            int t = rnd.nextInt(tickers.length);
            List<OptionContract> onTicker = new ArrayList<>();
            for (OptionContract c : open.keySet()) {
                if (c.underlying().equals(tickers[t])) {
                    onTicker.add(c);
                }
            }
            if (!onTicker.isEmpty() && rnd.nextBoolean()) {
                OptionContract c = onTicker.get(rnd.nextInt(onTicker.size()));
                BigDecimal pos = open.get(c);
                boolean isLong = pos.signum() > 0;
                if (rnd.nextInt(4) == 0) {
                    optionOrder(t, c, isLong ? OptionAction.BUY_TO_OPEN : OptionAction.SELL_TO_OPEN, between(1, 3));
                } else {
                    int held = pos.abs().intValueExact();
                    optionOrder(t, c, isLong ? OptionAction.SELL_TO_CLOSE : OptionAction.BUY_TO_CLOSE,
                            1 + rnd.nextInt(held));
                }
                return true;
            }
            if (onTicker.size() >= 4) {
                return false;
            }
            LocalDate expiration = day.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)).plusWeeks(rnd.nextInt(6));
            if (splitIn(tickers[t], day, expiration)) {
                return false; // contracts never stay open across a split of their underlying
            }
            OptionType type = rnd.nextBoolean() ? OptionType.CALL : OptionType.PUT;
            OptionContract c = new OptionContract(tickers[t], type, strikeNear(cents[t]), expiration, MULTIPLIER);
            boolean buy = rnd.nextInt(100) < 45;
            BigDecimal existing = open.get(c);
            if (existing != null && (existing.signum() > 0) != buy) {
                return false; // an opposite open on a contract with open lots is a domain error
            }
            optionOrder(t, c, buy ? OptionAction.BUY_TO_OPEN : OptionAction.SELL_TO_OPEN, between(1, 5));
            return true;
        }

        private void optionOrder(int t, OptionContract c, OptionAction action, int contracts) {
            long perShareCents = Math.max(5, cents[t] * between(1, 6) / 100);
            BigDecimal cash = BigDecimal.valueOf(perShareCents * contracts); // × 100 shares ÷ 100 cents
            BigDecimal premium = action.isBuy() ? cash.negate() : cash;
            BigDecimal commissions = rnd.nextInt(10) < 7 ? money(100L * Math.min(10, contracts)) : null;
            BigDecimal fees = money(14L * contracts);
            BigDecimal count = BigDecimal.valueOf(contracts);
            emit(currencyOf[t], new OptionTrade(c, action, count, premium, commissions, fees));
            // Buying adds to a long or reduces a short; selling the reverse.
            adjustOpen(c, action.isBuy() ? count : count.negate());
        }

        private void adjustOpen(OptionContract c, BigDecimal delta) {
            BigDecimal next = open.getOrDefault(c, BigDecimal.ZERO).add(delta);
            if (next.signum() == 0) {
                open.remove(c);
            } else {
                open.put(c, next);
            }
        }

        /** Moves a whole open position to a strike one unit lower (as after a special dividend). */
        private boolean adjustment() {
            List<OptionContract> candidates = new ArrayList<>();
            for (OptionContract c : open.keySet()) {
                if (c.expiration().isAfter(day) && c.strike().compareTo(BigDecimal.valueOf(2)) >= 0) {
                    candidates.add(c);
                }
            }
            if (candidates.isEmpty()) {
                return false;
            }
            OptionContract c = candidates.get(rnd.nextInt(candidates.size()));
            BigDecimal newStrike = c.strike().subtract(BigDecimal.ONE);
            OptionContract moved = c.withStrike(newStrike);
            if (open.containsKey(moved)) {
                return false;
            }
            BigDecimal pos = open.remove(c);
            emit(currencyOf[indexOf(c.underlying())], new OptionAdjustment(c, newStrike, pos.abs()));
            open.put(moved, pos);
            return true;
        }

        /** At the end of an expiration day, every contract still open gets its fate. */
        private void settleExpirations(LocalDate nextDay) {
            List<OptionContract> expiring = new ArrayList<>();
            for (OptionContract c : open.keySet()) {
                if (c.expiration().equals(day)) {
                    expiring.add(c);
                }
            }
            int eventSlot = 0;
            int lateSlot = 0;
            for (OptionContract c : expiring) {
                BigDecimal pos = open.remove(c);
                BigDecimal count = pos.abs();
                boolean isLong = pos.signum() > 0;
                int t = indexOf(c.underlying());
                int r = rnd.nextInt(100);
                if (r < 48) {
                    LocalDateTime at;
                    if (nextDay != null && rnd.nextBoolean()) {
                        // Brokers post expirations the next days; the business date stays the expiration.
                        at = nextDay.atTime(7, 0).plusSeconds(lateSlot++);
                    } else {
                        at = day.atTime(16, 0).plusSeconds(eventSlot++);
                    }
                    emitAt(at, currencyOf[t], new OptionEvent(c, OptionEventType.EXPIRED, count, null));
                } else if (r < 76) {
                    OptionEventType event = isLong ? OptionEventType.EXERCISED : OptionEventType.ASSIGNED;
                    emitAt(day.atTime(16, 0).plusSeconds(eventSlot++), currencyOf[t],
                            new OptionEvent(c, event, count, null));
                    // A long call or a short put takes delivery; a long put or a short call delivers.
                    boolean buys = (c.type() == OptionType.CALL) == isLong;
                    BigDecimal qty = Decimals.quantity(count.multiply(c.multiplier()));
                    emitAt(day.atTime(16, 0).plusSeconds(eventSlot++), currencyOf[t],
                            new Trade(c.underlying(), buys ? Side.BUY : Side.SELL, qty, c.strike(), null, null));
                    shares[t] = buys ? shares[t].add(qty) : shares[t].subtract(qty);
                }
                // else: left open for the calculator's auto-expiry.
            }
        }

        private boolean splitIn(Ticker ticker, LocalDate afterExclusive, LocalDate toInclusive) {
            for (Split s : splits) {
                if (s.ticker().equals(ticker) && s.date().isAfter(afterExclusive) && !s.date().isAfter(toInclusive)) {
                    return true;
                }
            }
            return false;
        }

        private BigDecimal strikeNear(long priceCents) {
            long target = priceCents * between(85, 115) / 100;
            long step = priceCents >= 5_000 ? 500 : priceCents >= 1_000 ? 100 : 50;
            long strike = Math.max(step, (target + step / 2) / step * step);
            return BigDecimal.valueOf(strike, 2);
        }

        // ---- cash ----

        private boolean fee() {
            long amount = between(50, 2_500);
            return cash(new Fee(money(rnd.nextInt(10) == 0 ? -amount : amount)));
        }

        private boolean cash(MovementDetail detail) {
            emit(currencies.get(rnd.nextInt(currencies.size())), detail);
            return true;
        }

        private boolean conversion() {
            if (currencies.size() < 2) {
                return false;
            }
            int from = rnd.nextInt(currencies.size());
            int to = (from + 1 + rnd.nextInt(currencies.size() - 1)) % currencies.size();
            long out = between(50_000, 500_000);
            long in = out * between(80, 125) / 100;
            emit(currencies.get(from), new Conversion(money(out), currencies.get(to), money(in), money(between(0, 500))));
            return true;
        }

        // ---- helpers ----

        private void emit(Currency currency, MovementDetail detail) {
            emitAt(day.atTime(9, 30).plusSeconds(20L * slot++), currency, detail);
        }

        private void emitAt(LocalDateTime at, Currency currency, MovementDetail detail) {
            String sourceKey = "gen-" + spec.seed() + "-" + (movements.size() + 1);
            movements.add(new Movement(0, accountId, at, currency, detail, null, sourceKey));
        }

        /** A random ticker index among those matching, or -1. */
        private int pick(IntPredicate matching) {
            int[] candidates = new int[tickers.length];
            int n = 0;
            for (int t = 0; t < tickers.length; t++) {
                if (matching.test(t)) {
                    candidates[n++] = t;
                }
            }
            return n == 0 ? -1 : candidates[rnd.nextInt(n)];
        }

        private int indexOf(Ticker ticker) {
            for (int t = 0; t < tickers.length; t++) {
                if (tickers[t].equals(ticker)) {
                    return t;
                }
            }
            throw new IllegalStateException("unknown ticker " + ticker);
        }

        private long between(long lo, long hi) {
            return lo + rnd.nextInt((int) (hi - lo + 1));
        }

        private int between(int lo, int hi) {
            return lo + rnd.nextInt(hi - lo + 1);
        }

        private static BigDecimal money(long cents) {
            return BigDecimal.valueOf(cents, 2);
        }
    }
}
