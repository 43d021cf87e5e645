package dev.snapfolio.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.testing.Movements;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenarios A–H of DESIGN §3.5, from the table and from real days of a history. */
class ScenarioTest {

    @Test
    void activityWithStateBeforeInsertsAsAOrUpdatesAsC() {
        assertThat(Scenario.classify(true, true, true, true, false)).isEqualTo(Scenario.A);
        assertThat(Scenario.classify(true, true, true, true, true)).isEqualTo(Scenario.C);
    }

    @Test
    void activityWithoutStateBeforeInsertsAsBOrUpdatesAsD() {
        assertThat(Scenario.classify(true, true, true, false, false)).isEqualTo(Scenario.B);
        assertThat(Scenario.classify(true, true, true, false, true)).isEqualTo(Scenario.D);
    }

    @Test
    void noActivityWithStateBeforeCarriesForwardAsEOrValidatesAsG() {
        assertThat(Scenario.classify(true, true, false, true, false)).isEqualTo(Scenario.E);
        assertThat(Scenario.classify(true, true, false, true, true)).isEqualTo(Scenario.G);
    }

    @Test
    void aDateOutsideTheSnapshotDatesDoesNothingOrDeletesAStaleRow() {
        assertThat(Scenario.classify(false, true, false, true, false)).isEqualTo(Scenario.F);
        assertThat(Scenario.classify(false, true, false, true, true)).isEqualTo(Scenario.H);
    }

    @Test
    void aStoredRowOfACurrencyWithoutStateIsStale() {
        assertThat(Scenario.classify(true, false, false, false, true)).isEqualTo(Scenario.H);
        assertThat(Scenario.classify(true, false, false, false, false)).isEqualTo(Scenario.F);
    }

    @Test
    void stateWithoutActivityOrStateBeforeIsImpossible() {
        assertThatThrownBy(() -> Scenario.classify(true, true, false, false, false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyABAndEInsert() {
        assertThat(List.of(Scenario.values())).filteredOn(Scenario::inserts)
                .containsExactly(Scenario.A, Scenario.B, Scenario.E);
    }

    @Test
    void daysOfAHistoryClassifyAsTheTableSays() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").deposit("100");
        m.on("2024-01-03").in("EUR").deposit("50");
        m.on("2024-01-04").in("USD").fee("1");
        List<DayResult> days = HistoryFold.full(1, m.all(), ReferenceData.empty(), Policy.of(LocalDate.parse("2026-01-01")));

        assertThat(classify(AccountState.empty(1), days.get(0), Currency.USD, false)).isEqualTo(Scenario.B);
        assertThat(classify(days.get(0).state(), days.get(1), Currency.USD, false)).isEqualTo(Scenario.E);
        assertThat(classify(days.get(0).state(), days.get(1), Currency.EUR, true)).isEqualTo(Scenario.D);
        assertThat(classify(days.get(1).state(), days.get(2), Currency.USD, true)).isEqualTo(Scenario.C);
        assertThat(classify(days.get(1).state(), days.get(2), Currency.EUR, false)).isEqualTo(Scenario.E);
        assertThat(classify(days.get(1).state(), days.get(2), Currency.EUR, true)).isEqualTo(Scenario.G);
        assertThat(classify(days.get(0).state(), days.get(1), Currency.of("GBP"), true)).isEqualTo(Scenario.H);
    }

    private static Scenario classify(AccountState before, DayResult day, Currency currency, boolean stored) {
        return Scenario.classify(day.snapshotDate(), day.state().hasCurrency(currency),
                day.activeCurrencies().contains(currency), before.hasCurrency(currency), stored);
    }
}
