package dev.snapfolio.domain.movement;

import static dev.snapfolio.domain.testing.Movements.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input of issue 2: constructing an invalid movement fails with a message naming the field. */
class MovementValidationTest {
    private static final BigDecimal MINUS_ONE = new BigDecimal("-1");
    private static final OptionContract PUT = put("XYZ", "10", "2024-03-15");

    private static void failsNaming(String field, ThrowingCallable construction) {
        assertThatThrownBy(construction).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(field + " ")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }

    @Test
    void negativeAmountsAreRejectedWhereTheyMustBePositive() {
        failsNaming("amount", () -> new Deposit(MINUS_ONE));
        failsNaming("amount", () -> new Withdrawal(MINUS_ONE));
        failsNaming("amount", () -> new Interest(MINUS_ONE));
        failsNaming("amount", () -> new InterestPaid(MINUS_ONE));
        failsNaming("amount", () -> new LendingIncome(MINUS_ONE));
        failsNaming("amount", () -> new Dividend(Ticker.of("AAPL"), MINUS_ONE));
        failsNaming("amount", () -> new DividendTax(Ticker.of("AAPL"), MINUS_ONE));
        failsNaming("amount", () -> new Conversion(MINUS_ONE, Currency.EUR, BigDecimal.ONE, null));
        failsNaming("amountIn", () -> new Conversion(BigDecimal.ONE, Currency.EUR, MINUS_ONE, null));
        failsNaming("commissions", () -> new Deposit(BigDecimal.ONE, MINUS_ONE, null));
        failsNaming("fees", () -> new Trade(Ticker.of("AAPL"), Side.BUY, BigDecimal.ONE, BigDecimal.ONE, null, MINUS_ONE));
    }

    @Test
    void aFeeMayBeNegativeButNotZero() {
        assertThat(new Fee(MINUS_ONE).amount()).isEqualByComparingTo("-1");
        failsNaming("amount", () -> new Fee(BigDecimal.ZERO));
    }

    @Test
    void zeroQuantityOrContractsAreRejected() {
        failsNaming("quantity", () -> new Trade(Ticker.of("AAPL"), Side.BUY, BigDecimal.ZERO, BigDecimal.ONE, null, null));
        failsNaming("quantity", () -> new SecurityIn(Ticker.of("AAPL"), BigDecimal.ZERO, null));
        failsNaming("quantity", () -> new SecurityOut(Ticker.of("AAPL"), BigDecimal.ZERO, null));
        failsNaming("contracts", () -> new OptionTrade(PUT, OptionAction.SELL_TO_OPEN, BigDecimal.ZERO, BigDecimal.ONE,
                null, null));
        failsNaming("contracts", () -> new OptionEvent(PUT, OptionEventType.EXPIRED, BigDecimal.ZERO, null));
        failsNaming("contracts", () -> new OptionAdjustment(PUT, BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void premiumSignMustMatchTheAction() {
        failsNaming("premium", () -> new OptionTrade(PUT, OptionAction.BUY_TO_OPEN, BigDecimal.ONE, BigDecimal.TEN, null,
                null));
        failsNaming("premium", () -> new OptionTrade(PUT, OptionAction.BUY_TO_CLOSE, BigDecimal.ONE, BigDecimal.TEN, null,
                null));
        failsNaming("premium", () -> new OptionTrade(PUT, OptionAction.SELL_TO_OPEN, BigDecimal.ONE, MINUS_ONE, null,
                null));
        failsNaming("premium", () -> new OptionTrade(PUT, OptionAction.SELL_TO_CLOSE, BigDecimal.ONE, MINUS_ONE, null,
                null));
    }

    @Test
    void anOptionTradeDatedAfterItsExpirationIsRejected() {
        OptionTrade trade = new OptionTrade(PUT, OptionAction.SELL_TO_OPEN, BigDecimal.ONE, BigDecimal.TEN, null, null);

        failsNaming("timestamp", () -> Movement.of(1, LocalDateTime.parse("2024-03-16T10:00"), Currency.USD, trade));
        assertThat(Movement.of(1, LocalDateTime.parse("2024-03-15T15:59"), Currency.USD, trade).businessDate())
                .isEqualTo(LocalDate.parse("2024-03-15"));
    }

    @Test
    void aBlankTickerIsRejected() {
        failsNaming("ticker", () -> Ticker.of("  "));
        failsNaming("ticker", () -> new Trade(null, Side.BUY, BigDecimal.ONE, BigDecimal.ONE, null, null));
    }

    @Test
    void aCurrencyMustBeThreeLetters() {
        failsNaming("currency", () -> Currency.of("US"));
        failsNaming("currency", () -> Currency.of("US1"));
        failsNaming("currency", () -> Currency.of("EURO"));
        assertThat(Currency.of(" usd ")).isEqualTo(Currency.USD);
    }

    @Test
    void aConversionMustChangeTheCurrency() {
        failsNaming("targetCurrency", () -> Movement.of(1, LocalDateTime.parse("2024-01-02T10:00"), Currency.USD,
                new Conversion(BigDecimal.ONE, Currency.USD, BigDecimal.ONE, null)));
    }

    @Test
    void valuesAreNormalizedSoEqualAmountsAreEqual() {
        assertThat(new Deposit(new BigDecimal("10"))).isEqualTo(new Deposit(new BigDecimal("10.000")));
        assertThat(put("XYZ", "7", "2024-03-15")).isEqualTo(put("XYZ", "7.00", "2024-03-15"));
        assertThat(put("XYZ", "7", "2024-03-15").hashCode()).isEqualTo(put("XYZ", "7.00", "2024-03-15").hashCode());
    }

    @Test
    void amountsThatRoundToZeroCannotBeRecorded() {
        BigDecimal tiny = new BigDecimal("0.0000001");
        failsNaming("amount", () -> new Deposit(new BigDecimal("0.0000000001")));
        failsNaming("amount", () -> new Deposit(new BigDecimal("1e-400")));
        failsNaming("amount", () -> new Fee(tiny));
        failsNaming("amountIn", () -> new Conversion(BigDecimal.ONE, Currency.EUR, tiny, null));
        failsNaming("quantity", () -> new Trade(Ticker.of("AAPL"), Side.BUY, new BigDecimal("0.000000001"), BigDecimal.ONE,
                null, null));
    }

    @Test
    void valuesBeyondTheStoredRangeAreRejected() {
        failsNaming("amount", () -> new Deposit(new BigDecimal("999999999999999999999")));
        failsNaming("amount", () -> new Deposit(new BigDecimal("1e308")));
        failsNaming("strike", () -> put("XYZ", "1e20", "2024-03-15"));
        failsNaming("quantity", () -> new Trade(Ticker.of("AAPL"), Side.BUY, new BigDecimal("1e16"), BigDecimal.ONE, null,
                null));
        // each fits, their product (the trade's cost) does not
        failsNaming("price", () -> new Trade(Ticker.of("AAPL"), Side.BUY, new BigDecimal("9999999999999999"),
                new BigDecimal("9999999999"), null, null));
        failsNaming("cashSettlement", () -> new OptionEvent(PUT, OptionEventType.ASSIGNED, BigDecimal.ONE,
                new BigDecimal("-1e18")));
    }

    @Test
    void datesOutsideTheStoredRangeAreRejected() {
        failsNaming("date", () -> Movement.of(1, LocalDateTime.of(0, 1, 1, 0, 0), Currency.USD, new Deposit(BigDecimal.ONE)));
        failsNaming("date", () -> Movement.of(1, LocalDateTime.of(1899, 12, 31, 23, 59), Currency.USD,
                new Deposit(BigDecimal.ONE)));
        failsNaming("expiration", () -> put("XYZ", "7", "+10000-01-01"));
    }

    @Test
    void notesAndTickersRefuseControlCharactersAndOverlongText() {
        Deposit deposit = new Deposit(BigDecimal.ONE);
        LocalDateTime at = LocalDateTime.parse("2024-01-02T10:00");
        failsNaming("notes", () -> new Movement(0, 1, at, Currency.USD, deposit, "x".repeat(2001), null));
        failsNaming("notes", () -> new Movement(0, 1, at, Currency.USD, deposit, "clear\u001b[2J", null));
        failsNaming("ticker", () -> Ticker.of("AB\u001b[2J"));
        assertThat(new Movement(0, 1, at, Currency.USD, deposit, "x".repeat(2000), null).notes()).hasSize(2000);
    }

    @Test
    void aStoredMovementLoadsWhateverAnOlderVersionAccepted() {
        Movement stored = dev.snapfolio.domain.money.Checks.restoring(() -> new Movement(7, 1,
                LocalDateTime.of(1, 1, 1, 0, 0), Currency.USD, new Deposit(new BigDecimal("0.000000")), "a\u001bb", null));

        assertThat(stored.detail()).isEqualTo(dev.snapfolio.domain.money.Checks.restoring(
                () -> new Deposit(new BigDecimal("0"))));
        assertThat(stored.notes()).isEqualTo("a\u001bb");
    }
}
