package dev.snapfolio.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rounding where values are produced (DESIGN §3.1). */
class DecimalsTest {

    private static BigDecimal viaDecimal128(BigDecimal numerator, BigDecimal denominator, int scale) {
        return numerator.divide(denominator, MathContext.DECIMAL128).setScale(scale, RoundingMode.HALF_EVEN);
    }

    @Test
    void fastDivisionEqualsDecimal128ThenHalfEvenOnRandomInputs() {
        Random random = new Random(11);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            BigDecimal numerator = BigDecimal.valueOf(random.nextLong() % 10_000_000_000_000L, 6 + random.nextInt(9));
            BigDecimal denominator = BigDecimal.valueOf(1 + random.nextInt(Integer.MAX_VALUE), random.nextInt(9));
            int scale = random.nextBoolean() ? 6 : 8;
            check(numerator, denominator, scale, mismatches);
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void fastDivisionEqualsDecimal128JustAroundTies() {
        Random random = new Random(13);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            BigDecimal denominator = BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(9));
            BigDecimal tie = BigDecimal.valueOf(random.nextInt(100_000_000) * 10L + 5, 7);
            BigDecimal nudge = BigDecimal.valueOf(random.nextInt(3) - 1, 8 + random.nextInt(30));
            check(tie.add(nudge).multiply(denominator), denominator, 6, mismatches);
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void longArithmeticDivisionEqualsDecimal128ThenHalfEvenAcrossMagnitudesAndScales() {
        // Operands of 1 to 18 digits at scales 0..10, targets 6 and 8: the long path and every fallback.
        Random random = new Random(17);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            long n = random.nextLong() % LONG_POWERS[1 + random.nextInt(18)];
            long d = random.nextLong() % LONG_POWERS[1 + random.nextInt(18)];
            if (d == 0) {
                continue;
            }
            check(BigDecimal.valueOf(n, random.nextInt(11)), BigDecimal.valueOf(d, random.nextInt(11)),
                    random.nextBoolean() ? 6 : 8, mismatches);
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void unsigned128By64DivisionEqualsBigInteger() {
        Random random = new Random(19);
        java.math.BigInteger two64 = java.math.BigInteger.ONE.shiftLeft(64);
        for (int i = 0; i < 200_000; i++) {
            long d = random.nextInt(4) == 0 ? random.nextInt(1000) + 1 : random.nextLong() >>> random.nextInt(63);
            if (d == 0) {
                d = 1;
            }
            long hi = Long.remainderUnsigned(random.nextLong(), d);
            long lo = random.nextLong();
            java.math.BigInteger dividend = new java.math.BigInteger(Long.toUnsignedString(hi)).multiply(two64)
                    .add(new java.math.BigInteger(Long.toUnsignedString(lo)));
            java.math.BigInteger expected = dividend.divide(new java.math.BigInteger(Long.toUnsignedString(d)));
            assertThat(Long.toUnsignedString(Decimals.divideUnsigned128(hi, lo, d)))
                    .as("%s / %s", dividend, Long.toUnsignedString(d)).isEqualTo(expected.toString());
        }
    }

    private static final long[] LONG_POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
        100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
        1_000_000_000_000_000_000L};

    private static void check(BigDecimal numerator, BigDecimal denominator, int scale, List<String> mismatches) {
        BigDecimal fast = Decimals.divide(numerator, denominator, scale);
        BigDecimal reference = viaDecimal128(numerator, denominator, scale);
        if (!fast.equals(reference)) {
            mismatches.add(numerator + " / " + denominator + ": " + fast + " vs " + reference);
        }
    }

    @Test
    void fastDivisionEqualsDecimal128AtAndNearTies() {
        BigDecimal[][] cases = {
            {new BigDecimal("20.006667"), new BigDecimal("2")},
            {new BigDecimal("0.0000025"), BigDecimal.ONE},
            {new BigDecimal("0.0000035"), BigDecimal.ONE},
            {new BigDecimal("-0.0000025"), BigDecimal.ONE},
            {new BigDecimal("1.00000050000001"), BigDecimal.ONE},
            {new BigDecimal("1.00000049999999"), BigDecimal.ONE},
            {new BigDecimal("1"), new BigDecimal("3")},
            {new BigDecimal("2"), new BigDecimal("3")},
            {new BigDecimal("123456789012345678901234567890"), new BigDecimal("7")},
        };
        for (BigDecimal[] c : cases) {
            assertThat(Decimals.divide(c[0], c[1], 6)).as("%s / %s", c[0], c[1]).isEqualTo(viaDecimal128(c[0], c[1], 6));
        }
        assertThat(Decimals.divide(new BigDecimal("0.0000025"), BigDecimal.ONE, 6)).isEqualTo(new BigDecimal("0.000002"));
    }

    @Test
    void percentageIsZeroForAZeroDenominatorOrNumerator() {
        assertThat(Decimals.percentage(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo(Decimals.ZERO_PERCENT);
        assertThat(Decimals.percentage(BigDecimal.ZERO, BigDecimal.TEN)).isEqualTo(Decimals.ZERO_PERCENT);
        assertThat(Decimals.percentage(new BigDecimal("16.73"), new BigDecimal("1400"))).isEqualTo(new BigDecimal("1.195000"));
    }

    @Test
    void proRataTakesRound6OfTheShare() {
        assertThat(Decimals.proRataMoney(new BigDecimal("551"), new BigDecimal("2"), new BigDecimal("5")))
                .isEqualTo(new BigDecimal("220.400000"));
        assertThat(Decimals.proRataMoney(new BigDecimal("30.01"), BigDecimal.ONE, new BigDecimal("3")))
                .isEqualTo(new BigDecimal("10.003333"));
    }
}
