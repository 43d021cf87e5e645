package dev.snapfolio.adapter.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

interface ReferenceDataMapper {
    void upsertPrice(PriceRow row);

    void upsertSplit(SplitRow row);

    /** Prices dated in [from, to] plus the latest before {@code from} per (ticker, currency): one statement. */
    List<PriceRow> findPricesOfTickers(@Param("tickers") Collection<String> tickers, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** {@link #findPricesOfTickers} for the tickers the account's movements name: one statement. */
    List<PriceRow> findPricesOfAccount(@Param("accountId") long accountId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** A (ticker, currency) price series, as bound in {@link #findPricesOfSeries}. */
    record Series(String ticker, String currency) {
    }

    /** Prices of the series dated in [from, to] plus the latest before {@code from} of each: one statement. */
    List<PriceRow> findPricesOfSeries(@Param("series") Collection<Series> series, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** Splits dated on or before {@code to} of the account's tickers and of {@code tickers}: one statement. */
    List<SplitRow> findSplitsOfAccountAndTickers(@Param("accountId") long accountId,
            @Param("tickers") Collection<String> tickers, @Param("to") LocalDate to);

    List<SplitRow> findSplitsOfTickers(@Param("tickers") Collection<String> tickers, @Param("to") LocalDate to);

    List<SplitRow> findSplitsOfAccount(@Param("accountId") long accountId, @Param("to") LocalDate to);

    List<PriceRow> findPrices(@Param("ticker") String ticker);

    List<SplitRow> findSplits(@Param("ticker") String ticker);
}
