package dev.snapfolio.application.testing;

import dev.snapfolio.domain.money.Currency;
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
import dev.snapfolio.domain.reference.SplitRatio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded random account history that is valid by construction: the generator tracks holdings so
 * it never closes more than is open, opens an option against lots of the other side, or moves out
 * shares it does not hold. Stocks, short sales, options (opened, closed, expired by event or
 * automatically, assigned with their delivery, strike adjustments), cash kinds, two currencies and
 * conversions, prices on random dates, and splits of a ticker without options.
 */
public final class RandomHistory {
    public static final LocalDate START = LocalDate.of(2024, 1, 2);
    public static final Ticker AAA = Ticker.of("AAA");
    public static final Ticker BBB = Ticker.of("BBB");
    /** Never has options, so its splits leave contracts alone. */
    public static final Ticker CCC = Ticker.of("CCC");
    public static final Ticker EEE = Ticker.of("EEE");
    public static final Currency EUR = Currency.EUR;
    public static final Currency USD = Currency.USD;

    public final long seed;
    public final LocalDate today;
    public final List<Movement> movements;
    public final List<Price> prices;
    public final List<Split> splits;

    private final Random random;
    private final Map<Ticker, BigDecimal> shares = new HashMap<>();
    private final Map<OptionContract, BigDecimal> openContracts = new LinkedHashMap<>();
    private final Map<LocalDate, LocalDateTime> lastTime = new HashMap<>();
    private int sourceKeys;

    private RandomHistory(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        int days = 20 + random.nextInt(80);
        LocalDate end = START.plusDays(days);
        this.today = end.plusDays(random.nextInt(12));
        this.splits = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            splits.add(new Split(CCC, START.plusDays(1 + random.nextInt(days)), randomRatio(random)));
        }
        if (random.nextInt(4) == 0) {
            // Dated after today: it becomes due when the days pass (DESIGN §3.3).
            splits.add(new Split(CCC, today.plusDays(1 + random.nextInt(15)), randomRatio(random)));
        }
        this.prices = new ArrayList<>();
        for (Ticker ticker : List.of(AAA, BBB, CCC, EEE)) {
            Currency currency = ticker.equals(EEE) ? EUR : USD;
            for (LocalDate d = START.minusDays(3); !d.isAfter(today); d = d.plusDays(1)) {
                if (random.nextInt(4) == 0) {
                    prices.add(new Price(ticker, currency, d, money(20, 120)));
                }
            }
        }
        this.movements = new ArrayList<>();
        boolean euro = random.nextInt(5) < 2;
        add(START, USD, new Deposit(money(5_000, 20_000), null, null));
        if (euro) {
            add(START.plusDays(random.nextInt(5)), EUR, new Deposit(money(1_000, 5_000), null, null));
        }
        for (LocalDate d = START.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            applySplits(d);
            expireOn(d);
            int count = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                randomMovement(d, euro);
            }
        }
    }

    /** Forward, reverse and non-integer ratios: 2, 1:2, 1:3, 3:2. */
    public static SplitRatio randomRatio(Random random) {
        return List.of(SplitRatio.of(2, 1), SplitRatio.of(1, 2), SplitRatio.of(1, 3), SplitRatio.of(3, 2))
                .get(random.nextInt(4));
    }

    public static RandomHistory generate(long seed) {
        return new RandomHistory(seed);
    }

    private void applySplits(LocalDate d) {
        for (Split split : splits) {
            if (split.date().equals(d) && shares.containsKey(split.ticker())) {
                shares.put(split.ticker(), split.ratio().multiply(shares.get(split.ticker()), 8));
            }
        }
    }

    /** Contracts expiring the day before: an explicit event for some, the rest expire automatically or stay open. */
    private void expireOn(LocalDate d) {
        for (OptionContract contract : List.copyOf(openContracts.keySet())) {
            if (!contract.expiration().isBefore(d)) {
                continue;
            }
            BigDecimal open = openContracts.remove(contract);
            int choice = random.nextInt(3);
            if (choice == 0) {
                // Posted the day after expiration: its business date is the expiration.
                add(contract.expiration().plusDays(1), USD,
                        new OptionEvent(contract, OptionEventType.EXPIRED, open.abs(), null));
            } else if (choice == 1 && open.signum() < 0 && contract.type() == OptionType.PUT) {
                add(contract.expiration(), USD, new OptionEvent(contract, OptionEventType.ASSIGNED, open.abs(), null));
                BigDecimal delivered = open.abs().multiply(contract.multiplier());
                add(contract.expiration(), USD, new Trade(contract.underlying(), Side.BUY, delivered, contract.strike(),
                        null, null));
                shares.merge(contract.underlying(), delivered, BigDecimal::add);
            }
            // otherwise: left open; the calculator expires it once expiration + grace < today.
        }
    }

    private void randomMovement(LocalDate d, boolean euro) {
        int kind = random.nextInt(20);
        switch (kind) {
            case 0, 1, 2, 3 -> trade(d, pick(AAA, BBB, CCC));
            case 4, 5, 6 -> optionOpen(d);
            case 7, 8 -> optionClose(d);
            case 9 -> add(d, USD, new Dividend(pick(AAA, BBB, CCC), money(5, 50)));
            case 10 -> add(d, USD, new DividendTax(pick(AAA, BBB), money(1, 5)));
            case 11 -> add(d, USD, new Fee(random.nextInt(4) == 0 ? money(-5, -1) : money(1, 10)));
            case 12 -> add(d, USD, pick(new Interest(money(1, 20)), new InterestPaid(money(1, 10)),
                    new LendingIncome(money(1, 5))));
            case 13 -> add(d, USD, new Withdrawal(money(10, 200), null, random.nextBoolean() ? money(0, 2) : null));
            case 14 -> securityMove(d);
            case 15 -> adjustment(d);
            case 16 -> add(d, USD, new Deposit(money(100, 2_000), null, null));
            default -> {
                if (euro) {
                    if (random.nextBoolean()) {
                        trade(d, EEE);
                    } else {
                        add(d, USD, new Conversion(money(100, 500), EUR, money(90, 450), money(0, 3)));
                    }
                } else {
                    trade(d, pick(AAA, BBB));
                }
            }
        }
    }

    private void trade(LocalDate d, Ticker ticker) {
        Side side = random.nextInt(3) == 0 ? Side.SELL : Side.BUY;
        BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(30));
        add(d, ticker.equals(EEE) ? EUR : USD, new Trade(ticker, side, quantity, money(20, 120),
                random.nextBoolean() ? money(0, 2) : null, random.nextBoolean() ? money(0, 1) : null));
        shares.merge(ticker, side == Side.BUY ? quantity : quantity.negate(), BigDecimal::add);
    }

    private void optionOpen(LocalDate d) {
        Ticker underlying = pick(AAA, BBB);
        OptionType type = random.nextBoolean() ? OptionType.PUT : OptionType.CALL;
        LocalDate expiration = d.plusDays(3 + random.nextInt(30));
        OptionContract contract = new OptionContract(underlying, type, BigDecimal.valueOf(10L * (3 + random.nextInt(8))),
                expiration, 100);
        BigDecimal open = openContracts.getOrDefault(contract, BigDecimal.ZERO);
        boolean sell = open.signum() < 0 || (open.signum() == 0 && random.nextInt(3) > 0);
        BigDecimal contracts = BigDecimal.valueOf(1 + random.nextInt(3));
        BigDecimal premium = money(20, 400);
        add(d, USD, new OptionTrade(contract, sell ? OptionAction.SELL_TO_OPEN : OptionAction.BUY_TO_OPEN, contracts,
                sell ? premium : premium.negate(), money(0, 2), money(0, 1)));
        openContracts.merge(contract, sell ? contracts.negate() : contracts, BigDecimal::add);
    }

    private void optionClose(LocalDate d) {
        List<OptionContract> candidates = openContracts.keySet().stream()
                .filter(c -> !c.expiration().isBefore(d)).toList();
        if (candidates.isEmpty()) {
            optionOpen(d);
            return;
        }
        OptionContract contract = candidates.get(random.nextInt(candidates.size()));
        BigDecimal open = openContracts.get(contract);
        BigDecimal contracts = BigDecimal.valueOf(1 + random.nextInt(open.abs().intValueExact()));
        boolean shortPosition = open.signum() < 0;
        BigDecimal premium = money(5, 300);
        add(d, USD, new OptionTrade(contract, shortPosition ? OptionAction.BUY_TO_CLOSE : OptionAction.SELL_TO_CLOSE,
                contracts, shortPosition ? premium.negate() : premium, money(0, 2), null));
        BigDecimal left = shortPosition ? open.add(contracts) : open.subtract(contracts);
        if (left.signum() == 0) {
            openContracts.remove(contract);
        } else {
            openContracts.put(contract, left);
        }
    }

    private void securityMove(LocalDate d) {
        Ticker ticker = pick(AAA, CCC);
        BigDecimal held = shares.getOrDefault(ticker, BigDecimal.ZERO);
        if (held.compareTo(BigDecimal.ONE) >= 0 && random.nextBoolean()) {
            BigDecimal quantity = BigDecimal.ONE.max(held.divideToIntegralValue(BigDecimal.valueOf(2)));
            add(d, USD, new SecurityOut(ticker, quantity, null));
            shares.put(ticker, held.subtract(quantity));
        } else if (held.signum() >= 0) {
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(20));
            add(d, USD, new SecurityIn(ticker, quantity, random.nextBoolean() ? money(10, 90) : null));
            shares.merge(ticker, quantity, BigDecimal::add);
        }
    }

    private void adjustment(LocalDate d) {
        for (Map.Entry<OptionContract, BigDecimal> entry : openContracts.entrySet()) {
            OptionContract contract = entry.getKey();
            OptionContract moved = contract.withStrike(contract.strike().add(BigDecimal.valueOf(2.5)));
            if (!contract.expiration().isBefore(d) && !openContracts.containsKey(moved)) {
                BigDecimal all = entry.getValue();
                add(d, USD, new OptionAdjustment(contract, moved.strike(), all.abs()));
                openContracts.remove(contract);
                openContracts.put(moved, all);
                return;
            }
        }
    }

    private void add(LocalDate d, Currency currency, MovementDetail detail) {
        // Times only move forward within a day, so apply order is the order the holdings were tracked in
        // (equal times are ordered by id, which follows this list).
        LocalDateTime previous = lastTime.getOrDefault(d, d.atTime(9, 0));
        LocalDateTime timestamp = previous.plusMinutes(random.nextInt(3) * 20L);
        lastTime.put(d, timestamp);
        movements.add(new Movement(0, 0, timestamp, currency, detail, null, "k" + seed + "-" + (++sourceKeys)));
    }

    // ------------------------------------------------------------------ random values

    public BigDecimal money(int min, int max) {
        long cents = (long) min * 100 + (long) (random.nextDouble() * (max - min) * 100);
        return BigDecimal.valueOf(cents, 2);
    }

    public Random random() {
        return random;
    }

    @SafeVarargs
    public final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
