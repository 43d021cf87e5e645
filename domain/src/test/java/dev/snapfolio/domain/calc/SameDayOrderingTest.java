package dev.snapfolio.domain.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.testing.FoldedHistory;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Within a day movements apply in (timestamp, id) order (DESIGN §3.1). */
class SameDayOrderingTest {
    private static final LocalDate DAY = LocalDate.parse("2024-01-02");
    private static final Policy POLICY = Policy.of(LocalDate.parse("2026-01-01"));

    private static Movement trade(long id, String time, Side side, String quantity, String price) {
        return new Movement(id, 1, LocalDateTime.parse("2024-01-02T" + time), Currency.USD,
                new Trade(Ticker.of("AAPL"), side, new BigDecimal(quantity), new BigDecimal(price), null, null), null, null);
    }

    private static DayResult apply(List<Movement> movements) {
        return new DailyCalculator().apply(AccountState.empty(1), DAY, movements, ReferenceData.empty(), POLICY);
    }

    @Test
    void earlierTimestampAppliesFirstWhateverTheListOrder() {
        Movement buy = trade(2, "10:00", Side.BUY, "10", "100");
        Movement sell = trade(1, "11:00", Side.SELL, "10", "110");

        DayResult inOrder = apply(List.of(buy, sell));
        DayResult reversed = apply(List.of(sell, buy));

        // buy first deploys 1000 and the sell closes it; a sell first would deploy its 1100 as a short
        assertThat(inOrder.tickers().get(0).capitalDeployed()).isEqualByComparingTo("1000");
        assertThat(inOrder.financial(Currency.USD).orElseThrow().realizedGains()).isEqualByComparingTo("100");
        assertThat(reversed).isEqualTo(inOrder);
    }

    @Test
    void sameTimestampAppliesInIdOrder() {
        Movement sell = trade(1, "10:00", Side.SELL, "10", "110");
        Movement buy = trade(2, "10:00", Side.BUY, "10", "100");

        DayResult result = apply(List.of(buy, sell));

        // id 1 first: the sell opens a short (deploying 1100) that the buy covers
        assertThat(result.tickers().get(0).capitalDeployed()).isEqualByComparingTo("1100");
        assertThat(result.financial(Currency.USD).orElseThrow().realizedGains()).isEqualByComparingTo("100");
    }

    @Test
    void foldOrderDoesNotDependOnInputOrder() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").deposit("1000");
        m.buy("AAPL", "10", "10");
        m.on("2024-01-03").sell("AAPL", "4", "12", "1");
        m.on("2024-01-04").sell("AAPL", "8", "11");
        List<Movement> shuffled = new ArrayList<>(m.all());
        Collections.reverse(shuffled);

        assertThat(FoldedHistory.of(shuffled, "2026-01-01")).isEqualTo(FoldedHistory.of(m.all(), "2026-01-01"));
    }

    @Test
    void aMovementOfAnotherDayIsRejected() {
        Movement other = new Movement(1, 1, LocalDateTime.parse("2024-01-03T10:00"), Currency.USD,
                new Trade(Ticker.of("AAPL"), Side.BUY, BigDecimal.ONE, BigDecimal.ONE, null, null), null, null);

        assertThatThrownBy(() -> apply(List.of(other))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-01-02");
    }
}
