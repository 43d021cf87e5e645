package dev.snapfolio.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.reference.SplitRatio;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceCsvReadersTest {

    @Test
    void theGenericFixturePricesAreReadInFileOrder() {
        List<Price> prices = new PriceCsvReader().read(Fixture.path("generic/stocks-and-events.prices.csv"));
        assertThat(prices).containsExactly(
                new Price(Ticker.of("AAPL"), Currency.USD, LocalDate.of(2024, 1, 4), new BigDecimal("112")),
                new Price(Ticker.of("AAPL"), Currency.USD, LocalDate.of(2024, 1, 9), new BigDecimal("60")),
                new Price(Ticker.of("SAP"), Currency.EUR, LocalDate.of(2024, 1, 17), new BigDecimal("85")),
                new Price(Ticker.of("SAP"), Currency.EUR, LocalDate.of(2024, 2, 16), new BigDecimal("90")));
    }

    @Test
    void theGenericFixtureSplitIsTwoForOne() {
        assertThat(new SplitCsvReader().read(Fixture.path("generic/stocks-and-events.splits.csv")))
                .containsExactly(new Split(Ticker.of("AAPL"), LocalDate.of(2024, 1, 9), new BigDecimal("2")));
    }

    @Test
    void pricesMayComeInAnyColumnOrderWithThousandsSeparatorsAndExactRepeats() {
        String text = "ticker,close,date,currency\nbrk.a,\"612,345.50\",2024-03-01,usd\nBRK.A,612345.5,2024-03-01,USD\n";
        assertThat(new PriceCsvReader().read(new StringReader(text), "p.csv")).containsExactly(
                new Price(Ticker.of("BRK.A"), Currency.USD, LocalDate.of(2024, 3, 1), new BigDecimal("612345.5")));
    }

    @Test
    void splitRatiosMayBeWrittenAsNewForOld() {
        String text = "date,ticker,ratio\n2024-06-10,NVDA,10:1\n2024-01-02,XYZ,1:10\n2024-01-03,ABC,3/2\n2024-01-04,DEF,0.5\n";
        assertThat(new SplitCsvReader().read(new StringReader(text), "s.csv")).extracting(Split::ratio)
                .containsExactly(SplitRatio.of(10, 1), SplitRatio.of(1, 10), SplitRatio.of(3, 2), SplitRatio.of(1, 2));
    }

    @Test
    void aReverseSplitRatioIsKeptExactAndARoundedDecimalIsRefused() {
        assertThat(new SplitCsvReader().read(new StringReader("date,ticker,ratio\n2024-01-02,XYZ,1:3\n"), "s.csv"))
                .extracting(Split::ratio).containsExactly(SplitRatio.of(1, 3));
        assertThatThrownBy(() -> new SplitCsvReader().read(
                new StringReader("date,ticker,ratio\n2024-01-02,XYZ,0.33333333\n"), "s.csv"))
                .hasMessage("s.csv:2: column ratio: 0.33333333 is not an exact ratio; write it as n:d "
                        + "(e.g. 1:3 for a one-for-three reverse split)");
    }

    @Test
    void aMissingTickerOrDateNamesItsColumn() {
        assertThatThrownBy(() -> new PriceCsvReader().read(new StringReader("date,ticker,currency,close\n2024-01-02,,USD,3\n"),
                "p.csv")).hasMessage("p.csv:2: column ticker: is required");
        assertThatThrownBy(() -> new SplitCsvReader().read(new StringReader("date,ticker,ratio\n,AAPL,2\n"), "s.csv"))
                .hasMessage("s.csv:2: column date: is required");
        assertThatThrownBy(() -> new SplitCsvReader().read(new StringReader("date,ticker,ratio\n2024-01-02,AAPL,0:1\n"),
                "s.csv")).hasMessage("s.csv:2: column ratio: must have positive terms, got 0:1");
    }

    @Test
    void aMissingFileIsOneLine() {
        assertThatThrownBy(() -> new PriceCsvReader().read(Path.of("/nonexistent/prices.csv")))
                .isInstanceOf(ImportException.class).hasMessage("prices.csv: no such file: /nonexistent/prices.csv");
        assertThatThrownBy(() -> MovementFileImporter.forSource("generic").read(Path.of("/nonexistent/m.csv"), 1,
                ImportOptions.defaults())).hasMessage("m.csv: no such file: /nonexistent/m.csv");
    }

    @Test
    void anUnknownSourceNamesTheKnownOnes() {
        assertThatThrownBy(() -> MovementFileImporter.forSource("ibkr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown import source 'ibkr' (expected one of generic, tastytrade)");
        assertThat(MovementFileImporter.sources()).allSatisfy(s -> assertThat(MovementFileImporter.forSource(s).source())
                .isEqualTo(s));
    }
}
