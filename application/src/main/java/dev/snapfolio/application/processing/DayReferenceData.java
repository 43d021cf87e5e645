package dev.snapfolio.application.processing;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A per-date view: prices from the day's small load, splits from the run's split list, so the
 * per-date processor sees exactly the prices and splits the batch load would give.
 */
record DayReferenceData(ReferenceData prices, ReferenceData splits) implements ReferenceData {
    @Override
    public Optional<Price> latestPrice(Ticker ticker, Currency currency, LocalDate date) {
        return prices.latestPrice(ticker, currency, date);
    }

    @Override
    public List<Split> splits(Ticker ticker, LocalDate afterExclusive, LocalDate toInclusive) {
        return splits.splits(ticker, afterExclusive, toInclusive);
    }

    @Override
    public Optional<LocalDate> nextSplitDate(Collection<Ticker> tickers, LocalDate afterExclusive) {
        return splits.nextSplitDate(tickers, afterExclusive);
    }
}
