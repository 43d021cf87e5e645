package dev.snapfolio.domain.reference;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reference data held in sorted arrays per (ticker, currency); lookups are binary searches. */
final class InMemoryReferenceData implements ReferenceData {
    static final InMemoryReferenceData EMPTY = new InMemoryReferenceData(List.of(), List.of());

    private record SeriesKey(Ticker ticker, Currency currency) {
    }

    private final Map<SeriesKey, Price[]> prices = new HashMap<>();
    private final Map<Ticker, Split[]> splits = new HashMap<>();
    /** Every split date, sorted: "is there any split after d" is a binary search. */
    private final LocalDate[] splitDates;

    InMemoryReferenceData(Collection<Price> priceList, Collection<Split> splitList) {
        Map<SeriesKey, List<Price>> grouped = new HashMap<>();
        for (Price p : priceList) {
            grouped.computeIfAbsent(new SeriesKey(p.ticker(), p.currency()), k -> new ArrayList<>()).add(p);
        }
        grouped.forEach((key, list) -> {
            list.sort(Comparator.comparing(Price::date));
            // One close per date: the last one given wins, as a re-recorded price replaces the old one.
            List<Price> unique = new ArrayList<>(list.size());
            for (Price p : list) {
                if (!unique.isEmpty() && unique.get(unique.size() - 1).date().equals(p.date())) {
                    unique.set(unique.size() - 1, p);
                } else {
                    unique.add(p);
                }
            }
            prices.put(key, unique.toArray(new Price[0]));
        });
        Map<Ticker, List<Split>> splitGroups = new HashMap<>();
        for (Split s : splitList) {
            splitGroups.computeIfAbsent(s.ticker(), k -> new ArrayList<>()).add(s);
        }
        splitGroups.forEach((ticker, list) -> {
            list.sort(Comparator.comparing(Split::date));
            splits.put(ticker, list.toArray(new Split[0]));
        });
        splitDates = splitList.stream().map(Split::date).sorted().toArray(LocalDate[]::new);
    }

    @Override
    public Optional<LocalDate> earliestSplitOnOrAfter(LocalDate afterExclusive) {
        int lo = 0;
        int hi = splitDates.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (splitDates[mid].isAfter(afterExclusive)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < splitDates.length ? Optional.of(splitDates[lo]) : Optional.empty();
    }

    @Override
    public Optional<Price> latestPrice(Ticker ticker, Currency currency, LocalDate date) {
        Price[] series = prices.get(new SeriesKey(ticker, currency));
        if (series == null) {
            return Optional.empty();
        }
        int found = floorIndex(series, date);
        return found < 0 ? Optional.empty() : Optional.of(series[found]);
    }

    /** Same result as the interface's default, without intermediate lists: the calculator asks this per ticker per day. */
    @Override
    public Optional<BigDecimal> adjustedClose(Ticker ticker, Currency currency, LocalDate date) {
        Price[] series = prices.get(new SeriesKey(ticker, currency));
        if (series == null) {
            return Optional.empty();
        }
        int found = floorIndex(series, date);
        if (found < 0) {
            return Optional.empty();
        }
        Price price = series[found];
        Split[] tickerSplits = splits.get(ticker);
        if (tickerSplits == null) {
            return Optional.of(price.close());
        }
        BigDecimal divisor = null;
        for (Split s : tickerSplits) {
            if (s.date().isAfter(price.date()) && !s.date().isAfter(date)) {
                divisor = divisor == null ? s.ratio() : divisor.multiply(s.ratio());
            }
        }
        return Optional.of(divisor == null ? price.close() : Decimals.divide(price.close(), divisor, Decimals.PRICE_SCALE));
    }

    /** The index of the latest price dated on or before {@code date}, or -1. */
    private static int floorIndex(Price[] series, LocalDate date) {
        int lo = 0;
        int hi = series.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (series[mid].date().isAfter(date)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }

    @Override
    public List<Split> splits(Ticker ticker, LocalDate afterExclusive, LocalDate toInclusive) {
        Split[] series = splits.get(ticker);
        if (series == null) {
            return List.of();
        }
        List<Split> result = new ArrayList<>(1);
        for (Split s : series) {
            if (s.date().isAfter(afterExclusive) && !s.date().isAfter(toInclusive)) {
                result.add(s);
            }
        }
        return result;
    }

    @Override
    public Optional<LocalDate> nextSplitDate(Collection<Ticker> tickers, LocalDate afterExclusive) {
        LocalDate best = null;
        for (Ticker ticker : tickers) {
            Split[] series = splits.get(ticker);
            if (series == null) {
                continue;
            }
            for (Split s : series) {
                if (s.date().isAfter(afterExclusive)) {
                    if (best == null || s.date().isBefore(best)) {
                        best = s.date();
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
