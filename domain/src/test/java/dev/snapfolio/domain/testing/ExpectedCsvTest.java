package dev.snapfolio.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared test helpers themselves: the CSV splitter and the expected-rows comparer. */
class ExpectedCsvTest {
    @TempDir
    Path dir;

    @Test
    void splitterHonoursQuotesAndDoubledQuotes() {
        assertThat(Csv.split("a,\"1,300.00\",,\"say \"\"hi\"\"\"")).containsExactly("a", "1,300.00", "", "say \"hi\"");
    }

    private Path expected(String... lines) throws IOException {
        Path file = dir.resolve("x.expected.csv");
        Files.write(file, List.of(lines));
        return file;
    }

    private static Map<String, String> row(String date, String currency, String deposited, String pct) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", date);
        m.put("currency", currency);
        m.put("deposited", deposited);
        m.put("realizedPercentage", pct);
        return m;
    }

    @Test
    void matchingRowsWithinTheToleranceGiveNoDifferences() throws IOException {
        Path file = expected("date,currency,deposited,realizedPercentage", "2024-01-02,USD,10.00,2.575467");

        assertThat(ExpectedCsv.diff(file, List.of(row("2024-01-02", "USD", "10.004000", "2.575420")),
                ExpectedCsv.FINANCIAL_KEY)).isEmpty();
    }

    @Test
    void reportsWrongValuesMissingAndUnexpectedRows() throws IOException {
        Path file = expected("date,currency,deposited,realizedPercentage", "2024-01-02,USD,10.00,2.575467",
                "2024-01-03,USD,10.00,0");

        List<String> diff = ExpectedCsv.diff(file, List.of(row("2024-01-02", "USD", "10.01", "2.5756"),
                row("2024-01-04", "USD", "10", "0")), ExpectedCsv.FINANCIAL_KEY);

        assertThat(diff).containsExactly("2024-01-02/USD deposited: expected 10.00 but was 10.01",
                "2024-01-02/USD realizedPercentage: expected 2.575467 but was 2.5756",
                "missing row 2024-01-03/USD (line 3)", "unexpected row 2024-01-04/USD");
    }
}
