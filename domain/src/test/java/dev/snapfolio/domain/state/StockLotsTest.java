package dev.snapfolio.domain.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.reference.SplitRatio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The persistent lot list: sums, FIFO closes, and versions that never change each other. */
class StockLotsTest {

    private static StockLot lot(String quantity, String cost) {
        return new StockLot(new BigDecimal(quantity), new BigDecimal(cost));
    }

    @Test
    void keepsQuantityCostAndInvestedSums() {
        StockLots lots = StockLots.empty().plus(lot("10", "1001")).plus(lot("5", "551"));

        assertThat(lots.quantity()).isEqualByComparingTo("15");
        assertThat(lots.totalCost()).isEqualByComparingTo("1552");
        assertThat(lots.invested()).isEqualByComparingTo("1552");
        assertThat(lots.costBasis()).isEqualByComparingTo("103.466667");
    }

    @Test
    void closeOldestTakesWholeLotsThenAProRataPartAndKeepsTheRemainder() {
        StockLots lots = StockLots.of(List.of(lot("10", "1001"), lot("5", "551")));

        StockLots.Closed closed = lots.closeOldest(new BigDecimal("12"));

        assertThat(closed.cost()).isEqualByComparingTo("1221.40");
        assertThat(closed.remaining()).containsExactly(lot("3", "330.60"));
        assertThat(closed.remaining().quantity()).isEqualByComparingTo("3");
        assertThat(closed.remaining().totalCost()).isEqualByComparingTo("330.60");
    }

    @Test
    void closingEverythingLeavesNoLots() {
        StockLots.Closed closed = StockLots.of(List.of(lot("2", "-40"))).closeOldest(new BigDecimal("2"));

        assertThat(closed.remaining()).isEmpty();
        assertThat(closed.cost()).isEqualByComparingTo("-40");
        assertThatThrownBy(() -> StockLots.of(List.of(lot("2", "40"))).closeOldest(new BigDecimal("3")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void olderVersionsAreUnchangedByLaterOpensAndCloses() {
        StockLots base = StockLots.empty().plus(lot("1", "10")).plus(lot("2", "20"));
        StockLots branchA = base.plus(lot("3", "30"));
        StockLots branchB = base.plus(lot("4", "40"));
        StockLots closed = branchA.closeOldest(new BigDecimal("1.5")).remaining();

        assertThat(base).containsExactly(lot("1", "10"), lot("2", "20"));
        assertThat(branchA).containsExactly(lot("1", "10"), lot("2", "20"), lot("3", "30"));
        assertThat(branchB).containsExactly(lot("1", "10"), lot("2", "20"), lot("4", "40"));
        assertThat(closed).containsExactly(lot("1.5", "15"), lot("3", "30"));
        assertThat(base.quantity()).isEqualByComparingTo("3");
    }

    @Test
    void equalsAnyListOfTheSameLots() {
        StockLots lots = StockLots.empty().plus(lot("1", "10")).plus(lot("2", "20")).closeOldest(BigDecimal.ONE)
                .remaining();

        assertThat(lots).isEqualTo(List.of(lot("2", "20")));
        assertThat(List.of(lot("2", "20"))).isEqualTo(lots);
        assertThat(lots.hashCode()).isEqualTo(List.of(lot("2", "20")).hashCode());
        assertThat(new TickerBook(false, lots, TickerTotals.ZERO))
                .isEqualTo(new TickerBook(false, new ArrayList<>(List.of(lot("2", "20"))), TickerTotals.ZERO));
    }

    @Test
    void scaledMultipliesQuantitiesAndKeepsCosts() {
        StockLots lots = StockLots.of(List.of(lot("3", "301"))).scaled(SplitRatio.of(2, 1));

        assertThat(lots).containsExactly(lot("6", "301"));
        assertThat(lots.quantity()).isEqualByComparingTo("6");
    }

    @Test
    void aReverseSplitOfThreeOneShareLotsLeavesExactlyOneShareWithTheRemainderOnTheLastLot() {
        StockLots lots = StockLots.of(List.of(lot("1", "10"), lot("1", "11"), lot("1", "12"))).scaled(SplitRatio.of(1, 3));

        assertThat(lots).containsExactly(lot("0.33333333", "10"), lot("0.33333333", "11"), lot("0.33333334", "12"));
        assertThat(lots.quantity()).isEqualTo(new BigDecimal("1.00000000"));
        assertThat(lots.closeOldest(new BigDecimal("1")).remaining()).isEmpty();
    }

    @Test
    void aReverseSplitOfTwoLotsGivesTheTotalTimesTheExactRatio() {
        StockLots lots = StockLots.of(List.of(lot("10", "1000"), lot("2", "200"))).scaled(SplitRatio.of(1, 3));

        assertThat(lots.quantity()).isEqualTo(new BigDecimal("4.00000000"));
        assertThat(lots).containsExactly(lot("3.33333333", "1000"), lot("0.66666667", "200"));
        assertThat(lots.totalCost()).isEqualByComparingTo("1200");
    }

    @Test
    void aLotWhoseShareRoundsToNothingPassesItsCostToTheNextLot() {
        StockLots lots = StockLots.of(List.of(lot("0.00000001", "1"), lot("3", "300"))).scaled(SplitRatio.of(1, 3));

        assertThat(lots).containsExactly(lot("1", "301"));
        assertThat(lots.invested()).isEqualByComparingTo("301");
    }

    @Test
    void agreesWithAPlainListOverRandomOperations() {
        Random random = new Random(7);
        StockLots lots = StockLots.empty();
        List<StockLot> model = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            if (model.isEmpty() || random.nextInt(3) > 0) {
                StockLot lot = lot(Integer.toString(1 + random.nextInt(50)), Integer.toString(random.nextInt(5_000)));
                lots = lots.plus(lot);
                model.add(lot);
            } else {
                BigDecimal held = model.stream().map(StockLot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal closing = BigDecimal.valueOf(1 + random.nextInt(held.intValue()));
                lots = lots.closeOldest(closing).remaining();
                closeModel(model, closing);
            }
            assertThat(lots).isEqualTo(model);
            assertThat(lots.quantity()).isEqualByComparingTo(
                    model.stream().map(StockLot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(lots.totalCost()).isEqualByComparingTo(
                    model.stream().map(StockLot::totalCost).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    private static void closeModel(List<StockLot> model, BigDecimal closing) {
        BigDecimal remaining = closing;
        while (remaining.signum() > 0) {
            StockLot first = model.get(0);
            if (first.quantity().compareTo(remaining) <= 0) {
                remaining = remaining.subtract(first.quantity());
                model.remove(0);
            } else {
                BigDecimal part = dev.snapfolio.domain.money.Decimals.proRataMoney(first.totalCost(), remaining,
                        first.quantity());
                model.set(0, new StockLot(first.quantity().subtract(remaining), first.totalCost().subtract(part)));
                remaining = BigDecimal.ZERO;
            }
        }
    }
}
