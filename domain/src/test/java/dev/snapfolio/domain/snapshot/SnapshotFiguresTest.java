package dev.snapfolio.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.state.CurrencyTotals;
import dev.snapfolio.domain.state.TickerTotals;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SnapshotFiguresTest {
    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void netCashFlowIsContributedCashPlusIncomeMinusCosts() {
        // deposited 1000, withdrawn 200, commissions 3, fees 2, dividends 40, options 60, other 5
        CurrencyTotals t = new CurrencyTotals(7, d("1000"), d("200"), d("3"), d("2"), d("40"), d("60"), d("5"), d("11"));

        assertThat(SnapshotFigures.netCashFlow(t)).isEqualTo(d("900.000000"));
    }

    @Test
    void realizedPercentageIsRealizedOverNetCashFlowOnlyWhenNetCashFlowIsPositive() {
        assertThat(SnapshotFigures.realizedPercentage(d("10"), d("300"))).isEqualTo(d("3.333333"));
        assertThat(SnapshotFigures.realizedPercentage(d("10"), d("0.000000"))).isEqualTo(d("0.000000"));
        assertThat(SnapshotFigures.realizedPercentage(d("10"), d("-50"))).isEqualTo(d("0.000000"));
    }

    @Test
    void unrealizedPercentageIsOverThePricedInvestedAndZeroWithoutIt() {
        assertThat(SnapshotFigures.unrealizedPercentage(d("-25"), d("200"))).isEqualTo(d("-12.500000"));
        assertThat(SnapshotFigures.unrealizedPercentage(d("-25"), d("0.000000"))).isEqualTo(d("0.000000"));
    }

    @Test
    void investedCountsOnlyAnOpenPosition() {
        assertThat(SnapshotFigures.invested(true, d("1552.000000"))).isEqualTo(d("1552.000000"));
        assertThat(SnapshotFigures.invested(false, d("1552.000000"))).isEqualTo(d("0.000000"));
    }

    @Test
    void costBasisIsInvestedPerShareAtPriceScaleAndZeroWhenFlat() {
        assertThat(SnapshotFigures.costBasis(d("1552"), d("15"))).isEqualTo(d("103.466667"));
        assertThat(SnapshotFigures.costBasis(d("0.000000"), d("0.00000000"))).isEqualTo(d("0.000000"));
    }

    @Test
    void totalIncomeIsPremiumsAndDividendsLessTaxesAndCosts() {
        // realized 100, dividends 30, taxes 4.5, premiums 70, commissions 2, fees 0.5, deployed 1000
        TickerTotals t = new TickerTotals(d("100"), d("30"), d("4.5"), d("70"), d("2"), d("0.5"), d("1000"));

        assertThat(SnapshotFigures.totalIncome(t)).isEqualTo(d("93.000000"));
    }

    @Test
    void performanceIsRealizedOverCapitalDeployedAndZeroWithoutCapital() {
        TickerTotals deployed = new TickerTotals(d("100"), d("0"), d("0"), d("0"), d("0"), d("0"), d("3000"));
        TickerTotals none = new TickerTotals(d("100"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0"));

        assertThat(SnapshotFigures.performance(deployed)).isEqualTo(d("3.333333"));
        assertThat(SnapshotFigures.performance(none)).isEqualTo(d("0.000000"));
    }

    @Test
    void marketValueIsSharesTimesPriceAtMoneyScaleWhateverTheSharesTrailingZeros() {
        BigDecimal price = d("33.333333");

        assertThat(SnapshotFigures.marketValue(d("3.00000000"), price)).isEqualTo(d("99.999999"));
        assertThat(SnapshotFigures.marketValue(d("3"), price)).isEqualTo(d("99.999999"));
        assertThat(SnapshotFigures.marketValue(d("-0.12345678"), d("10.5"))).isEqualTo(d("-1.296296"));
    }

    @Test
    void unrealizedGainsIsMarketValueLessTheOpenLotsCostAlsoForAShort() {
        assertThat(SnapshotFigures.unrealizedGains(d("1200.000000"), d("1000.000000"))).isEqualTo(d("200.000000"));
        // A short: value −900, cost −1000 (proceeds): 100 gained.
        assertThat(SnapshotFigures.unrealizedGains(d("-900.000000"), d("-1000.000000"))).isEqualTo(d("100.000000"));
    }
}
