package dev.snapfolio.domain.calc;

import static dev.snapfolio.domain.testing.Movements.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.testing.FoldedHistory;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field of the financial snapshot (DESIGN §3.4). */
class FinancialSnapshotFieldsTest {
    private static final String TODAY = "2026-01-01";
    private static final OptionContract PUT = put("XYZ", "20", "2024-03-15");

    private static Price price(String ticker, String date, String close) {
        return new Price(Ticker.of(ticker), Currency.USD, LocalDate.parse(date), new BigDecimal(close));
    }

    @Test
    void movementCountCountsEveryMovementOfTheCurrencyUpToTheDate() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").deposit("1000");
        m.on("2024-01-03").fee("5");
        m.interest("2");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.financial("2024-01-02", "USD").movementCount()).isEqualTo(1);
        assertThat(h.financial("2024-01-03", "USD").movementCount()).isEqualTo(3);
    }

    @Test
    void depositedAndWithdrawnExcludeTheirCommissionsAndFees() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").deposit("1000", "1", "2");
        m.on("2024-01-03").withdrawal("100", "0", "0.5");

        FinancialSnapshot row = FoldedHistory.of(m.all(), TODAY).financial("2024-01-03", "USD");

        assertThat(row.deposited()).isEqualByComparingTo("1000");
        assertThat(row.withdrawn()).isEqualByComparingTo("100");
        assertThat(row.commissions()).isEqualByComparingTo("1");
        assertThat(row.fees()).isEqualByComparingTo("2.5");
    }

    @Test
    void feesAddFeeChargesAndSubtractRefundsBesidesMovementFees() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").deposit("1000");
        m.fee("5");
        m.fee("-2");
        m.buy("AAPL", "1", "100", "0", "0.25");

        FinancialSnapshot row = FoldedHistory.of(m.all(), TODAY).financial("2024-01-02", "USD");

        assertThat(row.fees()).isEqualByComparingTo("3.25");
    }

    @Test
    void commissionsSumTheCommissionsOfEveryKindOfMovement() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").deposit("1000", "0.5", "0");
        m.buy("AAPL", "1", "100", "1");
        m.sellToOpen(PUT, "1", "50", "2", "0");

        assertThat(FoldedHistory.of(m.all(), TODAY).financial("2024-01-02", "USD").commissions())
                .isEqualByComparingTo("3.5");
    }

    @Test
    void dividendsReceivedAreDividendsLessTaxesWithheld() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").dividend("AAPL", "10");
        m.dividendTax("AAPL", "1.5");

        assertThat(FoldedHistory.of(m.all(), TODAY).financial("2024-01-02", "USD").dividendsReceived())
                .isEqualByComparingTo("8.5");
    }

    @Test
    void optionsIncomeIsTheSignedGrossPremiumsAndCashSettlements() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "2", "100", "1", "0.1");
        m.on("2024-01-03").buyToClose(PUT, "1", "40", "1", "0.1");
        m.on("2024-03-15").event(PUT, dev.snapfolio.domain.movement.OptionEventType.ASSIGNED, "1", "-7");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.financial("2024-01-03", "USD").optionsIncome()).isEqualByComparingTo("60");
        assertThat(h.financial("2024-03-15", "USD").optionsIncome()).isEqualByComparingTo("53");
    }

    @Test
    void otherIncomeIsInterestAndLendingIncomeLessInterestPaid() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").interest("3");
        m.lendingIncome("2");
        m.interestPaid("1.5");

        assertThat(FoldedHistory.of(m.all(), TODAY).financial("2024-01-02", "USD").otherIncome())
                .isEqualByComparingTo("3.5");
    }

    @Test
    void realizedGainsAddStockAndOptionRealizations() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "10", "100", "1");
        m.sellToOpen(PUT, "1", "50", "1", "0");
        m.on("2024-01-03").sell("AAPL", "10", "110", "1");
        m.buyToClose(PUT, "1", "20", "1", "0");

        // stock: 1100 − 1 − 1001 = 98; option: 49 + (−21) = 28
        assertThat(FoldedHistory.of(m.all(), TODAY).financial("2024-01-03", "USD").realizedGains())
                .isEqualByComparingTo("126");
    }

    @Test
    void netCashFlowIsContributedCashPlusIncomeMinusCosts() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").deposit("1000", "1", "2");
        m.withdrawal("100");
        m.dividend("AAPL", "10");
        m.dividendTax("AAPL", "1.5");
        m.sellToOpen(PUT, "1", "50", "1", "0.5");
        m.interest("3");
        m.interestPaid("1");
        m.fee("4");
        m.buy("AAPL", "1", "500");

        // 1000 − 100 + 8.5 + 50 + 2 − 2 − 6.5; the purchase does not move it
        assertThat(FoldedHistory.of(m.all(), TODAY).financial("2024-01-02", "USD").netCashFlow())
                .isEqualByComparingTo("952");
    }

    /** AAPL priced, MSFT never priced, TSLA short and priced; AAPL sold on the 4th. */
    private static FoldedHistory pricedPortfolio() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").deposit("10000");
        m.buy("AAPL", "10", "100", "1");
        m.on("2024-01-03").buy("MSFT", "5", "200");
        m.sell("TSLA", "4", "50", "2");
        m.on("2024-01-04").sell("AAPL", "10", "110", "1");
        ReferenceData refs = ReferenceData.of(List.of(price("AAPL", "2024-01-02", "105"),
                price("AAPL", "2024-01-04", "110"), price("TSLA", "2024-01-03", "45")), List.of());
        return FoldedHistory.of(m.all(), refs, TODAY);
    }

    @Test
    void investedIsTheAbsoluteCostOfOpenLotsAndGoesDownWhenPositionsClose() {
        FoldedHistory h = pricedPortfolio();

        assertThat(h.financial("2024-01-02", "USD").invested()).isEqualByComparingTo("1001");
        assertThat(h.financial("2024-01-03", "USD").invested()).isEqualByComparingTo("2199");
        assertThat(h.financial("2024-01-04", "USD").invested()).isEqualByComparingTo("1198");
    }

    @Test
    void unrealizedGainsValuePricedLotsWithTheLatestEarlierPriceAndShortsNegative() {
        FinancialSnapshot row = pricedPortfolio().financial("2024-01-03", "USD");

        // AAPL 10 × 105 − 1001 = 49; TSLA −4 × 45 − (−198) = 18; MSFT unpriced
        assertThat(row.unrealizedGains()).isEqualByComparingTo("67");
        assertThat(row.marketValue()).isEqualByComparingTo("870");
        assertThat(row.unrealizedPercentage()).isEqualByComparingTo("5.587990");
        assertThat(row.unpricedPositions()).isEqualTo(1);
    }

    @Test
    void realizedPercentageIsRealizedOverPositiveNetCashFlow() {
        FinancialSnapshot row = pricedPortfolio().financial("2024-01-04", "USD");

        assertThat(row.realizedGains()).isEqualByComparingTo("98");
        assertThat(row.netCashFlow()).isEqualByComparingTo("9996");
        assertThat(row.realizedPercentage()).isEqualByComparingTo("0.980392");
    }

    @Test
    void realizedPercentageIsZeroWhenNetCashFlowIsNotPositive() {
        Movements m = Movements.account(1);
        OptionContract call = Movements.call("XYZ", "10", "2024-03-15");
        m.on("2024-01-02").buyToOpen(call, "1", "100");
        m.on("2024-01-03").sellToClose(call, "1", "150");

        FinancialSnapshot row = FoldedHistory.of(m.all(), TODAY).financial("2024-01-03", "USD");

        assertThat(row.netCashFlow()).isEqualByComparingTo("50");
        assertThat(row.realizedPercentage()).isEqualByComparingTo("100");
        assertThat(FoldedHistory.of(m.all(), TODAY).financial("2024-01-02", "USD").realizedPercentage())
                .isEqualByComparingTo("0");
    }

    @Test
    void openTradesIsTrueWhileAnyStockOrOptionLotIsOpen() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        m.on("2024-01-03").buyToClose(PUT, "1", "10");
        m.buy("AAPL", "1", "10");
        m.on("2024-01-04").sell("AAPL", "1", "11");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.financial("2024-01-02", "USD").openTrades()).isTrue();
        assertThat(h.financial("2024-01-03", "USD").openTrades()).isTrue();
        assertThat(h.financial("2024-01-04", "USD").openTrades()).isFalse();
    }

    @Test
    void valuationFieldsAreZeroWhenNothingIsPriced() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "10", "100");

        FinancialSnapshot row = FoldedHistory.of(m.all(), TODAY).financial("2024-01-02", "USD");

        assertThat(row.marketValue()).isEqualByComparingTo("0");
        assertThat(row.unrealizedGains()).isEqualByComparingTo("0");
        assertThat(row.unrealizedPercentage()).isEqualByComparingTo("0");
        assertThat(row.unpricedPositions()).isEqualTo(1);
    }

    @Test
    void everyCurrencyWithStateGetsARowOnEverySnapshotDate() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").in("EUR").deposit("500");
        m.on("2024-01-05").in("USD").deposit("100");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.dayOf("2024-01-02").financials()).extracting(f -> f.currency().code()).containsExactly("EUR");
        assertThat(h.dayOf("2024-01-05").financials()).extracting(f -> f.currency().code())
                .containsExactly("EUR", "USD");
        assertThat(h.financial("2024-01-05", "EUR").movementCount()).isEqualTo(1);
    }

    @Test
    void valuesAreAtTheirNormalizedScales() {
        FinancialSnapshot row = pricedPortfolio().financial("2024-01-03", "USD");

        assertThat(row.invested().scale()).isEqualTo(6);
        assertThat(row.marketValue().scale()).isEqualTo(6);
        assertThat(row.realizedPercentage().scale()).isEqualTo(6);
        assertThat(row.unrealizedPercentage().scale()).isEqualTo(6);
        assertThat(row.netCashFlow().scale()).isEqualTo(6);
    }
}
