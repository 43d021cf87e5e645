package dev.snapfolio.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.money.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SplitRatioTest {

    @Test
    void parsesWholeNumbersFractionsAndExactSmallDecimals() {
        assertThat(SplitRatio.parse("2")).isEqualTo(SplitRatio.of(2, 1));
        assertThat(SplitRatio.parse("2:1")).isEqualTo(SplitRatio.of(2, 1));
        assertThat(SplitRatio.parse(" 3 : 2 ")).isEqualTo(SplitRatio.of(3, 2));
        assertThat(SplitRatio.parse("1:3")).isEqualTo(SplitRatio.of(1, 3));
        assertThat(SplitRatio.parse("1/10")).isEqualTo(SplitRatio.of(1, 10));
        assertThat(SplitRatio.parse("0.5")).isEqualTo(SplitRatio.of(1, 2));
        assertThat(SplitRatio.parse("1.5")).isEqualTo(SplitRatio.of(3, 2));
        assertThat(SplitRatio.parse("2.00000000")).isEqualTo(SplitRatio.of(2, 1));
    }

    @Test
    void isKeptInLowestTermsAndWrittenAsGiven() {
        assertThat(SplitRatio.parse("4:2")).isEqualTo(SplitRatio.of(2, 1));
        assertThat(SplitRatio.of(2, 1)).hasToString("2");
        assertThat(SplitRatio.of(6, 4)).hasToString("3:2");
        assertThat(SplitRatio.parse("1:3")).hasToString("1:3");
        assertThat(SplitRatio.parse(SplitRatio.of(1, 3).toString())).isEqualTo(SplitRatio.of(1, 3));
    }

    @Test
    void refusesOneZeroNegativesAndDecimalsThatAreNotExactRatios() {
        assertThatThrownBy(() -> SplitRatio.parse("1")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("must not be 1");
        assertThatThrownBy(() -> SplitRatio.parse("3:3")).hasMessageContaining("must not be 1");
        assertThatThrownBy(() -> SplitRatio.parse("0")).hasMessageContaining("must be > 0");
        assertThatThrownBy(() -> SplitRatio.parse("0:2")).hasMessageContaining("positive terms");
        assertThatThrownBy(() -> SplitRatio.parse("-2")).hasMessageContaining("must be > 0");
        assertThatThrownBy(() -> SplitRatio.parse("0.33333333")).isInstanceOf(ValidationException.class)
                .hasMessage("ratio 0.33333333 is not an exact ratio; write it as n:d "
                        + "(e.g. 1:3 for a one-for-three reverse split)");
        assertThatThrownBy(() -> SplitRatio.parse("two")).hasMessageContaining("must be n:d or a number");
        assertThatThrownBy(() -> SplitRatio.parse("")).hasMessageContaining("is required");
    }

    @Test
    void multipliesAndDividesByTheExactFractionRoundingOnce() {
        SplitRatio oneForThree = SplitRatio.of(1, 3);

        assertThat(oneForThree.multiply(new BigDecimal("12"), 8)).isEqualTo(new BigDecimal("4.00000000"));
        assertThat(oneForThree.multiply(new BigDecimal("1"), 8)).isEqualTo(new BigDecimal("0.33333333"));
        assertThat(oneForThree.divide(new BigDecimal("10"), 6)).isEqualTo(new BigDecimal("30.000000"));
        assertThat(SplitRatio.of(3, 2).divide(new BigDecimal("10"), 6)).isEqualTo(new BigDecimal("6.666667"));
        assertThat(SplitRatio.of(2, 1).isWhole()).isTrue();
        assertThat(SplitRatio.of(3, 2).isWhole()).isFalse();
    }
}
