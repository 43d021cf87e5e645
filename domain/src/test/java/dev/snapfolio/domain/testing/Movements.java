package dev.snapfolio.domain.testing;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Concise movement builder for tests. Movements get ids 1, 2, 3... and timestamps one minute
 * apart from 09:30 on the current date, so their order is the order they were written in:
 *
 * <pre>{@code
 * Movements m = Movements.account(1);
 * m.on("2024-01-02").deposit("10000");
 * m.on("2024-01-03").buy("AAPL", "10", "100", "1");
 * OptionContract put = Movements.put("MSFT", "400", "2024-02-16");
 * m.on("2024-01-15").sellToOpen(put, "3", "300", "3", "0.42");
 * List<Movement> history = m.all();
 * }</pre>
 * Amounts are strings (exact decimals). The currency is USD unless changed with {@link #in(String)}.
 */
public final class Movements {
    private static final LocalTime FIRST_TIME = LocalTime.of(9, 30);

    private final long accountId;
    private final List<Movement> all = new ArrayList<>();
    private long nextId = 1;
    private Currency currency = Currency.USD;
    private LocalDateTime clock;

    private Movements(long accountId) {
        this.accountId = accountId;
    }

    public static Movements account(long accountId) {
        return new Movements(accountId);
    }

    // ------------------------------------------------------------------ cursor

    /** Subsequent movements are dated {@code date} ("2024-01-02"), from 09:30 on. */
    public Movements on(String date) {
        return on(LocalDate.parse(date));
    }

    public Movements on(LocalDate date) {
        clock = date.atTime(FIRST_TIME);
        return this;
    }

    /** Subsequent movements start at this exact local timestamp ("2024-01-02T15:30"). */
    public Movements at(String timestamp) {
        clock = LocalDateTime.parse(timestamp);
        return this;
    }

    /** Subsequent movements are in this currency. */
    public Movements in(String currencyCode) {
        currency = Currency.of(currencyCode);
        return this;
    }

    /** Subsequent ids continue from this one. */
    public Movements nextId(long id) {
        nextId = id;
        return this;
    }

    /** Every movement built so far, in the order written. */
    public List<Movement> all() {
        return List.copyOf(all);
    }

    /** The movements built so far dated {@code date}. */
    public List<Movement> dated(String date) {
        LocalDate d = LocalDate.parse(date);
        return all.stream().filter(m -> m.businessDate().equals(d)).toList();
    }

    /** Builds and records a movement of any kind at the cursor. */
    public Movement movement(MovementDetail detail) {
        if (clock == null) {
            throw new IllegalStateException("call on(date) first");
        }
        Movement m = new Movement(nextId++, accountId, clock, currency, detail, null, null);
        clock = clock.plusMinutes(1);
        all.add(m);
        return m;
    }

    // ------------------------------------------------------------------ cash

    public Movement deposit(String amount) {
        return movement(new Deposit(dec(amount)));
    }

    public Movement deposit(String amount, String commissions, String fees) {
        return movement(new Deposit(dec(amount), dec(commissions), dec(fees)));
    }

    public Movement withdrawal(String amount) {
        return movement(new Withdrawal(dec(amount)));
    }

    public Movement withdrawal(String amount, String commissions, String fees) {
        return movement(new Withdrawal(dec(amount), dec(commissions), dec(fees)));
    }

    /** A fee charged (positive) or refunded (negative). */
    public Movement fee(String amount) {
        return movement(new Fee(dec(amount)));
    }

    public Movement interest(String amount) {
        return movement(new Interest(dec(amount)));
    }

    public Movement interestPaid(String amount) {
        return movement(new InterestPaid(dec(amount)));
    }

    public Movement lendingIncome(String amount) {
        return movement(new LendingIncome(dec(amount)));
    }

    public Movement dividend(String ticker, String amount) {
        return movement(new Dividend(Ticker.of(ticker), dec(amount)));
    }

    public Movement dividendTax(String ticker, String amount) {
        return movement(new DividendTax(Ticker.of(ticker), dec(amount)));
    }

    /** amountOut leaves the current currency, amountIn arrives in {@code target}; fees in the current currency. */
    public Movement convert(String amountOut, String target, String amountIn, String fees) {
        return movement(new Conversion(dec(amountOut), Currency.of(target), dec(amountIn), dec(fees)));
    }

    // ------------------------------------------------------------------ stocks

    public Movement buy(String ticker, String quantity, String price) {
        return buy(ticker, quantity, price, "0", "0");
    }

    public Movement buy(String ticker, String quantity, String price, String commissions) {
        return buy(ticker, quantity, price, commissions, "0");
    }

    public Movement buy(String ticker, String quantity, String price, String commissions, String fees) {
        return movement(new Trade(Ticker.of(ticker), Side.BUY, dec(quantity), dec(price), dec(commissions), dec(fees)));
    }

    public Movement sell(String ticker, String quantity, String price) {
        return sell(ticker, quantity, price, "0", "0");
    }

    public Movement sell(String ticker, String quantity, String price, String commissions) {
        return sell(ticker, quantity, price, commissions, "0");
    }

    public Movement sell(String ticker, String quantity, String price, String commissions, String fees) {
        return movement(new Trade(Ticker.of(ticker), Side.SELL, dec(quantity), dec(price), dec(commissions), dec(fees)));
    }

    public Movement securityIn(String ticker, String quantity, String costPerShare) {
        return movement(new SecurityIn(Ticker.of(ticker), dec(quantity), dec(costPerShare)));
    }

    public Movement securityOut(String ticker, String quantity) {
        return movement(new SecurityOut(Ticker.of(ticker), dec(quantity), null));
    }

    // ------------------------------------------------------------------ options

    public static OptionContract put(String underlying, String strike, String expiration) {
        return OptionContract.of(underlying, OptionType.PUT, strike, LocalDate.parse(expiration));
    }

    public static OptionContract call(String underlying, String strike, String expiration) {
        return OptionContract.of(underlying, OptionType.CALL, strike, LocalDate.parse(expiration));
    }

    /** An option trade; {@code premium} is the signed cash (BUY_* ≤ 0, SELL_* ≥ 0). */
    public Movement option(OptionAction action, OptionContract contract, String contracts, String premium,
            String commissions, String fees) {
        return movement(new OptionTrade(contract, action, dec(contracts), dec(premium), dec(commissions), dec(fees)));
    }

    /** Sells to open for a premium received (≥ 0). */
    public Movement sellToOpen(OptionContract contract, String contracts, String premium) {
        return sellToOpen(contract, contracts, premium, "0", "0");
    }

    public Movement sellToOpen(OptionContract contract, String contracts, String premium, String commissions,
            String fees) {
        return option(OptionAction.SELL_TO_OPEN, contract, contracts, premium, commissions, fees);
    }

    /** Buys to open paying {@code cost} (given positive; stored as a negative premium). */
    public Movement buyToOpen(OptionContract contract, String contracts, String cost) {
        return buyToOpen(contract, contracts, cost, "0", "0");
    }

    public Movement buyToOpen(OptionContract contract, String contracts, String cost, String commissions,
            String fees) {
        return option(OptionAction.BUY_TO_OPEN, contract, contracts, negated(cost), commissions, fees);
    }

    /** Buys to close paying {@code cost} (given positive; stored as a negative premium). */
    public Movement buyToClose(OptionContract contract, String contracts, String cost) {
        return buyToClose(contract, contracts, cost, "0", "0");
    }

    public Movement buyToClose(OptionContract contract, String contracts, String cost, String commissions,
            String fees) {
        return option(OptionAction.BUY_TO_CLOSE, contract, contracts, negated(cost), commissions, fees);
    }

    public Movement sellToClose(OptionContract contract, String contracts, String premium) {
        return sellToClose(contract, contracts, premium, "0", "0");
    }

    public Movement sellToClose(OptionContract contract, String contracts, String premium, String commissions,
            String fees) {
        return option(OptionAction.SELL_TO_CLOSE, contract, contracts, premium, commissions, fees);
    }

    public Movement expire(OptionContract contract, String contracts) {
        return event(contract, OptionEventType.EXPIRED, contracts, "0");
    }

    public Movement assign(OptionContract contract, String contracts) {
        return event(contract, OptionEventType.ASSIGNED, contracts, "0");
    }

    public Movement exercise(OptionContract contract, String contracts) {
        return event(contract, OptionEventType.EXERCISED, contracts, "0");
    }

    public Movement event(OptionContract contract, OptionEventType event, String contracts, String cashSettlement) {
        return movement(new OptionEvent(contract, event, dec(contracts), dec(cashSettlement)));
    }

    public Movement adjust(OptionContract contract, String newStrike, String contracts) {
        return movement(new OptionAdjustment(contract, dec(newStrike), dec(contracts)));
    }

    // ------------------------------------------------------------------ numbers

    public static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static String negated(String positive) {
        return new BigDecimal(positive).negate().toPlainString();
    }
}
