package dev.snapfolio.application.port.out;

import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.state.PositionKey;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** Market prices and splits, shared by all accounts. Saving replaces an existing row with the same key. */
public interface ReferenceDataRepository {
    void savePrices(List<Price> prices);

    void saveSplits(List<Split> splits);

    /**
     * Prices of the tickers dated in [from, to], plus the latest price before {@code from} per
     * (ticker, currency), and every split of the tickers dated on or before {@code to}.
     */
    ReferenceData load(Collection<Ticker> tickers, LocalDate from, LocalDate to);

    /** {@link #load} for every ticker the account's movements name, without a separate ticker query. */
    ReferenceData loadForAccount(long accountId, LocalDate from, LocalDate to);

    /**
     * Prices only (no splits) of the given (ticker, currency) series dated in [from, to], plus the
     * latest price before {@code from} of each series: one statement whose cost does not grow with
     * the length of the price history (an index look-up per series).
     */
    ReferenceData loadPrices(Collection<PositionKey> series, LocalDate from, LocalDate to);

    /**
     * Splits only (no prices) dated on or before {@code to} of every ticker the account's movements
     * name, and of {@code moreTickers} (tickers of movements not stored yet): one statement.
     */
    ReferenceData loadSplits(long accountId, Collection<Ticker> moreTickers, LocalDate to);

    List<Price> findPrices(Ticker ticker);

    /** Every stored price, by ticker, currency and date. */
    List<Price> findAllPrices();

    /** Every stored split, by ticker and date. */
    List<Split> findAllSplits();

    List<Split> findSplits(Ticker ticker);

    /**
     * Prices of one ticker, or of every ticker when {@code ticker} is null, dated in [from, to]
     * (null: open end), ordered by ticker, currency, date.
     */
    List<Price> listPrices(Ticker ticker, LocalDate from, LocalDate to);

    /** Deletes the ticker's prices (every currency) dated in [from, to]; returns how many there were. */
    int deletePrices(Ticker ticker, LocalDate from, LocalDate to);

    /** Deletes the ticker's split on the date; false when there was none. */
    boolean deleteSplit(Ticker ticker, LocalDate date);

    /** Those of the tickers that have at least one price (any currency, any date): one statement. */
    Set<Ticker> tickersWithPrices(Collection<Ticker> tickers);

    /**
     * The earliest split dated after {@code afterExclusive} of a ticker the account's movements name
     * (a superset of the tickers it holds): the date a split still to come becomes due (DESIGN §3.3).
     */
    Optional<LocalDate> findNextSplitDate(long accountId, LocalDate afterExclusive);
}
