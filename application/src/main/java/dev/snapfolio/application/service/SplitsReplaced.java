package dev.snapfolio.application.service;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored reference data with the splits of some tickers replaced by a proposed list: what a
 * split change would make the calculator see, without writing it.
 */
final class SplitsReplaced implements ReferenceData {
    private final ReferenceData stored;
    private final Map<Ticker, List<Split>> replaced;

    SplitsReplaced(ReferenceData stored, Map<Ticker, List<Split>> replaced) {
        this.stored = stored;
        this.replaced = Map.copyOf(replaced);
    }

    @Override
    public Optional<Price> latestPrice(Ticker ticker, Currency currency, LocalDate date) {
        return stored.latestPrice(ticker, currency, date);
    }

    @Override
    public List<Split> splits(Ticker ticker, LocalDate afterExclusive, LocalDate toInclusive) {
        List<Split> own = replaced.get(ticker);
        if (own == null) {
            return stored.splits(ticker, afterExclusive, toInclusive);
        }
        return own.stream().filter(s -> s.date().isAfter(afterExclusive) && !s.date().isAfter(toInclusive))
                .sorted(Comparator.comparing(Split::date)).toList();
    }

    @Override
    public Optional<LocalDate> nextSplitDate(Collection<Ticker> tickers, LocalDate afterExclusive) {
        List<Ticker> others = new ArrayList<>();
        Optional<LocalDate> next = Optional.empty();
        for (Ticker ticker : tickers) {
            List<Split> own = replaced.get(ticker);
            if (own == null) {
                others.add(ticker);
                continue;
            }
            for (Split split : own) {
                next = earlier(next, split.date().isAfter(afterExclusive) ? Optional.of(split.date()) : Optional.empty());
            }
        }
        return others.isEmpty() ? next : earlier(next, stored.nextSplitDate(others, afterExclusive));
    }

    @Override
    public Optional<LocalDate> earliestSplitOnOrAfter(LocalDate afterExclusive) {
        // The stored answer may be a replaced split's date: too early is allowed ("maybe").
        Optional<LocalDate> earliest = stored.earliestSplitOnOrAfter(afterExclusive);
        for (List<Split> own : replaced.values()) {
            for (Split split : own) {
                if (split.date().isAfter(afterExclusive)) {
                    earliest = earlier(earliest, Optional.of(split.date()));
                }
            }
        }
        return earliest;
    }

    private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isBefore(b.get()) ? a : b;
    }
}
