package dev.snapfolio.domain.calc;

import static dev.snapfolio.domain.testing.Movements.call;
import static dev.snapfolio.domain.testing.Movements.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.reference.SplitRatio;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.OptionLot;
import dev.snapfolio.domain.testing.FoldedHistory;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Splits with exact ratios (DESIGN §3.3): no dust on stock, options adjusted as the exchanges
 * (OCC) adjust them, closes after the split naming the adjusted contract.
 */
class ExactSplitTest {
    private static final String TODAY = "2026-01-01";

    private static ReferenceData splits(String ticker, String date, String ratio, Price... prices) {
        return ReferenceData.of(List.of(prices),
                List.of(new Split(Ticker.of(ticker), LocalDate.parse(date), SplitRatio.parse(ratio))));
    }

    private static Price price(String ticker, String date, String close) {
        return new Price(Ticker.of(ticker), Currency.USD, LocalDate.parse(date), new BigDecimal(close));
    }

    // ---------------------------------------------------------------- stock

    @Test
    void aOneForThreeSplitOfTwoLotsThenASaleOfEverythingLeavesNothingOpen() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAA", "10", "10");
        m.on("2024-01-03").buy("AAA", "2", "10");
        m.on("2024-01-10").sell("AAA", "4", "35");

        FoldedHistory h = FoldedHistory.of(m.all(), splits("AAA", "2024-01-09", "1:3"), TODAY);

        assertThat(h.ticker("2024-01-09", "AAA").shares()).isEqualTo(new BigDecimal("4.00000000"));
        var sold = h.ticker("2024-01-10", "AAA");
        assertThat(sold.shares()).isEqualByComparingTo("0");
        assertThat(sold.realized()).isEqualByComparingTo("20");
        assertThat(sold.costBasis()).isEqualByComparingTo("0");
        assertThat(sold.openTrades()).isFalse();
        assertThat(h.financial("2024-01-10", "USD").openTrades()).isFalse();
        assertThat(h.state("2024-01-10").tickers().values()).noneMatch(book -> book.isOpen());
    }

    @Test
    void threeOneShareLotsUnderOneForThreeAreExactlyOneShareAndSellingItLeavesNoShort() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAA", "1", "10");
        m.on("2024-01-03").buy("AAA", "1", "11");
        m.on("2024-01-04").buy("AAA", "1", "12");
        m.on("2024-01-10").sell("AAA", "1", "40");

        FoldedHistory h = FoldedHistory.of(m.all(), splits("AAA", "2024-01-09", "1:3"), TODAY);

        assertThat(h.ticker("2024-01-09", "AAA").shares()).isEqualTo(new BigDecimal("1.00000000"));
        assertThat(h.ticker("2024-01-10", "AAA").shares()).isEqualByComparingTo("0");
        assertThat(h.ticker("2024-01-10", "AAA").realized()).isEqualByComparingTo("7");
        assertThat(h.ticker("2024-01-10", "AAA").openTrades()).isFalse();
    }

    @Test
    void aPriceBeforeAOneForThreeSplitIsMultipliedByThreeExactly() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAA", "9", "10");
        m.on("2024-01-10").deposit("1");

        FoldedHistory h = FoldedHistory.of(m.all(), splits("AAA", "2024-01-09", "1:3", price("AAA", "2024-01-05", "10.5")),
                TODAY);

        assertThat(h.ticker("2024-01-10", "AAA").marketPrice()).isEqualTo(new BigDecimal("31.500000"));
        assertThat(h.financial("2024-01-10", "USD").marketValue()).isEqualByComparingTo("94.5");
    }

    @Test
    void aThreeForTwoSplitOfAnOddLotRoundsTheTotalOnce() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAA", "1", "10");
        m.on("2024-01-03").buy("AAA", "1", "10");
        m.on("2024-01-04").buy("AAA", "1", "10");

        FoldedHistory h = FoldedHistory.of(m.all(), splits("AAA", "2024-01-09", "3:2"), TODAY);

        assertThat(h.ticker("2024-01-09", "AAA").shares()).isEqualTo(new BigDecimal("4.50000000"));
        assertThat(h.ticker("2024-01-09", "AAA").invested()).isEqualByComparingTo("30");
    }

    // ---------------------------------------------------------------- options

    @Test
    void threeShortPutsKeepTheirCountUnderOneForThreeAndOneCanBeClosedOnTheAdjustedContract() {
        OptionContract put = put("XYZ", "10", "2024-03-15");
        OptionContract adjusted = put.withMultiplier(new BigDecimal("33.33333333"));
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(put, "3", "150");
        m.on("2024-01-10").buyToClose(adjusted, "1", "20");

        FoldedHistory h = FoldedHistory.of(m.all(), splits("XYZ", "2024-01-09", "1:3"), TODAY);

        assertThat(h.state("2024-01-09").contracts().get(new ContractKey(adjusted, Currency.USD)).lots())
                .containsExactly(new OptionLot(new BigDecimal("3"), new BigDecimal("150"), LocalDate.parse("2024-01-02")));
        assertThat(h.state("2024-01-10").contracts().get(new ContractKey(adjusted, Currency.USD)).openContracts())
                .isEqualByComparingTo("2");
        assertThat(h.financial("2024-01-10", "USD").realizedGains()).isEqualByComparingTo("30");
    }

    @Test
    void aTwoForOneSplitDoublesShortPutsAndHalvesTheStrike() {
        OptionContract put = put("XYZ", "15", "2024-03-15");
        OptionContract adjusted = put.withStrike(new BigDecimal("7.5"));
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(put, "1", "80");
        m.on("2024-01-10").buyToClose(adjusted, "2", "30");

        FoldedHistory h = FoldedHistory.of(m.all(), splits("XYZ", "2024-01-09", "2"), TODAY);

        assertThat(h.state("2024-01-09").contracts().get(new ContractKey(adjusted, Currency.USD)).openContracts())
                .isEqualByComparingTo("2");
        assertThat(h.state("2024-01-10").contracts()).isEmpty();
        assertThat(h.financial("2024-01-10", "USD").realizedGains()).isEqualByComparingTo("50");
        assertThat(h.ticker("2024-01-10", "XYZ").openTrades()).isFalse();
    }

    @Test
    void aThreeForTwoSplitKeepsALongCallsCountAndStrikeAndMultipliesItsDeliverable() {
        OptionContract longCall = call("XYZ", "20", "2024-03-15");
        OptionContract adjusted = longCall.withMultiplier(new BigDecimal("150"));
        Movements m = Movements.account(1);
        m.on("2024-01-02").buyToOpen(longCall, "2", "300");
        m.on("2024-01-10").sellToClose(adjusted, "2", "500");

        FoldedHistory h = FoldedHistory.of(m.all(), splits("XYZ", "2024-01-09", "3:2"), TODAY);

        var book = h.state("2024-01-09").contracts().get(new ContractKey(adjusted, Currency.USD));
        assertThat(book.openContracts()).isEqualByComparingTo("2");
        assertThat(h.state("2024-01-10").contracts()).isEmpty();
        assertThat(h.financial("2024-01-10", "USD").realizedGains()).isEqualByComparingTo("200");
    }

    @Test
    void aCoveredPositionFollowsATwoForOneSplitOnBothLegsAndClosesFlat() {
        OptionContract coveredCall = call("XYZ", "30", "2024-03-15");
        OptionContract adjusted = coveredCall.withStrike(new BigDecimal("15"));
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("XYZ", "100", "25");
        m.on("2024-01-02").sellToOpen(coveredCall, "1", "120");
        m.on("2024-01-10").buyToClose(adjusted, "2", "40");
        m.on("2024-01-10").sell("XYZ", "200", "14");

        FoldedHistory h = FoldedHistory.of(m.all(), splits("XYZ", "2024-01-09", "2"), TODAY);

        assertThat(h.ticker("2024-01-09", "XYZ").shares()).isEqualByComparingTo("200");
        var closed = h.ticker("2024-01-10", "XYZ");
        assertThat(closed.shares()).isEqualByComparingTo("0");
        assertThat(closed.openTrades()).isFalse();
        assertThat(closed.realized()).isEqualByComparingTo("380");
    }

    @Test
    void aCoveredPositionUnderAReverseSplitClosesOnTheAdjustedDeliverable() {
        OptionContract coveredCall = call("XYZ", "3", "2024-03-15");
        OptionContract adjusted = coveredCall.withMultiplier(new BigDecimal("33.33333333"));
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("XYZ", "300", "2");
        m.on("2024-01-02").sellToOpen(coveredCall, "3", "60");
        m.on("2024-01-10").buyToClose(adjusted, "3", "30");
        m.on("2024-01-10").sell("XYZ", "100", "7");

        FoldedHistory h = FoldedHistory.of(m.all(), splits("XYZ", "2024-01-09", "1:3"), TODAY);

        assertThat(h.ticker("2024-01-09", "XYZ").shares()).isEqualTo(new BigDecimal("100.00000000"));
        assertThat(h.state("2024-01-10").contracts()).isEmpty();
        assertThat(h.ticker("2024-01-10", "XYZ").openTrades()).isFalse();
        assertThat(h.ticker("2024-01-10", "XYZ").realized()).isEqualByComparingTo("130");
    }

    @Test
    void capitalDeployedOfAPutOpenedOnAnAdjustedContractUsesItsDeliverable() {
        OptionContract adjusted = put("XYZ", "10", "2024-03-15").withMultiplier(new BigDecimal("150"));
        Movements m = Movements.account(1);
        m.on("2024-01-10").sellToOpen(adjusted, "2", "90");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.ticker("2024-01-10", "XYZ").capitalDeployed()).isEqualByComparingTo("3000");
    }

    // ---------------------------------------------------------------- costs and transfers

    @Test
    void aTradeThatClosesAndOpensSharesItsCommissionsAndFeesAsOneSum() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAA", "1", "10");
        m.on("2024-01-03").sell("AAA", "3", "12", "0.01", "0.01");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        // 0.02 × 1/3 = 0.006667 on the close (0.003333 + 0.003333 when shared one by one).
        assertThat(h.ticker("2024-01-03", "AAA").realized()).isEqualByComparingTo("1.993333");
        assertThat(h.ticker("2024-01-03", "AAA").invested()).isEqualByComparingTo("23.986667");
    }

    @Test
    void aSecurityInAgainstAShortCoversItAtTheStatedCostWithAWarning() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sell("AAA", "5", "10");
        m.on("2024-01-03").securityIn("AAA", "5", "8");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.ticker("2024-01-03", "AAA").shares()).isEqualByComparingTo("0");
        assertThat(h.ticker("2024-01-03", "AAA").realized()).isEqualByComparingTo("10");
        assertThat(h.dayOf("2024-01-03").warnings()).singleElement()
                .satisfies(w -> assertThat(w.problem()).contains("against a short"));
    }
}
