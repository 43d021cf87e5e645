package dev.snapfolio.domain.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.reference.SplitRatio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractBookTest {
    private static OptionLot lot(String contracts, String net) {
        return lot(contracts, net, "2024-01-02");
    }

    private static OptionLot lot(String contracts, String net, String openDate) {
        return new OptionLot(new BigDecimal(contracts), new BigDecimal(net), LocalDate.parse(openDate));
    }

    private static ContractBook shortBook(OptionLot... lots) {
        return new ContractBook(true, List.of(lots));
    }

    @Test
    void openStartsABookAndAppendsEachNewLotAsTheYoungest() {
        ContractBook first = ContractBook.open(null, true, lot("1", "50"));
        ContractBook second = ContractBook.open(first, true, lot("2", "80"));

        assertThat(first).isEqualTo(shortBook(lot("1", "50")));
        assertThat(second).isEqualTo(shortBook(lot("1", "50"), lot("2", "80")));
        assertThat(second.openContracts()).isEqualByComparingTo("3");
    }

    @Test
    void openRefusesTheOppositeDirection() {
        ContractBook written = shortBook(lot("1", "50"));

        assertThatThrownBy(() -> ContractBook.open(written, false, lot("1", "-30")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closeOldestTakesWholeLotsThenAProRataPartOfTheNextAndKeepsItsRest() {
        ContractBook book = shortBook(lot("1", "50"), lot("3", "100"), lot("2", "70"));

        ContractBook.Closed closed = book.closeOldest(new BigDecimal("2"));

        // 50 + round6(100 × 1/3)
        assertThat(closed.net()).isEqualByComparingTo("83.333333");
        assertThat(closed.taken()).containsExactly(lot("1", "50"), lot("1", "33.333333"));
        assertThat(closed.remaining()).isEqualTo(shortBook(lot("2", "66.666667"), lot("2", "70")));
    }

    @Test
    void closeOldestWithoutListingTakenLotsClosesTheSame() {
        ContractBook book = shortBook(lot("1", "50"), lot("3", "100"));

        ContractBook.Closed listed = book.closeOldest(new BigDecimal("2"));
        ContractBook.Closed unlisted = book.closeOldest(new BigDecimal("2"), false);

        assertThat(unlisted.net()).isEqualTo(listed.net());
        assertThat(unlisted.remaining()).isEqualTo(listed.remaining());
        assertThat(unlisted.taken()).isEmpty();
    }

    @Test
    void closeOldestOfEveryContractLeavesNoBook() {
        ContractBook.Closed closed = shortBook(lot("1", "50"), lot("2", "70")).closeOldest(new BigDecimal("3"));

        assertThat(closed.net()).isEqualByComparingTo("120");
        assertThat(closed.remaining()).isNull();
    }

    @Test
    void closeOldestRefusesMoreThanIsOpen() {
        assertThatThrownBy(() -> shortBook(lot("1", "50")).closeOldest(new BigDecimal("2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("are open");
    }

    @Test
    void splitMultipliesEveryLotsContractsAndKeepsItsNet() {
        ContractBook split = shortBook(lot("1", "50"), lot("3", "90")).split(SplitRatio.of(2, 1));

        assertThat(split).isEqualTo(shortBook(lot("2", "50"), lot("6", "90")));
    }

    @Test
    void aSplitThatIsNotAWholeNumberLeavesTheContractsAsTheyAre() {
        ContractBook book = shortBook(lot("3", "150"));

        assertThat(book.split(SplitRatio.of(3, 2))).isEqualTo(book);
        assertThat(book.split(SplitRatio.of(1, 3))).isEqualTo(book);
    }

    @Test
    void aSplitThatIsNotAWholeNumberMultipliesTheDeliverableAndKeepsTheStrike() {
        OptionContract put = OptionContract.of("AAA", OptionType.PUT, "10", LocalDate.parse("2024-03-15"));
        ContractKey key = new ContractKey(put, Currency.USD);

        ContractKey threeForTwo = key.split(SplitRatio.of(3, 2));
        ContractKey oneForThree = key.split(SplitRatio.of(1, 3));

        assertThat(threeForTwo.contract().strike()).isEqualByComparingTo("10");
        assertThat(threeForTwo.contract().multiplier()).isEqualByComparingTo("150");
        assertThat(oneForThree.contract().strike()).isEqualByComparingTo("10");
        assertThat(oneForThree.contract().multiplier()).isEqualTo(new BigDecimal("33.33333333"));
    }

    @Test
    void splitDividesTheStrikeOfTheKeyAtPriceScale() {
        OptionContract put = OptionContract.of("AAA", OptionType.PUT, "10", LocalDate.parse("2024-03-15"));
        ContractKey key = new ContractKey(put, Currency.USD);

        ContractKey split = key.split(SplitRatio.of(3, 1));

        assertThat(split.contract().strike()).isEqualTo(new BigDecimal("3.333333"));
        assertThat(split.contract().expiration()).isEqualTo(put.expiration());
        assertThat(split.currency()).isEqualTo(Currency.USD);
    }

    @Test
    void aSplitBookMergesAfterTheLotsOfTheSameDirectionAlreadyOnItsKey() {
        ContractBook existing = shortBook(lot("2", "40"));

        assertThat(shortBook(lot("1", "50")).mergeInto(existing)).isEqualTo(shortBook(lot("2", "40"), lot("1", "50")));
        assertThat(shortBook(lot("1", "50")).mergeInto(null)).isEqualTo(shortBook(lot("1", "50")));
        ContractBook opposite = new ContractBook(false, List.of(lot("1", "-20")));
        assertThat(shortBook(lot("1", "50")).mergeInto(opposite)).isEqualTo(shortBook(lot("1", "50")));
    }

    @Test
    void adjustMovesTheOldestContractsWithTheirNetsAfterTheTargetsLots() {
        ContractBook book = shortBook(lot("1", "50"), lot("2", "80"));
        ContractBook target = shortBook(lot("1", "10"));

        ContractBook.Adjusted adjusted = book.adjust(new BigDecimal("2"), target);

        assertThat(adjusted.remaining()).isEqualTo(shortBook(lot("1", "40")));
        assertThat(adjusted.target()).isEqualTo(shortBook(lot("1", "10"), lot("1", "50"), lot("1", "40")));
    }

    @Test
    void adjustOfEveryContractToANewKeyLeavesNoBookBehind() {
        ContractBook.Adjusted adjusted = shortBook(lot("2", "80")).adjust(new BigDecimal("2"), null);

        assertThat(adjusted.remaining()).isNull();
        assertThat(adjusted.target()).isEqualTo(shortBook(lot("2", "80")));
    }

    @Test
    void adjustRefusesATargetOpenInTheOppositeDirection() {
        ContractBook opposite = new ContractBook(false, List.of(lot("1", "-20")));

        assertThatThrownBy(() -> shortBook(lot("1", "50")).adjust(BigDecimal.ONE, opposite))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void totalNetSumsTheLotsNets() {
        assertThat(shortBook(lot("1", "50"), lot("2", "-80.5")).totalNet()).isEqualByComparingTo("-30.5");
    }

    @Test
    void adjustedLotsOpenedEarlierGoBeforeTheTargetsLaterLotsAndAreClosedFirst() {
        ContractBook k1 = shortBook(lot("2", "120", "2024-01-02"));
        ContractBook k2 = shortBook(lot("1", "45", "2024-01-10"));

        ContractBook.Adjusted adjusted = k1.adjust(new BigDecimal("2"), k2);

        assertThat(adjusted.target()).isEqualTo(shortBook(lot("2", "120", "2024-01-02"), lot("1", "45", "2024-01-10")));
        ContractBook.Closed closed = adjusted.target().closeOldest(BigDecimal.ONE);
        assertThat(closed.net()).as("the lot opened first, at its own premium").isEqualByComparingTo("60");
        assertThat(closed.taken()).containsExactly(lot("1", "60", "2024-01-02"));
        assertThat(closed.remaining())
                .isEqualTo(shortBook(lot("1", "60", "2024-01-02"), lot("1", "45", "2024-01-10")));
    }

    @Test
    void adjustedLotsInterleaveWithTheTargetsLotsByOpenDate() {
        ContractBook k1 = shortBook(lot("1", "10", "2024-01-03"), lot("1", "30", "2024-01-07"));
        ContractBook k2 = shortBook(lot("1", "20", "2024-01-05"), lot("1", "40", "2024-01-09"));

        ContractBook target = k1.adjust(new BigDecimal("2"), k2).target();

        assertThat(target.lots()).extracting(OptionLot::totalNet).map(BigDecimal::toPlainString)
                .containsExactly("10.000000", "20.000000", "30.000000", "40.000000");
    }

    @Test
    void onEqualOpenDatesTheTargetsLotsStayFirst() {
        ContractBook k1 = shortBook(lot("1", "10", "2024-01-05"));
        ContractBook k2 = shortBook(lot("1", "20", "2024-01-05"));

        assertThat(k1.adjust(BigDecimal.ONE, k2).target())
                .isEqualTo(shortBook(lot("1", "20", "2024-01-05"), lot("1", "10", "2024-01-05")));
    }

    @Test
    void aPartlyAdjustedLotKeepsItsOpenDateOnBothSides() {
        ContractBook k1 = shortBook(lot("3", "90", "2024-01-02"));

        ContractBook.Adjusted adjusted = k1.adjust(BigDecimal.ONE, null);

        assertThat(adjusted.remaining()).isEqualTo(shortBook(lot("2", "60", "2024-01-02")));
        assertThat(adjusted.target()).isEqualTo(shortBook(lot("1", "30", "2024-01-02")));
    }

    @Test
    void aSplitKeepsEachLotsOpenDateAndAMergedBookIsOrderedByIt() {
        ContractBook split = shortBook(lot("1", "50", "2024-01-08")).split(SplitRatio.of(2, 1));
        ContractBook existing = shortBook(lot("1", "40", "2024-01-09"));

        assertThat(split).isEqualTo(shortBook(lot("2", "50", "2024-01-08")));
        assertThat(split.mergeInto(existing))
                .isEqualTo(shortBook(lot("2", "50", "2024-01-08"), lot("1", "40", "2024-01-09")));
    }

    @Test
    void lotsWithoutAKnownOpenDateAreOlderThanEveryDatedLot() {
        OptionLot stored = new OptionLot(BigDecimal.ONE, new BigDecimal("70"), OptionLot.UNKNOWN_OPEN_DATE);
        ContractBook k1 = shortBook(stored);
        ContractBook k2 = shortBook(lot("1", "45", "2024-01-10"));

        ContractBook target = k1.adjust(BigDecimal.ONE, k2).target();

        assertThat(stored.openDateKnown()).isFalse();
        assertThat(target.lots()).containsExactly(stored, lot("1", "45", "2024-01-10"));
    }
}
