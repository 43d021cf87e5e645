package dev.snapfolio.domain.reference;

import dev.snapfolio.domain.money.Currency;
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
    /** Per series, the epoch day of each price (the same order): what a {@link SeriesReader} walks. */
    private final Map<SeriesKey, long[]> priceDays = new HashMap<>();
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
            long[] days = new long[unique.size()];
            for (int i = 0; i < days.length; i++) {
                days[i] = unique.get(i).date().toEpochDay();
            }
            priceDays.put(key, days);
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
        BigDecimal numerators = null;
        BigDecimal denominators = null;
        for (Split s : tickerSplits) {
            if (s.date().isAfter(price.date()) && !s.date().isAfter(date)) {
                numerators = numerators == null ? s.ratio().numeratorValue()
                        : numerators.multiply(s.ratio().numeratorValue());
                denominators = denominators == null ? s.ratio().denominatorValue()
                        : denominators.multiply(s.ratio().denominatorValue());
            }
        }
        return Optional.of(numerators == null ? price.close()
                : ReferenceData.splitAdjusted(price.close(), numerators, denominators));
    }

    @Override
    public CloseReader closeReader(Ticker ticker, Currency currency) {
        SeriesKey key = new SeriesKey(ticker, currency);
        Price[] series = prices.get(key);
        if (series == null) {
            return date -> null;
        }
        return new SeriesReader(series, priceDays.get(key), splits.get(ticker));
    }

    /**
     * {@link #adjustedClose} over one series with cursors: the price index and the count of splits
     * dated on or before the asked date move forward with the dates; the split-adjusted close is
     * recomputed only when either moves (the same computation as {@link #adjustedClose}).
     */
    private static final class SeriesReader implements CloseReader {
        private final Price[] series;
        private final long[] days;
        private final Split[] splits;
        private LocalDate last;
        /** Index of the latest price on or before {@code last}, or -1. */
        private int index = -1;
        /** Number of splits dated on or before {@code last}. */
        private int splitsUpTo;
        private int adjustedIndex = -1;
        private int adjustedSplitsUpTo = -1;
        private BigDecimal adjusted;

        SeriesReader(Price[] series, long[] days, Split[] splits) {
            this.series = series;
            this.days = days;
            this.splits = splits;
        }

        @Override
        public BigDecimal at(LocalDate date) {
            if (last == null || date.isBefore(last)) {
                index = floorIndex(series, date);
                splitsUpTo = 0;
            } else if (date != last) {
                long day = date.toEpochDay();
                while (index + 1 < days.length && days[index + 1] <= day) {
                    index++;
                }
            }
            if (splits != null) {
                while (splitsUpTo < splits.length && !splits[splitsUpTo].date().isAfter(date)) {
                    splitsUpTo++;
                }
            }
            last = date;
            if (index < 0) {
                return null;
            }
            Price price = series[index];
            if (splits == null) {
                return price.close();
            }
            if (index != adjustedIndex || splitsUpTo != adjustedSplitsUpTo) {
                BigDecimal numerators = null;
                BigDecimal denominators = null;
                for (int i = 0; i < splitsUpTo; i++) {
                    Split s = splits[i];
                    if (s.date().isAfter(price.date())) {
                        numerators = numerators == null ? s.ratio().numeratorValue()
                                : numerators.multiply(s.ratio().numeratorValue());
                        denominators = denominators == null ? s.ratio().denominatorValue()
                                : denominators.multiply(s.ratio().denominatorValue());
                    }
                }
                adjusted = numerators == null ? price.close()
                        : ReferenceData.splitAdjusted(price.close(), numerators, denominators);
                adjustedIndex = index;
                adjustedSplitsUpTo = splitsUpTo;
            }
            return adjusted;
        }
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
