package dev.snapfolio.domain.calc;

import static dev.snapfolio.domain.testing.Movements.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run asks only for events before its next movement date: the answer then agrees with the full one. */
class NextEventBeforeLimitTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void theNextEventBeforeALimitIsTheNextEventWheneverThatComesBeforeTheLimit() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buy("AAPL", "1", "10");
        m.sellToOpen(put("XYZ", "10", "2024-03-15"), "1", "10");
        m.sellToOpen(put("XYZ", "12", "2024-02-16"), "1", "10");
        List<DayResult> days = HistoryFold.full(1, m.all(), ReferenceData.empty(), Policy.of(d("2024-01-03")));
        AccountState state = days.get(days.size() - 1).state();
        ReferenceData refs = ReferenceData.of(List.of(), List.of(
                new Split(Ticker.of("AAPL"), d("2024-03-01"), new BigDecimal("2")),
                new Split(Ticker.of("MSFT"), d("2024-02-01"), new BigDecimal("2")),
                new Split(Ticker.of("XYZ"), d("2024-04-10"), new BigDecimal("3"))));
        Policy policy = Policy.of(d("2024-05-01"));

        int agreed = 0;
        for (LocalDate after = d("2024-01-02"); after.isBefore(d("2024-05-02")); after = after.plusDays(1)) {
            LocalDate full = SnapshotCalendar.nextEventDate(state, after, refs, policy).orElse(null);
            assertThat(SnapshotCalendar.nextEventDate(state, after, null, refs, policy)).isEqualTo(full);
            for (LocalDate limit = after.plusDays(1); limit.isBefore(d("2024-05-10")); limit = limit.plusDays(3)) {
                LocalDate limited = SnapshotCalendar.nextEventDate(state, after, limit, refs, policy);
                if (full != null && full.isBefore(limit)) {
                    assertThat(limited).as("after %s, before %s", after, limit).isEqualTo(full);
                    agreed++;
                } else {
                    assertThat(limited == null || !limited.isBefore(limit)).as("after %s, before %s: %s", after, limit,
                            limited).isTrue();
                }
            }
        }
        assertThat(agreed).isGreaterThan(100);
    }
}
