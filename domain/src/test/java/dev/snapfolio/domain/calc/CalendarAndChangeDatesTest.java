package dev.snapfolio.domain.calc;

import static dev.snapfolio.domain.testing.Movements.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshot dates without movements, history folds and change dates (DESIGN §3.5). */
class CalendarAndChangeDatesTest {
    private static final Policy POLICY = Policy.of(LocalDate.parse("2026-01-01"));
    private static final OptionContract PUT = put("XYZ", "10", "2024-03-15");

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static AccountState stateAfter(Movements m) {
        List<DayResult> days = HistoryFold.full(1, m.all(), ReferenceData.empty(), Policy.of(d("2024-01-03")));
        return days.get(days.size() - 1).state();
    }

    @Test
    void nextEventIsTheEarlierOfAHeldSplitAndADueExpiration() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "1", "10");
        m.sellToOpen(PUT, "1", "10");
        AccountState state = stateAfter(m);
        ReferenceData refs = ReferenceData.of(List.of(), List.of(
                new Split(Ticker.of("AAPL"), d("2024-04-01"), new BigDecimal("2")),
                new Split(Ticker.of("MSFT"), d("2024-02-01"), new BigDecimal("2"))));

        assertThat(SnapshotCalendar.nextEventDate(state, d("2024-01-02"), refs, POLICY)).contains(d("2024-03-15"));
        assertThat(SnapshotCalendar.nextEventDate(state, d("2024-03-15"), refs, POLICY)).contains(d("2024-04-01"));
        assertThat(SnapshotCalendar.nextEventDate(state, d("2024-04-01"), refs, POLICY)).isEmpty();
    }

    @Test
    void noEventAfterTodayAndNoExpiryBeforeItIsDue() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "10");
        AccountState state = stateAfter(m);
        ReferenceData refs = ReferenceData.of(List.of(), List.of(new Split(Ticker.of("XYZ"), d("2024-03-20"),
                new BigDecimal("2"))));

        assertThat(SnapshotCalendar.nextEventDate(state, d("2024-01-02"), refs, Policy.of(d("2024-03-18")))).isEmpty();
        assertThat(SnapshotCalendar.nextEventDate(state, d("2024-01-02"), refs, Policy.of(d("2024-03-19"))))
                .contains(d("2024-03-15"));
        assertThat(SnapshotCalendar.nextEventDate(state, d("2024-01-02"), ReferenceData.empty(), Policy.of(d("2024-03-10"))))
                .isEmpty();
    }

    @Test
    void foldVisitsMovementDatesSplitDatesOfHeldTickersAndDueExpiriesOnly() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "1", "10");
        m.sellToOpen(PUT, "1", "10");
        m.on("2024-05-02").sell("AAPL", "2", "10");
        ReferenceData refs = ReferenceData.of(List.of(), List.of(
                new Split(Ticker.of("AAPL"), d("2024-04-01"), new BigDecimal("2")),
                new Split(Ticker.of("AAPL"), d("2024-06-01"), new BigDecimal("2"))));

        List<DayResult> days = HistoryFold.full(1, m.all(), refs, POLICY);

        assertThat(days).extracting(DayResult::date)
                .containsExactly(d("2024-01-02"), d("2024-03-15"), d("2024-04-01"), d("2024-05-02"));
        assertThat(days).allSatisfy(day -> assertThat(day.snapshotDate()).isTrue());
    }

    @Test
    void runFromAStateContinuesTheFullFold() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "3", "10");
        m.on("2024-01-05").sell("AAPL", "1", "11");
        m.on("2024-01-09").sell("AAPL", "1", "12");
        List<DayResult> full = HistoryFold.full(1, m.all(), ReferenceData.empty(), POLICY);

        List<Movement> rest = m.all().subList(2, 3);
        List<DayResult> resumed = HistoryFold.run(full.get(1).state(), d("2024-01-06"), rest, ReferenceData.empty(), POLICY);

        assertThat(resumed).containsExactly(full.get(2));
    }

    @Test
    void runRejectsMovementsBeforeItsStart() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").deposit("1");

        assertThatThrownBy(() -> HistoryFold.run(AccountState.empty(1), d("2024-01-03"), m.all(), ReferenceData.empty(),
                POLICY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyHistoryHasNoSnapshotDates() {
        assertThat(HistoryFold.full(1, List.of(), ReferenceData.empty(), POLICY)).isEmpty();
    }

    @Test
    void aMovementDatedTomorrowIsStillApplied() {
        Movements m = Movements.account(1);
        m.on("2026-01-02").deposit("5");

        assertThat(HistoryFold.full(1, m.all(), ReferenceData.empty(), POLICY)).extracting(DayResult::date)
                .containsExactly(d("2026-01-02"));
    }

    @Test
    void changeDateIsTheEarliestOfOldAndNewBusinessDates() {
        Movements m = Movements.account(1);
        Movement old = m.on("2024-03-10").deposit("1");
        Movement edited = m.on("2024-02-01").deposit("2");

        assertThat(ChangeDates.of(old, edited)).isEqualTo(d("2024-02-01"));
        assertThat(ChangeDates.of(edited, old)).isEqualTo(d("2024-02-01"));
        assertThat(ChangeDates.of(null, old)).isEqualTo(d("2024-03-10"));
        assertThat(ChangeDates.of(old, null)).isEqualTo(d("2024-03-10"));
    }

    @Test
    void changeDateOfAnOptionMovementIncludesItsContractsExpiration() {
        Movements m = Movements.account(1);
        Movement late = m.at("2024-03-18T09:00").expire(PUT, "1");
        Movement lateAdjustment = m.on("2024-03-20").adjust(PUT, "9", "1");

        assertThat(ChangeDates.of(late, null)).isEqualTo(d("2024-03-15"));
        assertThat(ChangeDates.of(lateAdjustment, null)).isEqualTo(d("2024-03-15"));
        assertThat(ChangeDates.of(null, m.on("2024-01-10").sellToOpen(PUT, "1", "1"))).isEqualTo(d("2024-01-10"));
    }

    @Test
    void changeDateNeedsAMovement() {
        assertThatThrownBy(() -> ChangeDates.of(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runStartMovesBackToTheEarliestDueExpirationStillOpen() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "10");
        m.sellToOpen(put("XYZ", "10", "2024-03-22"), "1", "10");
        AccountState state = stateAfter(m);

        assertThat(ChangeDates.runStart(d("2024-04-01"), state, Policy.of(d("2024-04-02")))).isEqualTo(d("2024-03-15"));
        assertThat(ChangeDates.runStart(d("2024-04-01"), state, Policy.of(d("2024-03-19")))).isEqualTo(d("2024-03-15"));
        assertThat(ChangeDates.runStart(d("2024-04-01"), state, Policy.of(d("2024-03-18")))).isEqualTo(d("2024-04-01"));
        assertThat(ChangeDates.runStart(d("2024-03-01"), state, Policy.of(d("2024-04-02")))).isEqualTo(d("2024-03-01"));
    }
}
