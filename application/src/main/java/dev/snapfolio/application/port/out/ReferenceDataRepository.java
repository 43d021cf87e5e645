package dev.snapfolio.application.port.out;

import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

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

    List<Price> findPrices(Ticker ticker);

    List<Split> findSplits(Ticker ticker);
}
