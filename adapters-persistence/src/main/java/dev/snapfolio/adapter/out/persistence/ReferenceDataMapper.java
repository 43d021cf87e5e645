package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

interface ReferenceDataMapper {
    void upsertPrice(PriceRow row);

    void upsertSplit(SplitRow row);

    /** Prices dated in [from, to] plus the latest before {@code from} per (ticker, currency): one statement. */
    List<Price> findPricesOfTickers(@Param("tickers") Collection<String> tickers, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** {@link #findPricesOfTickers} for the tickers the account's movements name: one statement. */
    List<Price> findPricesOfAccount(@Param("accountId") long accountId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** A (ticker, currency) price series, as bound in {@link #findPricesOfSeries}. */
    record Series(String ticker, String currency) {
    }

    /** Prices of the series dated in [from, to] plus the latest before {@code from} of each: one statement. */
    List<Price> findPricesOfSeries(@Param("series") Collection<Series> series, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** Splits dated on or before {@code to} of the account's tickers and of {@code tickers}: one statement. */
    List<Split> findSplitsOfAccountAndTickers(@Param("accountId") long accountId,
            @Param("tickers") Collection<String> tickers, @Param("to") LocalDate to);

    List<Split> findSplitsOfTickers(@Param("tickers") Collection<String> tickers, @Param("to") LocalDate to);

    List<Split> findSplitsOfAccount(@Param("accountId") long accountId, @Param("to") LocalDate to);

    List<Price> findPrices(@Param("ticker") String ticker);

    List<Split> findSplits(@Param("ticker") String ticker);

    List<Price> listPrices(@Param("ticker") String ticker, @Param("from") LocalDate from, @Param("to") LocalDate to);

    int deletePrices(@Param("ticker") String ticker, @Param("from") LocalDate from, @Param("to") LocalDate to);

    int deleteSplit(@Param("ticker") String ticker, @Param("date") LocalDate date);

    List<String> findTickersWithPrices(@Param("tickers") Collection<String> tickers);

    List<Split> findAllSplits();

    /** The earliest split date after {@code after} of a ticker the account's movements name, or null. */
    LocalDate findNextSplitDate(@Param("accountId") long accountId, @Param("after") LocalDate after);

    List<Price> findAllPrices();
}
