package dev.snapfolio.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
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
                .containsExactly(new BigDecimal("10.00000000"), new BigDecimal("0.10000000"),
                        new BigDecimal("1.50000000"), new BigDecimal("0.50000000"));
    }

    @Test
    void aMissingTickerOrDateNamesItsColumn() {
        assertThatThrownBy(() -> new PriceCsvReader().read(new StringReader("date,ticker,currency,close\n2024-01-02,,USD,3\n"),
                "p.csv")).hasMessage("p.csv:2: column ticker: is required");
        assertThatThrownBy(() -> new SplitCsvReader().read(new StringReader("date,ticker,ratio\n,AAPL,2\n"), "s.csv"))
                .hasMessage("s.csv:2: column date: is required");
        assertThatThrownBy(() -> new SplitCsvReader().read(new StringReader("date,ticker,ratio\n2024-01-02,AAPL,0:1\n"),
                "s.csv")).hasMessage("s.csv:2: column ratio: must be > 0 on both sides, got 0:1");
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
