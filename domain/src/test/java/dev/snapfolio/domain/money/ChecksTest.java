package dev.snapfolio.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Values are checked after the rounding and within the range they are stored with (issue 13). */
class ChecksTest {
    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void anAmountThatRoundsToZeroIsNotPositive() {
        assertThatThrownBy(() -> Checks.positiveMoney("amount", d("0.0000000001")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("amount must be > 0 at 6 decimals, got 0.0000000001");
        assertThatThrownBy(() -> Checks.positiveMoney("amount", d("0.0000004"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Checks.positiveMoney("amount", d("1e-400")))
                .hasMessage("amount must be > 0 at 6 decimals, got 1E-400");
        // HALF_EVEN: the tie 0.0000005 rounds to 0, just above it to 0.000001
        assertThatThrownBy(() -> Checks.positiveMoney("amount", d("0.0000005"))).isInstanceOf(ValidationException.class);
        assertThat(Checks.positiveMoney("amount", d("0.00000051"))).isEqualTo(d("0.000001"));
    }

    @Test
    void aFeeThatRoundsToZeroIsRejected() {
        assertThatThrownBy(() -> Checks.nonZeroMoney("amount", d("0.0000001")))
                .hasMessage("amount must not be 0 at 6 decimals, got 0.0000001");
        assertThatThrownBy(() -> Checks.nonZeroMoney("amount", d("-0.0000001"))).isInstanceOf(ValidationException.class);
        assertThat(Checks.nonZeroMoney("amount", d("-0.000001"))).isEqualByComparingTo("-0.000001");
    }

    @Test
    void aQuantityThatRoundsToZeroIsNotPositive() {
        assertThatThrownBy(() -> Checks.positiveQuantity("quantity", d("0.000000001")))
                .hasMessage("quantity must be > 0 at 8 decimals, got 0.000000001");
        assertThat(Checks.positiveQuantity("quantity", d("0.00000001"))).isEqualByComparingTo("0.00000001");
    }

    @Test
    void moneyAndPricesMustFitEighteenIntegerDigits() {
        assertThat(Checks.positiveMoney("amount", d("999999999999999999.999999")))
                .isEqualByComparingTo("999999999999999999.999999");
        assertThatThrownBy(() -> Checks.positiveMoney("amount", d("999999999999999999.9999999")))
                .hasMessageStartingWith("amount must be less than 10^18"); // rounds up to 10^18
        assertThatThrownBy(() -> Checks.positiveMoney("amount", d("1000000000000000000")))
                .hasMessage("amount must be less than 10^18 in absolute value (the largest number stored), "
                        + "got 1000000000000000000");
        assertThatThrownBy(() -> Checks.positiveMoney("amount", d("1e308")))
                .hasMessageEndingWith("got 1E+308");
        assertThatThrownBy(() -> Checks.positivePrice("close", d("1e19"))).hasMessageStartingWith("close must be less");
        assertThatThrownBy(() -> Checks.nonNegativeMoney("fees", d("1e18"))).hasMessageStartingWith("fees must be less");
        assertThatThrownBy(() -> Checks.money("premium", d("-1e18"))).hasMessageStartingWith("premium must be less");
    }

    @Test
    void quantitiesMustFitSixteenIntegerDigits() {
        assertThat(Checks.positiveQuantity("ratio", d("9999999999999999"))).isEqualByComparingTo("9999999999999999");
        assertThatThrownBy(() -> Checks.positiveQuantity("ratio", d("1e16"))).hasMessageStartingWith("ratio must be less than 10^16");
    }

    @Test
    void hugeExponentsAreDecidedWithoutBuildingTheirDigits() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Checks.positiveMoney("amount", d("1e999999999"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Checks.positiveMoney("amount", d("1e-999999999"))).isInstanceOf(ValidationException.class);
        assertThat(Checks.nonNegativeMoney("fees", d("1e-999999999"))).isEqualTo(Decimals.ZERO_MONEY);
        assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void datesMustLieInTheStoredRange() {
        assertThat(Checks.date("date", LocalDate.of(1900, 1, 1))).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThatThrownBy(() -> Checks.date("date", LocalDate.of(0, 1, 1)))
                .hasMessage("date must be between 1900-01-01 and 9999-12-31, got 0000-01-01");
        assertThatThrownBy(() -> Checks.date("date", LocalDate.of(-2024, 1, 1))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Checks.date("date", LocalDate.of(10000, 1, 1))).isInstanceOf(ValidationException.class);
    }

    @Test
    void textsRefuseControlCharactersAndOverlongValues() {
        assertThat(Checks.text("notes", "café – ok", 20)).isEqualTo("café – ok");
        assertThatThrownBy(() -> Checks.text("notes", "a\u001b[2Jb", 20))
                .hasMessage("notes must not contain control characters (found U+001B at position 2)");
        assertThatThrownBy(() -> Checks.text("name", "two\nlines", 20)).hasMessageContaining("U+000A");
        // notes may run over lines (a broker's description), but carry no escape
        assertThat(Checks.multilineText("notes", "line one\r\n\tline two", 40)).isEqualTo("line one\r\n\tline two");
        assertThatThrownBy(() -> Checks.multilineText("notes", "a\u001b[2J", 20)).hasMessageContaining("U+001B");
        assertThatThrownBy(() -> Checks.text("notes", "x".repeat(21), 20))
                .hasMessage("notes must be at most 20 characters, got 21");
    }

    @Test
    void restoringStoredValuesSkipsTheChecksButKeepsTheScale() {
        BigDecimal stored = Checks.restoring(() -> Checks.positiveMoney("amount", d("0.000000")));
        assertThat(stored).isEqualTo(Decimals.ZERO_MONEY);
        assertThat(Checks.restoring(() -> Checks.date("date", LocalDate.of(1, 1, 1)))).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(Checks.restoring(() -> Checks.text("notes", "\u001b", 0))).isEqualTo("\u001b");
        // and only while restoring
        assertThat(Checks.isRestoring()).isFalse();
        assertThatThrownBy(() -> Checks.positiveMoney("amount", d("0.000000"))).isInstanceOf(ValidationException.class);
    }
}
