package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.PositionKey;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A per-date price load reads about one row per (ticker, currency) series for the latest price
 * before the day, however long the price history is: the rows the server reads are counted, which
 * unlike time does not depend on the machine (the server's handler reads: index look-ups and
 * rows stepped over).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriceLoadRowsReadTest {
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final LocalDate DAY = LocalDate.of(2024, 6, 3);
    private static final List<Ticker> TICKERS = List.of(Ticker.of("AAPL"), Ticker.of("MSFT"), Ticker.of("SOFI"));

    private final TestDatabase db = TestDatabase.embedded();
    private final List<PositionKey> series = new ArrayList<>();

    @BeforeAll
    void storeSixYearsOfPricesInTwoCurrencies() {
        db.clean();
        List<Price> prices = new ArrayList<>();
        for (Ticker ticker : TICKERS) {
            for (Currency currency : List.of(Currency.USD, Currency.EUR)) {
                series.add(new PositionKey(ticker, currency));
                for (LocalDate d = FIRST; !d.isAfter(DAY.plusDays(30)); d = d.plusDays(1)) {
                    if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                            && !d.equals(DAY)) {
                        prices.add(new Price(ticker, currency, d, new BigDecimal("100.5")));
                    }
                }
            }
        }
        db.get(ReferenceDataRepository.class).savePrices(prices);
    }

    @Test
    void aDaysPriceLoadReadsAboutOneRowPerSeriesWhateverTheHistoryLength() {
        ReferenceDataRepository referenceData = db.get(ReferenceDataRepository.class);
        referenceData.loadPrices(series, DAY, DAY); // warm: statement preparation reads nothing later

        long first = rowsRead();
        long before = rowsRead();
        ReferenceData refs = referenceData.loadPrices(series, DAY, DAY);
        long read = rowsRead() - before - (before - first); // less what reading the counters reads

        for (PositionKey key : series) {
            assertThat(refs.latestPrice(key.ticker(), key.currency(), DAY)).get()
                    .extracting(Price::date).isEqualTo(DAY.minusDays(3)); // the Friday before
        }
        // ~9,400 stored prices; one row per series for the latest before, at most one for the day
        assertThat(read).isLessThanOrEqualTo(4L * series.size());
    }

    private long rowsRead() {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Handler\\_read\\_%'")) {
            long rows = 0;
            while (rs.next()) {
                rows += rs.getLong(2);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
