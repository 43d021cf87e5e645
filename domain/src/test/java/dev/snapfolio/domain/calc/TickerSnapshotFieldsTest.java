package dev.snapfolio.domain.calc;

import static dev.snapfolio.domain.testing.Movements.call;
import static dev.snapfolio.domain.testing.Movements.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.testing.FoldedHistory;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field of the ticker snapshot and which tickers get a row (DESIGN §3.4). */
class TickerSnapshotFieldsTest {
    private static final String TODAY = "2026-01-01";

    private static ReferenceData prices(Price... prices) {
        return ReferenceData.of(List.of(prices), List.of());
    }

    private static Price price(String ticker, String date, String close) {
        return new Price(Ticker.of(ticker), Currency.USD, LocalDate.parse(date), new BigDecimal(close));
    }

    @Test
    void tickersWithAMovementOrOpenLotsGetARowAndFlatQuietOnesDoNot() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "3", "333", "2");
        m.dividend("MSFT", "5");
        m.on("2024-01-03").deposit("100");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.dayOf("2024-01-02").tickers()).extracting(t -> t.ticker().symbol()).containsExactly("AAPL", "MSFT");
        assertThat(h.dayOf("2024-01-03").tickers()).extracting(t -> t.ticker().symbol()).containsExactly("AAPL");
        TickerSnapshot msft = h.ticker("2024-01-02", "MSFT");
        assertThat(msft.dividends()).isEqualByComparingTo("5");
        assertThat(msft.shares()).isEqualByComparingTo("0");
        assertThat(msft.openTrades()).isFalse();
    }

    @Test
    void aTickerWithOnlyAnOpenOptionGetsARowEveryDay() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(put("SOFI", "7", "2024-03-15"), "1", "35");
        m.on("2024-01-03").deposit("100");

        TickerSnapshot row = FoldedHistory.of(m.all(), TODAY).ticker("2024-01-03", "SOFI");

        assertThat(row.openTrades()).isTrue();
        assertThat(row.shares()).isEqualByComparingTo("0");
    }

    @Test
    void costBasisIsAbsoluteCostOverAbsoluteSharesAndValuationUsesTheLatestPrice() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "3", "333", "2");
        m.on("2024-01-03").deposit("100");

        TickerSnapshot row = FoldedHistory.of(m.all(), prices(price("AAPL", "2024-01-02", "340")), TODAY)
                .ticker("2024-01-03", "AAPL");

        assertThat(row.shares()).isEqualByComparingTo("3");
        assertThat(row.invested()).isEqualByComparingTo("1001");
        assertThat(row.costBasis()).isEqualByComparingTo("333.666667");
        assertThat(row.marketPrice()).isEqualByComparingTo("340");
        assertThat(row.marketValue()).isEqualByComparingTo("1020");
        assertThat(row.unrealizedGains()).isEqualByComparingTo("19");
        assertThat(row.openTrades()).isTrue();
    }

    @Test
    void marketPriceIsAbsentWithoutAPriceAndValuationIsZero() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "3", "100");

        TickerSnapshot row = FoldedHistory.of(m.all(), prices(price("AAPL", "2024-01-03", "340")), TODAY)
                .ticker("2024-01-02", "AAPL");

        assertThat(row.marketPrice()).isNull();
        assertThat(row.marketValue()).isEqualByComparingTo("0");
        assertThat(row.unrealizedGains()).isEqualByComparingTo("0");
    }

    @Test
    void aShortHasNegativeSharesPositiveInvestedAndNegativeValue() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sell("TSLA", "4", "50", "2");

        TickerSnapshot row = FoldedHistory.of(m.all(), prices(price("TSLA", "2024-01-02", "45")), TODAY)
                .ticker("2024-01-02", "TSLA");

        assertThat(row.shares()).isEqualByComparingTo("-4");
        assertThat(row.invested()).isEqualByComparingTo("198");
        assertThat(row.costBasis()).isEqualByComparingTo("49.5");
        assertThat(row.marketValue()).isEqualByComparingTo("-180");
        assertThat(row.unrealizedGains()).isEqualByComparingTo("18");
    }

    @Test
    void flatTickerHasZeroCostBasisAndInvestedButKeepsItsFigures() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "10", "100");
        m.on("2024-01-03").sell("AAPL", "10", "103", "0.5");

        TickerSnapshot row = FoldedHistory.of(m.all(), TODAY).ticker("2024-01-03", "AAPL");

        assertThat(row.costBasis()).isEqualByComparingTo("0");
        assertThat(row.invested()).isEqualByComparingTo("0");
        assertThat(row.realized()).isEqualByComparingTo("29.5");
        assertThat(row.commissions()).isEqualByComparingTo("0.5");
        assertThat(row.openTrades()).isFalse();
    }

    @Test
    void realizedCombinesStockAndOptionsOnTheUnderlying() {
        Movements m = Movements.account(1);
        var put = put("AAPL", "90", "2024-03-15");
        m.on("2024-01-02").buy("AAPL", "10", "100");
        m.sellToOpen(put, "1", "50");
        m.on("2024-01-03").sell("AAPL", "10", "101");
        m.buyToClose(put, "1", "20");

        assertThat(FoldedHistory.of(m.all(), TODAY).ticker("2024-01-03", "AAPL").realized())
                .isEqualByComparingTo("40");
    }

    @Test
    void incomeFiguresCountOnlyThisTickersMovements() {
        Movements m = Movements.account(1);
        var put = put("AAPL", "90", "2024-03-15");
        m.on("2024-01-02").deposit("1000", "3", "3");
        m.fee("7");
        m.buy("AAPL", "10", "100", "1", "0.1");
        m.buy("MSFT", "1", "100", "9", "9");
        m.dividend("AAPL", "12");
        m.dividendTax("AAPL", "2");
        m.sellToOpen(put, "1", "50", "1", "0.2");

        TickerSnapshot row = FoldedHistory.of(m.all(), TODAY).ticker("2024-01-02", "AAPL");

        assertThat(row.dividends()).isEqualByComparingTo("12");
        assertThat(row.dividendTaxes()).isEqualByComparingTo("2");
        assertThat(row.optionsPremium()).isEqualByComparingTo("50");
        assertThat(row.commissions()).isEqualByComparingTo("2");
        assertThat(row.fees()).isEqualByComparingTo("0.3");
        // 50 + 12 − 2 − 2 − 0.3
        assertThat(row.totalIncome()).isEqualByComparingTo("57.7");
    }

    @Test
    void capitalDeployedCountsOpensAndIsNeverReleased() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "10", "100", "1");
        m.on("2024-01-03").sell("AAPL", "13", "100");
        m.on("2024-01-04").buy("AAPL", "3", "90");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.ticker("2024-01-02", "AAPL").capitalDeployed()).isEqualByComparingTo("1000");
        // closing 10 deploys nothing, the short of 3 deploys its gross 300
        assertThat(h.ticker("2024-01-03", "AAPL").capitalDeployed()).isEqualByComparingTo("1300");
        assertThat(h.ticker("2024-01-04", "AAPL").capitalDeployed()).isEqualByComparingTo("1300");
    }

    @Test
    void capitalDeployedOfSecurityInIsQuantityTimesCostPerShare() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").securityIn("AAPL", "4", "25.5");

        assertThat(FoldedHistory.of(m.all(), TODAY).ticker("2024-01-02", "AAPL").capitalDeployed())
                .isEqualByComparingTo("102");
    }

    @Test
    void capitalDeployedOfOptionsIsLongPremiumShortPutNotionalAndNothingForShortCalls() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buyToOpen(call("XYZ", "30", "2024-03-15"), "1", "120");
        m.sellToOpen(put("XYZ", "20", "2024-03-15"), "2", "80");
        m.sellToOpen(call("XYZ", "40", "2024-03-15"), "1", "30");

        assertThat(FoldedHistory.of(m.all(), TODAY).ticker("2024-01-02", "XYZ").capitalDeployed())
                .isEqualByComparingTo("4120");
    }

    @Test
    void performanceIsRealizedOverCapitalDeployed() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "10", "100");
        m.on("2024-01-03").sell("AAPL", "10", "103", "0.5");
        m.sell("AAPL", "3", "100");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.ticker("2024-01-02", "AAPL").performance()).isEqualByComparingTo("0");
        assertThat(h.ticker("2024-01-03", "AAPL").performance()).isEqualByComparingTo("2.269231");
    }
}
