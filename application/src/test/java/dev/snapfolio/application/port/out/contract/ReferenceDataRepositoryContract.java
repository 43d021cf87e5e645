package dev.snapfolio.application.port.out.contract;

import static dev.snapfolio.application.port.out.contract.Samples.AAPL;
import static dev.snapfolio.application.port.out.contract.Samples.MSFT;
import static dev.snapfolio.application.port.out.contract.Samples.SOFI;
import static dev.snapfolio.application.port.out.contract.Samples.money;
import static dev.snapfolio.application.port.out.contract.Samples.movement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.state.PositionKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ReferenceDataRepository} does. Implementations start each test with no data. */
public abstract class ReferenceDataRepositoryContract {
    private static final LocalDate D = LocalDate.of(2024, 3, 1);

    protected abstract ReferenceDataRepository referenceData();

    protected abstract AccountRepository accounts();

    protected abstract MovementRepository movements();

    private static Price price(Ticker t, Currency c, LocalDate date, String close) {
        return new Price(t, c, date, new BigDecimal(close));
    }

    @Test
    void pricesAndSplitsRoundTripWithTheirScalesAndASecondSaveReplaces() {
        Price p1 = price(AAPL, Currency.USD, D, "187.123456");
        Price p2 = price(AAPL, Currency.EUR, D, "170");
        Split s = new Split(AAPL, D.plusDays(5), new BigDecimal("0.1"));
        referenceData().savePrices(List.of(p1, p2));
        referenceData().saveSplits(List.of(s));

        assertThat(referenceData().findPrices(AAPL)).containsExactlyInAnyOrder(p1, p2);
        assertThat(referenceData().findSplits(AAPL)).containsExactly(s);
        assertThat(referenceData().findPrices(AAPL).get(0).close().scale()).isEqualTo(6);

        Price corrected = price(AAPL, Currency.USD, D, "188");
        Split correctedSplit = new Split(AAPL, D.plusDays(5), new BigDecimal("4"));
        referenceData().savePrices(List.of(corrected));
        referenceData().saveSplits(List.of(correctedSplit));

        assertThat(referenceData().findPrices(AAPL)).containsExactlyInAnyOrder(corrected, p2);
        assertThat(referenceData().findSplits(AAPL)).containsExactly(correctedSplit);
        assertThat(referenceData().findPrices(MSFT)).isEmpty();
    }

    @Test
    void loadGivesTheRangeAndOnlyTheLatestPriceBeforeItPerTickerAndCurrency() {
        referenceData().savePrices(List.of(price(AAPL, Currency.USD, D.minusDays(10), "100"),
                price(AAPL, Currency.USD, D.minusDays(3), "101"), price(AAPL, Currency.USD, D.plusDays(2), "102"),
                price(AAPL, Currency.USD, D.plusDays(20), "103"), price(AAPL, Currency.EUR, D.minusDays(30), "90"),
                price(MSFT, Currency.USD, D.plusDays(1), "300"), price(SOFI, Currency.USD, D, "7")));
        referenceData().saveSplits(List.of(new Split(AAPL, D.minusDays(100), new BigDecimal("4")),
                new Split(AAPL, D.plusDays(5), new BigDecimal("2")), new Split(AAPL, D.plusDays(15), new BigDecimal("3")),
                new Split(SOFI, D, new BigDecimal("2"))));

        ReferenceData refs = referenceData().load(List.of(AAPL, MSFT), D, D.plusDays(10));

        assertThat(refs.latestPrice(AAPL, Currency.USD, D)).contains(price(AAPL, Currency.USD, D.minusDays(3), "101"));
        assertThat(refs.latestPrice(AAPL, Currency.USD, D.minusDays(4))).isEmpty();
        assertThat(refs.latestPrice(AAPL, Currency.USD, D.plusDays(30))).contains(price(AAPL, Currency.USD, D.plusDays(2), "102"));
        assertThat(refs.latestPrice(AAPL, Currency.EUR, D)).contains(price(AAPL, Currency.EUR, D.minusDays(30), "90"));
        assertThat(refs.latestPrice(MSFT, Currency.USD, D.plusDays(1))).isPresent();
        assertThat(refs.latestPrice(SOFI, Currency.USD, D.plusDays(1))).isEmpty();
        assertThat(refs.splits(AAPL, LocalDate.MIN, D.plusDays(30))).extracting(Split::date)
                .containsExactly(D.minusDays(100), D.plusDays(5));
        assertThat(refs.splits(SOFI, LocalDate.MIN, D.plusDays(30))).isEmpty();
        assertThat(referenceData().load(List.of(), D, D).latestPrice(AAPL, Currency.USD, D)).isEmpty();
    }

    @Test
    void loadForAccountCoversTheTickersAndUnderlyingsOfItsMovements() {
        long account = accounts().create(new Account(0, "Main", null, Currency.USD)).id();
        movements().insert(movement(account, D.atTime(10, 0), new Dividend(MSFT, money("5"))));
        movements().insert(movement(account, D.atTime(11, 0), new OptionTrade(Samples.SOFI_PUT,
                OptionAction.SELL_TO_OPEN, Samples.qty("1"), money("20"), null, null)));
        referenceData().savePrices(List.of(price(MSFT, Currency.USD, D.minusDays(1), "300"),
                price(SOFI, Currency.USD, D.plusDays(1), "7"), price(AAPL, Currency.USD, D, "180")));
        referenceData().saveSplits(List.of(new Split(SOFI, D.plusDays(2), new BigDecimal("2")),
                new Split(AAPL, D, new BigDecimal("4"))));

        ReferenceData refs = referenceData().loadForAccount(account, D, D.plusDays(5));

        assertThat(refs.latestPrice(MSFT, Currency.USD, D)).isPresent();
        assertThat(refs.latestPrice(SOFI, Currency.USD, D.plusDays(1))).isPresent();
        assertThat(refs.latestPrice(AAPL, Currency.USD, D)).isEmpty();
        assertThat(refs.splits(SOFI, D, D.plusDays(5))).hasSize(1);
        assertThat(refs.splits(AAPL, D.minusDays(1), D.plusDays(5))).isEmpty();
    }

    @Test
    void loadPricesGivesTheRangeAndTheLatestPriceBeforeItOfEachSeriesOnlyAndNoSplits() {
        referenceData().savePrices(List.of(price(AAPL, Currency.USD, D.minusDays(400), "90"),
                price(AAPL, Currency.USD, D.minusDays(10), "100"), price(AAPL, Currency.USD, D.minusDays(3), "101"),
                price(AAPL, Currency.USD, D, "102"), price(AAPL, Currency.USD, D.plusDays(1), "103"),
                price(AAPL, Currency.EUR, D.minusDays(30), "95"), price(AAPL, Currency.EUR, D.minusDays(1), "96"),
                price(MSFT, Currency.USD, D.minusDays(2), "300"), price(MSFT, Currency.EUR, D, "280"),
                price(SOFI, Currency.USD, D, "7")));
        referenceData().saveSplits(List.of(new Split(AAPL, D.minusDays(100), new BigDecimal("4"))));

        ReferenceData refs = referenceData().loadPrices(List.of(new PositionKey(AAPL, Currency.USD),
                new PositionKey(AAPL, Currency.EUR), new PositionKey(MSFT, Currency.USD)), D, D);

        assertThat(refs.latestPrice(AAPL, Currency.USD, D.minusDays(1)))
                .contains(price(AAPL, Currency.USD, D.minusDays(3), "101"));
        assertThat(refs.latestPrice(AAPL, Currency.USD, D.minusDays(4))).as("only the latest before the range").isEmpty();
        assertThat(refs.latestPrice(AAPL, Currency.USD, D.plusDays(5))).contains(price(AAPL, Currency.USD, D, "102"));
        assertThat(refs.latestPrice(AAPL, Currency.EUR, D)).contains(price(AAPL, Currency.EUR, D.minusDays(1), "96"));
        assertThat(refs.latestPrice(AAPL, Currency.EUR, D.minusDays(2))).isEmpty();
        assertThat(refs.latestPrice(MSFT, Currency.USD, D)).contains(price(MSFT, Currency.USD, D.minusDays(2), "300"));
        assertThat(refs.latestPrice(MSFT, Currency.EUR, D)).as("a series not asked for").isEmpty();
        assertThat(refs.latestPrice(SOFI, Currency.USD, D)).as("a series not asked for").isEmpty();
        assertThat(refs.nextSplitDate(List.of(AAPL), LocalDate.MIN)).as("no splits").isEmpty();
        assertThat(referenceData().loadPrices(List.of(), D, D).latestPrice(AAPL, Currency.USD, D)).isEmpty();
        assertThat(referenceData().loadPrices(List.of(new PositionKey(SOFI, Currency.EUR)), D, D)
                .latestPrice(SOFI, Currency.EUR, D)).isEmpty();
    }

    @Test
    void loadSplitsCoversTheAccountsTickersAndTheGivenOnesAndNoPrices() {
        long account = accounts().create(new Account(0, "Main", null, Currency.USD)).id();
        movements().insert(movement(account, D.atTime(10, 0), new Dividend(MSFT, money("5"))));
        referenceData().savePrices(List.of(price(MSFT, Currency.USD, D, "300")));
        Split msft = new Split(MSFT, D.minusDays(2), new BigDecimal("2"));
        Split sofi = new Split(SOFI, D, new BigDecimal("3"));
        referenceData().saveSplits(List.of(msft, sofi, new Split(MSFT, D.plusDays(1), new BigDecimal("2")),
                new Split(AAPL, D, new BigDecimal("4"))));

        ReferenceData withSofi = referenceData().loadSplits(account, List.of(SOFI), D);
        ReferenceData accountOnly = referenceData().loadSplits(account, List.of(), D);

        assertThat(withSofi.splits(MSFT, LocalDate.MIN, D.plusDays(5))).containsExactly(msft);
        assertThat(withSofi.splits(SOFI, LocalDate.MIN, D.plusDays(5))).containsExactly(sofi);
        assertThat(withSofi.splits(AAPL, LocalDate.MIN, D.plusDays(5))).isEmpty();
        assertThat(withSofi.latestPrice(MSFT, Currency.USD, D)).as("no prices").isEmpty();
        assertThat(accountOnly.splits(MSFT, LocalDate.MIN, D.plusDays(5))).containsExactly(msft);
        assertThat(accountOnly.splits(SOFI, LocalDate.MIN, D.plusDays(5))).isEmpty();
    }

    @Test
    void listPricesFiltersByTickerAndDatesAndOrdersByTickerCurrencyDate() {
        Price a1 = price(AAPL, Currency.USD, D, "100");
        Price a2 = price(AAPL, Currency.USD, D.plusDays(1), "101");
        Price a3 = price(AAPL, Currency.EUR, D.plusDays(2), "90");
        Price m1 = price(MSFT, Currency.USD, D.minusDays(1), "300");
        referenceData().savePrices(List.of(a3, m1, a2, a1));

        assertThat(referenceData().listPrices(null, null, null)).containsExactly(a3, a1, a2, m1);
        assertThat(referenceData().listPrices(AAPL, null, null)).containsExactly(a3, a1, a2);
        assertThat(referenceData().listPrices(AAPL, D.plusDays(1), null)).containsExactly(a3, a2);
        assertThat(referenceData().listPrices(null, null, D)).containsExactly(a1, m1);
        assertThat(referenceData().listPrices(SOFI, null, null)).isEmpty();
    }

    @Test
    void deletePricesRemovesTheTickersRangeInEveryCurrencyAndCountsThem() {
        Price kept = price(AAPL, Currency.USD, D.minusDays(1), "99");
        Price other = price(MSFT, Currency.USD, D, "300");
        referenceData().savePrices(List.of(kept, price(AAPL, Currency.USD, D, "100"), price(AAPL, Currency.EUR, D, "90"),
                price(AAPL, Currency.USD, D.plusDays(3), "101"), other));

        assertThat(referenceData().deletePrices(AAPL, D, D.plusDays(3))).isEqualTo(3);
        assertThat(referenceData().deletePrices(AAPL, D, D.plusDays(3))).isZero();
        assertThat(referenceData().findPrices(AAPL)).containsExactly(kept);
        assertThat(referenceData().findPrices(MSFT)).containsExactly(other);
    }

    @Test
    void deleteSplitRemovesOnlyThatSplitAndSaysWhetherThereWasOne() {
        Split kept = new Split(AAPL, D.plusDays(1), new BigDecimal("2"));
        referenceData().saveSplits(List.of(new Split(AAPL, D, new BigDecimal("4")), kept,
                new Split(MSFT, D, new BigDecimal("3"))));

        assertThat(referenceData().deleteSplit(AAPL, D)).isTrue();
        assertThat(referenceData().deleteSplit(AAPL, D)).isFalse();
        assertThat(referenceData().deleteSplit(SOFI, D)).isFalse();
        assertThat(referenceData().findSplits(AAPL)).containsExactly(kept);
        assertThat(referenceData().findSplits(MSFT)).hasSize(1);
    }

    @Test
    void tickersWithPricesNamesOnlyThoseWithAtLeastOnePrice() {
        referenceData().savePrices(List.of(price(AAPL, Currency.EUR, D, "90"), price(MSFT, Currency.USD, D, "300")));
        referenceData().saveSplits(List.of(new Split(SOFI, D, new BigDecimal("2"))));

        assertThat(referenceData().tickersWithPrices(List.of(AAPL, SOFI))).containsExactly(AAPL);
        assertThat(referenceData().tickersWithPrices(List.of())).isEmpty();
    }
}
