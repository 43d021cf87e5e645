package dev.snapfolio.domain.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.testing.ExpectedCsv;
import dev.snapfolio.domain.testing.Fixtures;
import dev.snapfolio.domain.testing.GenericFixture;
import dev.snapfolio.domain.testing.TastytradeFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The broker fixtures reproduced at the domain level, today pinned to 2026-01-01. */
class FixtureReproductionTest {
    private static final Policy POLICY = Policy.of(LocalDate.of(2026, 1, 1));

    @ParameterizedTest
    @ValueSource(strings = {"PfizerImportTest", "TastytradeOptionsTest", "TastytradeDeposits"})
    void tastytradeExportReproducesExpectedFinancialAndTickerRows(String name) {
        List<Movement> movements = TastytradeFixture.movements(Fixtures.file("tastytrade/" + name + ".csv"), 1);

        List<DayResult> days = HistoryFold.full(1, movements, ReferenceData.empty(), POLICY);

        assertThat(ExpectedCsv.diffFinancials(Fixtures.file("tastytrade/" + name + ".expected.csv"), financials(days)))
                .isEmpty();
        Path tickers = Fixtures.file("tastytrade/" + name + ".tickers.expected.csv");
        if (Files.exists(tickers)) {
            assertThat(ExpectedCsv.diffTickers(tickers, tickerRows(days))).isEmpty();
        } else {
            assertThat(tickerRows(days)).isEmpty();
        }
    }

    @Test
    void genericStocksAndEventsReproducesExpectedRows() {
        List<Movement> movements = GenericFixture.movements(Fixtures.file("generic/stocks-and-events.movements.csv"), 1);
        ReferenceData refs = GenericFixture.referenceData(Fixtures.file("generic/stocks-and-events.prices.csv"),
                Fixtures.file("generic/stocks-and-events.splits.csv"));

        List<DayResult> days = HistoryFold.full(1, movements, refs, POLICY);

        assertThat(ExpectedCsv.diffFinancials(Fixtures.file("generic/stocks-and-events.expected.csv"), financials(days)))
                .isEmpty();
    }

    static List<FinancialSnapshot> financials(List<DayResult> days) {
        return days.stream().flatMap(d -> d.financials().stream()).toList();
    }

    static List<TickerSnapshot> tickerRows(List<DayResult> days) {
        return days.stream().flatMap(d -> d.tickers().stream()).toList();
    }
}
