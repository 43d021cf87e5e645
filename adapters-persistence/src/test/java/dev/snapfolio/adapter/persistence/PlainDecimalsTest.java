package dev.snapfolio.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainDecimalsTest {

    @Test
    void writesExactlyWhatToPlainStringWritesForEdgeValues() {
        for (String text : List.of("0", "0.000000", "0.00000000", "-0.000001", "0.000001", "1", "-1", "10", "-10.5",
                "123456789012.345678", "-123456789012.345678", "999999999999999999", "-999999999999999999",
                "0.999999999999999999", "-0.000000000000000001", "1E+3", "-2.5E+5", "1E-20", "12345678901234567890.5",
                "9223372036854775807", "-9223372036854775808", "0.100", "100.000000")) {
            BigDecimal value = new BigDecimal(text);
            assertThat(PlainDecimals.toPlainString(value)).as(text).isEqualTo(value.toPlainString());
        }
    }

    @Test
    void writesExactlyWhatToPlainStringWritesForRandomValues() {
        Random random = new Random(20261129L);
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + random.nextInt(22);
            BigInteger unscaled = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            BigDecimal value = new BigDecimal(unscaled, random.nextInt(24) - 2);
            assertThat(PlainDecimals.toPlainString(value)).as(value.toString()).isEqualTo(value.toPlainString());
        }
    }

    @Test
    void appendsAfterWhatIsAlreadyInTheBuffer() {
        StringBuilder sb = new StringBuilder("[\"");
        PlainDecimals.append(sb, new BigDecimal("-0.012300")).append("\"]");
        assertThat(sb).hasToString("[\"-0.012300\"]");
    }
}
