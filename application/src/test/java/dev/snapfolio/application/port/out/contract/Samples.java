package dev.snapfolio.application.port.out.contract;

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
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.CurrencyTotals;
import dev.snapfolio.domain.state.OptionLot;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.StockLot;
import dev.snapfolio.domain.state.TickerBook;
import dev.snapfolio.domain.state.TickerTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Values for the out-port contracts: every kind of movement, rows with awkward decimals, a full state. */
final class Samples {
    static final Ticker AAPL = Ticker.of("AAPL");
    static final Ticker SOFI = Ticker.of("SOFI");
    static final Ticker MSFT = Ticker.of("MSFT");
    static final OptionContract SOFI_PUT = new OptionContract(SOFI, OptionType.PUT, new BigDecimal("6.5"),
            LocalDate.of(2024, 5, 10), 100);
    static final OptionContract AAPL_CALL_X10 = new OptionContract(AAPL, OptionType.CALL, new BigDecimal("187.125"),
            LocalDate.of(2024, 6, 21), 10);

    private Samples() {
    }

    static BigDecimal money(String v) {
        return Decimals.money(v);
    }

    static BigDecimal qty(String v) {
        return Decimals.quantity(v);
    }

    static Movement movement(long accountId, LocalDateTime at, MovementDetail detail) {
        return Movement.of(accountId, at, Currency.USD, detail);
    }

    /** One movement of every kind, with distinctive values, notes and source keys; conversion in EUR → USD. */
    static List<Movement> everyKind(long accountId) {
        LocalDateTime t = LocalDateTime.of(2024, 5, 2, 9, 30, 15, 123_456_000);
        return List.of(
                movement(accountId, t, new Deposit(money("10000.5"), money("1.25"), money("0.000001"))),
                movement(accountId, t.plusMinutes(1), new Withdrawal(money("250"), money("0"), money("3.5"))),
                movement(accountId, t.plusMinutes(2), new Fee(money("-12.34"))),
                movement(accountId, t.plusMinutes(3), new Interest(money("0.17"))),
                movement(accountId, t.plusMinutes(4), new InterestPaid(money("4.2"))),
                movement(accountId, t.plusMinutes(5), new LendingIncome(money("0.99"))),
                movement(accountId, t.plusMinutes(6), new Dividend(AAPL, money("24"))),
                movement(accountId, t.plusMinutes(7), new DividendTax(AAPL, money("3.6"))),
                movement(accountId, t.plusMinutes(8), new Trade(AAPL, Side.BUY, qty("10.12345678"),
                        new BigDecimal("187.654321"), money("1"), money("0.02"))),
                movement(accountId, t.plusMinutes(9), new OptionTrade(SOFI_PUT, OptionAction.SELL_TO_OPEN, qty("2"),
                        money("31"), money("2"), money("0.28"))),
                movement(accountId, t.plusMinutes(10), new OptionTrade(AAPL_CALL_X10, OptionAction.BUY_TO_OPEN, qty("1"),
                        money("-55.5"), money("1"), money("0.1"))),
                movement(accountId, t.plusMinutes(11), new OptionAdjustment(SOFI_PUT, new BigDecimal("6.25"), qty("1"))),
                movement(accountId, t.plusMinutes(12), new SecurityIn(MSFT, qty("3"), new BigDecimal("310.5"))),
                movement(accountId, t.plusMinutes(13), new SecurityOut(MSFT, qty("1"), null)),
                Movement.of(accountId, t.plusMinutes(14), Currency.EUR,
                        new Conversion(money("900"), Currency.USD, money("987.65"), money("1.5"))),
                // posted after expiration: its business date is the expiration
                new Movement(0, accountId, LocalDateTime.of(2024, 5, 13, 8, 0), Currency.USD,
                        new OptionEvent(SOFI_PUT, OptionEventType.EXPIRED, qty("1"), null), "expired worthless", "src-16"))
                .stream().map(m -> m.sourceKey() == null ? withNotesAndKey(m) : m).toList();
    }

    private static Movement withNotesAndKey(Movement m) {
        return new Movement(m.id(), m.accountId(), m.timestamp(), m.currency(), m.detail(), "note " + m.kind(),
                "src-" + m.kind() + "-" + m.timestamp().getMinute());
    }

    static FinancialSnapshot financial(long accountId, LocalDate date, Currency currency, int seed) {
        return new FinancialSnapshot(accountId, date, currency, 40 + seed, money("10000.123456"), money("250"),
                money("12.5"), money("3.000001"), money("20.4"), money("-133.33"), money("0.17"),
                money("-45.678901"), money("9610.63").add(BigDecimal.valueOf(seed)), money("1898.77"),
                money("-12.345678"), Decimals.percent(new BigDecimal("-0.475296")), seed % 2 == 0, money("1886.424322"),
                Decimals.percent(new BigDecimal("-0.650183")), seed);
    }

    static TickerSnapshot ticker(long accountId, LocalDate date, Ticker ticker, Currency currency, BigDecimal marketPrice) {
        return new TickerSnapshot(accountId, date, ticker, currency, qty("-10.5"), new BigDecimal("187.654321"),
                money("1970.37"), money("-4.5"), money("24"), money("3.6"), money("31"), money("2"), money("0.3"),
                money("49.1"), money("2250.75"), Decimals.percent(new BigDecimal("-0.199933")), marketPrice,
                money("-1953.0"), money("17.37"), true);
    }

    /** A state with two currencies, a long and a short stock book, a flat book, and long and short contracts. */
    static AccountState state(long accountId, LocalDate asOf) {
        CurrencyTotals usd = new CurrencyTotals(17, money("10000"), money("250.5"), money("12"), money("3.25"),
                money("20.4"), money("-55.5"), money("0.17"), money("-45.678901"));
        CurrencyTotals eur = new CurrencyTotals(2, money("987.65"), money("0"), money("0"), money("1.5"), money("0"),
                money("0"), money("0"), money("0"));
        TickerBook longAapl = new TickerBook(false, List.of(new StockLot(qty("10.12345678"), money("1900.77")),
                new StockLot(qty("5"), money("950.000001"))), new TickerTotals(money("12.5"), money("24"), money("3.6"),
                money("0"), money("2"), money("0.04"), money("2850.77")));
        TickerBook shortMsft = new TickerBook(true, List.of(new StockLot(qty("2"), money("-620.5"))),
                new TickerTotals(money("0"), money("0"), money("0"), money("0"), money("1"), money("0"), money("621.5")));
        TickerBook flatSofi = new TickerBook(false, List.of(), new TickerTotals(money("31.72"), money("0"), money("0"),
                money("31"), money("2"), money("0.28"), money("1300")));
        ContractBook shortPuts = new ContractBook(true, List.of(new OptionLot(qty("1"), money("14.36"), asOf.minusDays(20)),
                new OptionLot(qty("0.5"), money("7.18"), asOf.minusDays(3))));
        ContractBook longCalls = new ContractBook(false, List.of(new OptionLot(qty("1"), money("-56.6"), asOf.minusDays(9))));
        return AccountState.restore(accountId, asOf, Map.of(Currency.USD, usd, Currency.EUR, eur),
                Map.of(new PositionKey(AAPL, Currency.USD), longAapl, new PositionKey(MSFT, Currency.USD), shortMsft,
                        new PositionKey(SOFI, Currency.USD), flatSofi),
                Map.of(new ContractKey(SOFI_PUT, Currency.USD), shortPuts,
                        new ContractKey(AAPL_CALL_X10, Currency.USD), longCalls));
    }
}
