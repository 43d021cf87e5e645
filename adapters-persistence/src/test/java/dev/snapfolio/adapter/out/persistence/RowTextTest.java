package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.snapfolio.adapter.out.persistence.state.StateCodec;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fingerprint text written as bytes equals, byte for byte, the text built as Strings (the
 * definition the server's side matches, see {@link RowFingerprintsTest}), for random values.
 */
class RowTextTest {
    private final MessageDigest md5 = RowFingerprints.md5();

    @Test
    void aDecimalIsWrittenAsSetScaleToPlainStringWouldPrintItForRandomLongsAndScales() {
        qt().withExamples(20_000).forAll(longs().all(), integers().between(-25, 25), integers().between(0, 12))
                .checkAssert((unscaled, valueScale, scale) -> assertDecimalAsReference(
                        BigDecimal.valueOf(unscaled, valueScale), scale));
    }

    @Test
    void smallValuesAndValuesWithTrailingZerosAreWrittenExactlyOrRejectedWhenTheyNeedRounding() {
        qt().withExamples(20_000).forAll(integers().between(-1_000_000, 1_000_000), integers().between(0, 18),
                integers().between(-10, 30), integers().between(0, 12)).checkAssert((digits, zeros, valueScale, scale) ->
                        assertDecimalAsReference(new BigDecimal(BigInteger.valueOf(digits)
                                .multiply(BigInteger.TEN.pow(zeros)), valueScale), scale));
    }

    @Test
    void valuesBeyondALongAreWrittenThroughBigDecimalOrRejectedWhenTooLongForTheColumn() {
        qt().withExamples(5_000).forAll(longs().all(), longs().all(), integers().between(-5, 40),
                integers().between(0, 12)).checkAssert((high, low, valueScale, scale) -> assertDecimalAsReference(
                        new BigDecimal(BigInteger.valueOf(high).shiftLeft(64).add(BigInteger.valueOf(low)), valueScale),
                        scale));
    }

    @Test
    void edgeDecimalsAreWrittenAsTheReference() {
        for (String value : new String[] {"0", "-0", "0E+5", "0E-30", "0.000000", "1E+18", "-1E+17", "123456789012345678",
                "-9223372036854775808", "9223372036854775807", "4611686018427387904", "-4611686018427387903",
                "0.0000001", "0.00000010", "100.000000000000000000000000", "999999999999999999.999999",
                "1000000000000000000.000000", "-0.5", "1e-6", "-1e-8"}) {
            for (int scale = 0; scale <= 12; scale++) {
                assertDecimalAsReference(new BigDecimal(value), scale);
            }
        }
    }

    @Test
    void integersDatesAndStringsAreWrittenAsTheirUtf8Text() {
        qt().withExamples(5_000).forAll(longs().all(), integers().between(-3_000, 500_000),
                strings().allPossible().ofLengthBetween(0, 12)).checkAssert((number, day, text) -> {
                    LocalDate date = LocalDate.of(1970, 1, 1).plusDays(day);
                    RowText out = new RowText(md5);
                    out.integer(number).separator().date(date).separator().string(text);
                    assertThat(out.bytes()).isEqualTo((number + "|" + date + "|" + text).getBytes(StandardCharsets.UTF_8));
                });
    }

    @Test
    void wholeFinancialAndTickerRowsGiveTheReferenceTextAndHash() {
        qt().withExamples(3_000).forAll(longs().all(), booleans().all(), integers().between(-100_000, 100_000),
                longs().between(0, Long.MAX_VALUE)).checkAssert((seed, flag, day, count) -> {
                    Random random = new Random(seed);
                    LocalDate date = LocalDate.of(2025, 1, 1).plusDays(day);
                    Currency currency = random.nextBoolean() ? Currency.EUR : Currency.of("CHF");
                    FinancialSnapshot f = new FinancialSnapshot(1, date, currency, count, d(random), d(random),
                            d(random), d(random), d(random), d(random), d(random), d(random), d(random), d(random),
                            d(random), d(random), flag, d(random), d(random), random.nextInt());
                    TickerSnapshot t = new TickerSnapshot(1, date, Ticker.of(random.nextBoolean() ? "AAPL" : "NESN.SW"),
                            currency, d(random), d(random), d(random), d(random), d(random), d(random), d(random),
                            d(random), d(random), d(random), d(random), d(random), random.nextBoolean() ? null
                                    : d(random), d(random), d(random), !flag);

                    StringBuilder reference = new StringBuilder();
                    RowText out = new RowText(md5);
                    boolean written = RowFingerprints.financialText(f, out);
                    assertThat(written).isEqualTo(RowTextReference.financialText(f, reference));
                    if (written) {
                        assertRowAsReference(out, reference);
                    }
                    reference.setLength(0);
                    out.clear();
                    written = RowFingerprints.tickerText(t, out);
                    assertThat(written).isEqualTo(RowTextReference.tickerText(t, reference));
                    if (written) {
                        assertRowAsReference(out, reference);
                    }
                });
    }

    @Test
    void aStateRowWrittenFromTheEncodersPiecesGivesTheReferenceText() {
        AccountState state = AccountState.restore(7, LocalDate.of(2025, 3, 3), Map.of(), Map.of(), Map.of());
        StringBuilder reference = new StringBuilder();
        RowTextReference.stateText(state.asOf(), new StateCodec.Encoder().encode(state), reference);
        RowText out = new RowText(md5);
        out.date(state.asOf()).separator();
        new StateCodec.Encoder().encode(state, out);

        assertRowAsReference(out, reference);
    }

    @Test
    void aRowThatNeedsRoundingGivesNoText() {
        FinancialSnapshot f = new FinancialSnapshot(1, LocalDate.of(2025, 1, 1), Currency.USD, 1, BigDecimal.ONE,
                new BigDecimal("0.0000001"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, true,
                BigDecimal.ONE, BigDecimal.ONE, 0);

        assertThat(RowFingerprints.financialText(f, new RowText(md5))).isFalse();
    }

    /** A random decimal: small or large, any scale, with trailing zeros, sometimes needing rounding, sometimes null. */
    private static BigDecimal d(Random random) {
        switch (random.nextInt(8)) {
            case 0:
                return null;
            case 1:
                return BigDecimal.valueOf(random.nextLong(), random.nextInt(12) - 2);
            case 2:
                return new BigDecimal(BigInteger.valueOf(random.nextInt(2_000_000) - 1_000_000)
                        .multiply(BigInteger.TEN.pow(random.nextInt(12))), random.nextInt(20));
            case 3:
                return new BigDecimal(new BigInteger(100, random), random.nextInt(40));
            default:
                return BigDecimal.valueOf(random.nextInt(200_000_000) - 100_000_000, random.nextInt(9));
        }
    }

    private void assertRowAsReference(RowText out, StringBuilder reference) {
        assertThat(new String(out.bytes(), StandardCharsets.UTF_8)).isEqualTo(reference.toString());
        assertThat(out.bytes()).isEqualTo(reference.toString().getBytes(StandardCharsets.UTF_8));
        long expected = RowTextReference.hash(md5, reference);
        assertThat(out.hash()).isEqualTo(expected);
    }

    private void assertDecimalAsReference(BigDecimal value, int scale) {
        StringBuilder reference = new StringBuilder();
        boolean expected = RowTextReference.decimal(reference, value, scale);
        RowText out = new RowText(md5);
        out.separator();
        boolean written = out.decimal(value, scale);
        assertThat(written).as("%s at scale %d written", value, scale).isEqualTo(expected);
        if (expected) {
            assertThat(new String(out.bytes(), StandardCharsets.US_ASCII)).as("%s at scale %d", value, scale)
                    .isEqualTo(reference.toString());
        }
    }
}
