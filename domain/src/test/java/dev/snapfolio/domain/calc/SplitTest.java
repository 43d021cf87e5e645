package dev.snapfolio.domain.calc;

import static dev.snapfolio.domain.testing.Movements.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.OptionLot;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.StockLot;
import dev.snapfolio.domain.testing.FoldedHistory;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splits take effect at the start of their date, for held stock and open contracts (DESIGN §3.3). */
class SplitTest {
    private static final String TODAY = "2026-01-01";

    private static Split split(String ticker, String date, String ratio) {
        return new Split(Ticker.of(ticker), LocalDate.parse(date), new BigDecimal(ratio));
    }

    private static Price price(String ticker, String date, String close) {
        return new Price(Ticker.of(ticker), Currency.USD, LocalDate.parse(date), new BigDecimal(close));
    }

    @Test
    void splitMultipliesOpenQuantitiesAndKeepsCostsOnItsOwnSnapshotDate() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "3", "100", "1");
        ReferenceData refs = ReferenceData.of(List.of(), List.of(split("AAPL", "2024-01-09", "2")));

        FoldedHistory h = FoldedHistory.of(m.all(), refs, TODAY);

        DayResult splitDay = h.dayOf("2024-01-09");
        assertThat(splitDay.snapshotDate()).isTrue();
        assertThat(splitDay.activeCurrencies()).containsExactly(Currency.USD);
        assertThat(h.ticker("2024-01-09", "AAPL").shares()).isEqualByComparingTo("6");
        assertThat(h.ticker("2024-01-09", "AAPL").costBasis()).isEqualByComparingTo("50.166667");
        assertThat(splitDay.state().tickers().get(new PositionKey(Ticker.of("AAPL"), Currency.USD)).lots())
                .containsExactly(new StockLot(new BigDecimal("6"), new BigDecimal("301")));
        assertThat(h.financial("2024-01-09", "USD").invested()).isEqualByComparingTo("301");
        assertThat(h.financial("2024-01-09", "USD").movementCount()).isEqualTo(1);
    }

    @Test
    void priceDatedBeforeASplitIsDividedByItsRatioAndOneOnTheSplitDateIsAlreadyAdjusted() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "3", "100");
        m.on("2024-01-10").deposit("1");
        ReferenceData before = ReferenceData.of(List.of(price("AAPL", "2024-01-05", "120")),
                List.of(split("AAPL", "2024-01-09", "2")));
        ReferenceData onDate = ReferenceData.of(List.of(price("AAPL", "2024-01-05", "120"),
                price("AAPL", "2024-01-09", "61")), List.of(split("AAPL", "2024-01-09", "2")));

        FoldedHistory pre = FoldedHistory.of(m.all(), before, TODAY);
        FoldedHistory post = FoldedHistory.of(m.all(), onDate, TODAY);

        assertThat(pre.ticker("2024-01-10", "AAPL").marketPrice()).isEqualByComparingTo("60");
        assertThat(pre.financial("2024-01-10", "USD").marketValue()).isEqualByComparingTo("360");
        assertThat(post.ticker("2024-01-10", "AAPL").marketPrice()).isEqualByComparingTo("61");
        assertThat(post.financial("2024-01-10", "USD").marketValue()).isEqualByComparingTo("366");
    }

    @Test
    void aTradeOnTheSplitDateIsAlreadyPostSplit() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "3", "100");
        m.on("2024-01-09").buy("AAPL", "4", "50");
        ReferenceData refs = ReferenceData.of(List.of(), List.of(split("AAPL", "2024-01-09", "2")));

        assertThat(FoldedHistory.of(m.all(), refs, TODAY).ticker("2024-01-09", "AAPL").shares())
                .isEqualByComparingTo("10");
    }

    @Test
    void splitOfATickerNotHeldIsNotASnapshotDate() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "3", "100");
        m.on("2024-01-03").sell("AAPL", "3", "100");
        ReferenceData refs = ReferenceData.of(List.of(), List.of(split("AAPL", "2024-01-09", "2"),
                split("MSFT", "2024-01-10", "3"), split("AAPL", "2024-01-01", "4")));

        FoldedHistory h = FoldedHistory.of(m.all(), refs, TODAY);

        assertThat(h.dates()).containsExactly(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-03"));
    }

    @Test
    void reverseSplitDividesQuantities() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "30", "1");
        ReferenceData refs = ReferenceData.of(List.of(), List.of(split("AAPL", "2024-01-09", "0.1")));

        assertThat(FoldedHistory.of(m.all(), refs, TODAY).ticker("2024-01-09", "AAPL").shares())
                .isEqualByComparingTo("3");
    }

    @Test
    void splitMultipliesOpenContractsAndDividesTheirStrike() {
        OptionContract put = put("XYZ", "10", "2024-03-15");
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(put, "1", "50");
        m.on("2024-01-20").buyToClose(put.withStrike(new BigDecimal("5")), "2", "30");
        ReferenceData refs = ReferenceData.of(List.of(), List.of(split("XYZ", "2024-01-09", "2")));

        FoldedHistory h = FoldedHistory.of(m.all(), refs, TODAY);

        ContractBook adjusted = h.state("2024-01-09").contracts()
                .get(new ContractKey(put.withStrike(new BigDecimal("5")), Currency.USD));
        assertThat(adjusted.lots()).containsExactly(new OptionLot(new BigDecimal("2"), new BigDecimal("50"), LocalDate.parse("2024-01-02")));
        assertThat(h.ticker("2024-01-09", "XYZ").openTrades()).isTrue();
        assertThat(h.financial("2024-01-20", "USD").realizedGains()).isEqualByComparingTo("20");
    }
}
