package dev.snapfolio.domain.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.StockLot;
import dev.snapfolio.domain.state.TickerBook;
import dev.snapfolio.domain.testing.FoldedHistory;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** FIFO stock lots, shorts and covering, pro-rata costs, security transfers (DESIGN §3.3). */
class StockLotRulesTest {
    private static final String TODAY = "2026-01-01";

    private static TickerBook book(FoldedHistory h, String ticker) {
        return h.lastState().tickers().get(new PositionKey(Ticker.of(ticker), Currency.USD));
    }

    private static StockLot lot(String quantity, String totalCost) {
        return new StockLot(new BigDecimal(quantity), new BigDecimal(totalCost));
    }

    @Test
    void sellClosesOldestLotFirstAndTakesAProRataShareOfAPartialLot() {
        Movements m = Movements.account(1);
        m.on("2024-01-03").buy("AAPL", "10", "100", "1");
        m.on("2024-01-04").buy("AAPL", "5", "110", "1");
        m.on("2024-01-05").sell("AAPL", "12", "120", "1", "0.12");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        // 1440 − 1.12 − 1001 − round6(551 × 2/5)
        assertThat(h.ticker("2024-01-05", "AAPL").realized()).isEqualByComparingTo("217.48");
        assertThat(book(h, "AAPL").lots()).containsExactly(lot("3", "330.60"));
        assertThat(book(h, "AAPL").isShort()).isFalse();
    }

    @Test
    void closingTheLastUnitTakesTheRemainderSoNothingDrifts() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "3", "10", "0.01");
        m.on("2024-01-03").sell("AAPL", "1", "10");
        m.on("2024-01-04").sell("AAPL", "1", "10");
        m.on("2024-01-05").sell("AAPL", "1", "10");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.ticker("2024-01-03", "AAPL").realized()).isEqualByComparingTo("-0.003333");
        // round6(20.006667 / 2) = 10.0033335 → 10.003334 (half even)
        assertThat(h.ticker("2024-01-04", "AAPL").realized()).isEqualByComparingTo("-0.006667");
        assertThat(h.ticker("2024-01-05", "AAPL").realized()).isEqualByComparingTo("-0.01");
        assertThat(book(h, "AAPL").isOpen()).isFalse();
    }

    @Test
    void sellWithNothingHeldOpensAShortLotAtNegativeNetProceeds() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sell("TSLA", "5", "20", "1");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(book(h, "TSLA").isShort()).isTrue();
        assertThat(book(h, "TSLA").lots()).containsExactly(lot("5", "-99"));
        assertThat(h.ticker("2024-01-02", "TSLA").realized()).isEqualByComparingTo("0");
    }

    @Test
    void buyCoversShortLotsOldestFirst() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sell("TSLA", "5", "20", "1");
        m.on("2024-01-03").buy("TSLA", "2", "18", "1");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        // −round6(−99 × 2/5) − (36 + 1) = 39.6 − 37
        assertThat(h.ticker("2024-01-03", "TSLA").realized()).isEqualByComparingTo("2.6");
        assertThat(book(h, "TSLA").lots()).containsExactly(lot("3", "-59.4"));
    }

    @Test
    void buyBeyondTheShortCoversItThenOpensALongWithTheRemainderOfTheCosts() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sell("TSLA", "3", "20", "0.6");
        m.on("2024-01-03").buy("TSLA", "5", "18", "1");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        // short lot −59.4; closing part: gross 54, commission round6(1 × 3/5) = 0.6 → 59.4 − 54.6
        assertThat(h.ticker("2024-01-03", "TSLA").realized()).isEqualByComparingTo("4.8");
        assertThat(book(h, "TSLA").isShort()).isFalse();
        assertThat(book(h, "TSLA").lots()).containsExactly(lot("2", "36.4"));
    }

    @Test
    void sellBeyondTheHoldingClosesItThenOpensAShortWithTheRemainderOfTheCosts() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "6", "55", "0");
        m.on("2024-01-03").sell("AAPL", "8", "58", "1", "0.3");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        // closing 6/8: gross 348, commission 0.75, fees 0.225 → 348 − 0.975 − 330
        assertThat(h.ticker("2024-01-03", "AAPL").realized()).isEqualByComparingTo("17.025");
        // opening 2: gross 116, commission 0.25, fees 0.075
        assertThat(book(h, "AAPL").lots()).containsExactly(lot("2", "-115.675"));
        assertThat(book(h, "AAPL").isShort()).isTrue();
    }

    @Test
    void securityInOpensALongLotAtQuantityTimesCostPerShare() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").securityIn("AAPL", "10", "5");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(book(h, "AAPL").lots()).containsExactly(lot("10", "50"));
        assertThat(h.financial("2024-01-02", "USD").netCashFlow()).isEqualByComparingTo("0");
        assertThat(h.financial("2024-01-02", "USD").invested()).isEqualByComparingTo("50");
    }

    @Test
    void securityOutClosesLotsFifoAtTheirCostAndRealizesNothing() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").securityIn("AAPL", "10", "5");
        m.buy("AAPL", "10", "6");
        m.on("2024-01-03").securityOut("AAPL", "15");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(book(h, "AAPL").lots()).containsExactly(lot("5", "30"));
        assertThat(h.ticker("2024-01-03", "AAPL").realized()).isEqualByComparingTo("0");
        assertThat(h.financial("2024-01-03", "USD").realizedGains()).isEqualByComparingTo("0");
        assertThat(h.financial("2024-01-03", "USD").movementCount()).isEqualTo(3);
    }

    @Test
    void securityInAgainstAShortCoversItAtTheStatedCostLikeACashlessBuy() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sell("TSLA", "5", "20");
        m.on("2024-01-03").securityIn("TSLA", "2", "18");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.ticker("2024-01-03", "TSLA").realized()).isEqualByComparingTo("4");
        assertThat(book(h, "TSLA").lots()).containsExactly(lot("3", "-60"));
    }

    @Test
    void fractionalQuantitiesKeepEightDecimals() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("VTI", "0.12345678", "200");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.ticker("2024-01-02", "VTI").shares()).isEqualTo(new BigDecimal("0.12345678"));
        assertThat(book(h, "VTI").lots()).containsExactly(lot("0.12345678", "24.691356"));
    }
}
