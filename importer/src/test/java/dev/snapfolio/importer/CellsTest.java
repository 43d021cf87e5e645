package dev.snapfolio.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CellsTest {
    // The rule isNumber implements by hand, as a regular expression.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "-554.00", "+3", "1,300.00", "12,345,678.9", ".5", "-.25", "0001", "1234567"})
    void numbersAreAccepted(String text) {
        assertThat(Cells.isNumber(text)).isTrue();
        assertThat(new BigDecimal(text.replace(",", ""))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "1.", "1,3x0", "1,30", "1,3000", ",100", "1,,000", "1e5", "1 000", "--",
        "12,34,567", "1.2.3", "$5", "1,000.", "١٢٣"})
    void nonNumbersAreRejected(String text) {
        assertThat(Cells.isNumber(text)).isFalse();
    }

    @Test
    void theHandWrittenCheckAgreesWithTheRegularExpressionOnRandomText() {
        Random random = new Random(20260101);
        String alphabet = "0123456789,.+-x ";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 12)));
            }
            String text = sb.toString();
            assertThat(Cells.isNumber(text)).as("'%s'", text).isEqualTo(NUMBER.matcher(text).matches());
        }
    }

    @Test
    void collapsingBlanksKeepsSingleSpacesAndJoinsRuns() {
        assertThat(SourceKeys.collapseBlanks("  PFE   260116C00020000 ")).isEqualTo("PFE 260116C00020000");
        assertThat(SourceKeys.collapseBlanks("a\tb \n c")).isEqualTo("a b c");
        assertThat(SourceKeys.collapseBlanks("a b")).isEqualTo("a b");
        assertThat(SourceKeys.collapseBlanks("")).isEmpty();
    }
}
