package dev.snapfolio.domain.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.testing.FoldedHistory;
import dev.snapfolio.domain.testing.Movements;
import org.junit.jupiter.api.Test;

/** Snapshots are per currency; a conversion touches two (DESIGN §3.2, §3.4). */
class MultiCurrencyTest {
    private static final String TODAY = "2026-01-01";

    private static FoldedHistory converted() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").deposit("10000");
        m.on("2024-01-12").convert("1000", "EUR", "900", "2");
        m.on("2024-01-16").in("EUR").interest("1.5");
        return FoldedHistory.of(m.all(), TODAY);
    }

    @Test
    void conversionWithdrawsFromTheSourceAndDepositsIntoTheTargetCountingInBoth() {
        FoldedHistory h = converted();

        FinancialSnapshot usd = h.financial("2024-01-12", "USD");
        FinancialSnapshot eur = h.financial("2024-01-12", "EUR");
        assertThat(usd.withdrawn()).isEqualByComparingTo("1000");
        assertThat(usd.fees()).isEqualByComparingTo("2");
        assertThat(usd.movementCount()).isEqualTo(2);
        assertThat(usd.netCashFlow()).isEqualByComparingTo("8998");
        assertThat(eur.deposited()).isEqualByComparingTo("900");
        assertThat(eur.fees()).isEqualByComparingTo("0");
        assertThat(eur.movementCount()).isEqualTo(1);
        assertThat(h.dayOf("2024-01-12").activeCurrencies()).containsExactlyInAnyOrder(Currency.USD, Currency.EUR);
    }

    @Test
    void aCurrencyWithoutActivityThatDayIsCarriedForward() {
        FoldedHistory h = converted();

        DayResult day = h.dayOf("2024-01-16");
        assertThat(day.activeCurrencies()).containsExactly(Currency.EUR);
        assertThat(h.financial("2024-01-16", "USD")).usingRecursiveComparison().ignoringFields("date")
                .isEqualTo(h.financial("2024-01-12", "USD"));
        assertThat(h.financial("2024-01-16", "EUR").otherIncome()).isEqualByComparingTo("1.5");
    }

    @Test
    void positionsInDifferentCurrenciesAreSeparate() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("SHELL", "10", "20");
        m.in("EUR").buy("SHELL", "5", "18");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.ticker("2024-01-02", "SHELL", "USD").shares()).isEqualByComparingTo("10");
        assertThat(h.ticker("2024-01-02", "SHELL", "EUR").shares()).isEqualByComparingTo("5");
        assertThat(h.financial("2024-01-02", "EUR").invested()).isEqualByComparingTo("90");
        assertThat(h.financial("2024-01-02", "USD").invested()).isEqualByComparingTo("200");
    }
}
