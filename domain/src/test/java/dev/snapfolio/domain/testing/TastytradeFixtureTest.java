package dev.snapfolio.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionTrade;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test-scope Tastytrade reader maps rows per DESIGN §7 and orders them oldest first. */
class TastytradeFixtureTest {

    @Test
    void rowsAreSortedOldestFirstWithSameTimestampsInReverseFileOrder() {
        List<Movement> movements = TastytradeFixture.movements(Fixtures.file("tastytrade/PfizerImportTest.csv"), 1);

        assertThat(movements).extracting(Movement::id).containsExactly(1L, 2L, 3L, 4L);
        assertThat(movements.get(0).timestamp()).isEqualTo(LocalDateTime.parse("2025-08-25T19:26:41"));
        OptionTrade close = (OptionTrade) movements.get(2).detail();
        assertThat(close.action()).isEqualTo(OptionAction.BUY_TO_CLOSE);
        assertThat(close.premium()).isEqualByComparingTo("-64");
        assertThat(close.fees()).isEqualByComparingTo("0.12");
        assertThat(((OptionTrade) movements.get(3).detail()).action()).isEqualTo(OptionAction.SELL_TO_CLOSE);
    }

    @Test
    void balanceAdjustmentIsAFeeOfTheNegatedValueAndThousandsSeparatorsAreRead() {
        List<Movement> options = TastytradeFixture.movements(Fixtures.file("tastytrade/TastytradeOptionsTest.csv"), 1);
        List<Movement> deposits = TastytradeFixture.movements(Fixtures.file("tastytrade/TastytradeDeposits.csv"), 1);

        assertThat(options).filteredOn(m -> m.detail() instanceof Fee).singleElement()
                .satisfies(m -> assertThat(((Fee) m.detail()).amount()).isEqualByComparingTo("0.02"));
        assertThat(deposits).hasSize(20);
        assertThat(deposits.get(deposits.size() - 1).detail().toString()).contains("1300.000000");
    }
}
