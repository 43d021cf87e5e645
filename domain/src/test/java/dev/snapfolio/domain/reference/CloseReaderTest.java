package dev.snapfolio.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.ReferenceData.CloseReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A close reader answers as {@link ReferenceData#adjustedClose}, whatever order the dates come in. */
class CloseReaderTest {
    private static final Ticker SPLIT = Ticker.of("SPL");
    private static final Ticker PLAIN = Ticker.of("PLN");
    private static final LocalDate START = LocalDate.parse("2024-01-01");

    private static ReferenceData refs() {
        Random random = new Random(5);
        List<Price> prices = new ArrayList<>();
        for (int day = 3; day < 120; day++) {
            if (random.nextInt(4) == 0) {
                continue; // gaps: the latest earlier close applies
            }
            for (Ticker ticker : List.of(SPLIT, PLAIN)) {
                prices.add(new Price(ticker, Currency.USD, START.plusDays(day),
                        BigDecimal.valueOf(1000 + random.nextInt(100_000), 3)));
            }
            if (day % 7 == 0) {
                prices.add(new Price(SPLIT, Currency.EUR, START.plusDays(day), BigDecimal.valueOf(day)));
            }
        }
        List<Split> splits = List.of(
                new Split(SPLIT, START.plusDays(20), new BigDecimal("2")),
                new Split(SPLIT, START.plusDays(21), new BigDecimal("3")),
                new Split(SPLIT, START.plusDays(60), new BigDecimal("0.1")),
                new Split(PLAIN, START.plusDays(500), new BigDecimal("2")));
        return ReferenceData.of(prices, splits);
    }

    @Test
    void aCloseReaderGivesTheAdjustedCloseOfEachDayWalkingForward() {
        ReferenceData refs = refs();
        for (Ticker ticker : List.of(SPLIT, PLAIN)) {
            for (Currency currency : List.of(Currency.USD, Currency.EUR)) {
                CloseReader reader = refs.closeReader(ticker, currency);
                for (int day = 0; day < 140; day++) {
                    LocalDate date = START.plusDays(day);
                    assertThat(reader.at(date)).as("%s %s %s", ticker, currency, date)
                            .isEqualTo(refs.adjustedClose(ticker, currency, date).orElse(null));
                }
            }
        }
    }

    @Test
    void aCloseReaderGivesTheAdjustedCloseForDatesInAnyOrder() {
        ReferenceData refs = refs();
        Random random = new Random(7);
        CloseReader reader = refs.closeReader(SPLIT, Currency.USD);
        for (int i = 0; i < 2_000; i++) {
            LocalDate date = START.plusDays(random.nextInt(140));
            assertThat(reader.at(date)).as("%s", date)
                    .isEqualTo(refs.adjustedClose(SPLIT, Currency.USD, date).orElse(null));
        }
    }

    @Test
    void aCloseReaderOfASeriesWithoutPricesGivesNothing() {
        assertThat(refs().closeReader(PLAIN, Currency.EUR).at(START.plusDays(50))).isNull();
        assertThat(ReferenceData.empty().closeReader(PLAIN, Currency.USD).at(START)).isNull();
    }
}
