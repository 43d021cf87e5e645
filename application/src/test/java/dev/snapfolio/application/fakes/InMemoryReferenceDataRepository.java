package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.state.PositionKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Prices and splits in memory; saving replaces a row with the same key, as the real unique keys do. */
public class InMemoryReferenceDataRepository implements ReferenceDataRepository {
    private record PriceKey(Ticker ticker, Currency currency, LocalDate date) {
    }

    private record SplitKey(Ticker ticker, LocalDate date) {
    }

    private static final Comparator<PriceKey> PRICE_ORDER = Comparator.comparing(PriceKey::ticker)
            .thenComparing(PriceKey::currency).thenComparing(PriceKey::date);
    private static final Comparator<SplitKey> SPLIT_ORDER =
            Comparator.comparing(SplitKey::ticker).thenComparing(SplitKey::date);

    private final FakeDatabase db;
    private final InMemoryMovementRepository movements;
    private final TxMap<PriceKey, Price> prices;
    private final TxMap<SplitKey, Split> splits;

    public InMemoryReferenceDataRepository(FakeDatabase db, InMemoryMovementRepository movements) {
        this.db = db;
        this.movements = movements;
        this.prices = new TxMap<>(db, PRICE_ORDER);
        this.splits = new TxMap<>(db, SPLIT_ORDER);
    }

    @Override
    public void savePrices(List<Price> list) {
        db.statement(() -> list.forEach(p -> prices.put(new PriceKey(p.ticker(), p.currency(), p.date()), p)));
    }

    @Override
    public void saveSplits(List<Split> list) {
        db.statement(() -> list.forEach(s -> splits.put(new SplitKey(s.ticker(), s.date()), s)));
    }

    @Override
    public ReferenceData load(Collection<Ticker> tickers, LocalDate from, LocalDate to) {
        return db.statements(2, () -> select(new HashSet<>(tickers), from, to));
    }

    @Override
    public ReferenceData loadForAccount(long accountId, LocalDate from, LocalDate to) {
        return db.statements(2, () -> select(movements.tickersOf(accountId), from, to));
    }

    @Override
    public ReferenceData loadPrices(Collection<PositionKey> series, LocalDate from, LocalDate to) {
        if (series.isEmpty()) {
            return ReferenceData.empty();
        }
        return db.statement(() -> {
            Set<PositionKey> wanted = new HashSet<>(series);
            List<Price> selected = new ArrayList<>();
            for (Price p : selectPrices(tickersOf(wanted), from, to)) {
                if (wanted.contains(new PositionKey(p.ticker(), p.currency()))) {
                    selected.add(p);
                }
            }
            return ReferenceData.of(selected, List.of());
        });
    }

    @Override
    public ReferenceData loadSplits(long accountId, Collection<Ticker> moreTickers, LocalDate to) {
        return db.statement(() -> {
            Set<Ticker> tickers = new HashSet<>(movements.tickersOf(accountId));
            tickers.addAll(moreTickers);
            return ReferenceData.of(List.of(), selectSplits(tickers, to));
        });
    }

    private static Set<Ticker> tickersOf(Set<PositionKey> series) {
        Set<Ticker> tickers = new HashSet<>();
        series.forEach(k -> tickers.add(k.ticker()));
        return tickers;
    }

    private ReferenceData select(Set<Ticker> tickers, LocalDate from, LocalDate to) {
        return ReferenceData.of(selectPrices(tickers, from, to), selectSplits(tickers, to));
    }

    private List<Price> selectPrices(Set<Ticker> tickers, LocalDate from, LocalDate to) {
        List<Price> selected = new ArrayList<>();
        Map<List<Object>, Price> latestBefore = new HashMap<>();
        for (Price p : prices.view().values()) {
            if (!tickers.contains(p.ticker())) {
                continue;
            }
            if (p.date().isBefore(from)) {
                latestBefore.merge(List.of(p.ticker(), p.currency()), p,
                        (a, b) -> a.date().isAfter(b.date()) ? a : b);
            } else if (!p.date().isAfter(to)) {
                selected.add(p);
            }
        }
        selected.addAll(latestBefore.values());
        return selected;
    }

    private List<Split> selectSplits(Set<Ticker> tickers, LocalDate to) {
        List<Split> selectedSplits = new ArrayList<>();
        for (Split s : splits.view().values()) {
            if (tickers.contains(s.ticker()) && !s.date().isAfter(to)) {
                selectedSplits.add(s);
            }
        }
        return selectedSplits;
    }

    @Override
    public List<Price> findPrices(Ticker ticker) {
        return db.statement(() -> prices.view().values().stream().filter(p -> p.ticker().equals(ticker)).toList());
    }

    @Override
    public List<Split> findSplits(Ticker ticker) {
        return db.statement(() -> splits.view().values().stream().filter(s -> s.ticker().equals(ticker)).toList());
    }

    @Override
    public List<Price> listPrices(Ticker ticker, LocalDate from, LocalDate to) {
        return db.statement(() -> prices.view().values().stream()
                .filter(p -> ticker == null || p.ticker().equals(ticker))
                .filter(p -> from == null || !p.date().isBefore(from))
                .filter(p -> to == null || !p.date().isAfter(to)).toList());
    }

    @Override
    public int deletePrices(Ticker ticker, LocalDate from, LocalDate to) {
        return db.statement(() -> {
            List<PriceKey> doomed = prices.view().keySet().stream().filter(k -> k.ticker().equals(ticker)
                    && !k.date().isBefore(from) && !k.date().isAfter(to)).toList();
            doomed.forEach(prices::remove);
            return doomed.size();
        });
    }

    @Override
    public boolean deleteSplit(Ticker ticker, LocalDate date) {
        return db.statement(() -> splits.remove(new SplitKey(ticker, date)) != null);
    }

    @Override
    public Set<Ticker> tickersWithPrices(Collection<Ticker> tickers) {
        return db.statement(() -> {
            Set<Ticker> found = new TreeSet<>();
            prices.view().keySet().forEach(k -> {
                if (tickers.contains(k.ticker())) {
                    found.add(k.ticker());
                }
            });
            return found;
        });
    }

    @Override
    public List<Price> findAllPrices() {
        return db.statement(() -> List.copyOf(prices.view().values()));
    }

    @Override
    public List<Split> findAllSplits() {
        return db.statement(() -> splits.view().values().stream()
                .sorted(java.util.Comparator.comparing(Split::ticker).thenComparing(Split::date)).toList());
    }

    @Override
    public java.util.Optional<LocalDate> findNextSplitDate(long accountId, LocalDate afterExclusive) {
        return db.statement(() -> {
            Set<Ticker> tickers = movements.tickersOf(accountId);
            return splits.view().values().stream()
                    .filter(s -> tickers.contains(s.ticker()) && s.date().isAfter(afterExclusive))
                    .map(Split::date).min(LocalDate::compareTo);
        });
    }
}
