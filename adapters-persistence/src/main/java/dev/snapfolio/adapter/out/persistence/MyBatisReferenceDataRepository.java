package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.state.PositionKey;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

class MyBatisReferenceDataRepository implements ReferenceDataRepository {
    private final ReferenceDataMapper mapper;
    private final UnitOfWork unitOfWork;
    private final BatchSessions batches;

    @Inject
    MyBatisReferenceDataRepository(ReferenceDataMapper mapper, BatchSessions batches, UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
        this.mapper = mapper;
        this.batches = batches;
    }

    @Override
    public void savePrices(List<Price> prices) {
        unitOfWork.run(() -> {
            if (prices.isEmpty()) {
                return;
            }
            batches.write(ReferenceDataMapper.class, batch -> prices.forEach(p -> batch.upsertPrice(PriceRow.from(p))));
        });
    }

    @Override
    public void saveSplits(List<Split> splits) {
        unitOfWork.run(() -> {
            if (splits.isEmpty()) {
                return;
            }
            batches.write(ReferenceDataMapper.class, batch -> splits.forEach(s -> batch.upsertSplit(SplitRow.from(s))));
        });
    }

    @Override
    public ReferenceData load(Collection<Ticker> tickers, LocalDate from, LocalDate to) {
        if (tickers.isEmpty()) {
            return ReferenceData.empty();
        }
        List<String> symbols = new TreeSet<>(tickers).stream().map(Ticker::symbol).toList();
        return ReferenceData.of(mapper.findPricesOfTickers(symbols, from, to), mapper.findSplitsOfTickers(symbols, to));
    }

    @Override
    public ReferenceData loadForAccount(long accountId, LocalDate from, LocalDate to) {
        return ReferenceData.of(mapper.findPricesOfAccount(accountId, from, to), mapper.findSplitsOfAccount(accountId, to));
    }

    @Override
    public ReferenceData loadPrices(Collection<PositionKey> series, LocalDate from, LocalDate to) {
        if (series.isEmpty()) {
            return ReferenceData.empty();
        }
        List<ReferenceDataMapper.Series> keys = new TreeSet<>(series).stream()
                .map(k -> new ReferenceDataMapper.Series(k.ticker().symbol(), k.currency().code())).toList();
        return ReferenceData.of(mapper.findPricesOfSeries(keys, from, to), List.of());
    }

    @Override
    public ReferenceData loadSplits(long accountId, Collection<Ticker> moreTickers, LocalDate to) {
        List<Split> splits = moreTickers.isEmpty() ? mapper.findSplitsOfAccount(accountId, to)
                : mapper.findSplitsOfAccountAndTickers(accountId,
                        new TreeSet<>(moreTickers).stream().map(Ticker::symbol).toList(), to);
        return ReferenceData.of(List.of(), splits);
    }

    @Override
    public List<Price> findPrices(Ticker ticker) {
        return mapper.findPrices(ticker.symbol());
    }

    @Override
    public List<Split> findSplits(Ticker ticker) {
        return mapper.findSplits(ticker.symbol());
    }

    @Override
    public List<Price> listPrices(Ticker ticker, LocalDate from, LocalDate to) {
        return mapper.listPrices(ticker == null ? null : ticker.symbol(), from, to);
    }

    @Override
    public int deletePrices(Ticker ticker, LocalDate from, LocalDate to) {
        return unitOfWork.inTransaction(() -> {
            return mapper.deletePrices(ticker.symbol(), from, to);
        });
    }

    @Override
    public boolean deleteSplit(Ticker ticker, LocalDate date) {
        return unitOfWork.inTransaction(() -> {
            return mapper.deleteSplit(ticker.symbol(), date) > 0;
        });
    }

    @Override
    public Set<Ticker> tickersWithPrices(Collection<Ticker> tickers) {
        if (tickers.isEmpty()) {
            return Set.of();
        }
        List<String> symbols = new TreeSet<>(tickers).stream().map(Ticker::symbol).toList();
        return mapper.findTickersWithPrices(symbols).stream().map(Ticker::of).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public List<Price> findAllPrices() {
        return mapper.findAllPrices();
    }

    @Override
    public List<Split> findAllSplits() {
        return mapper.findAllSplits();
    }

    @Override
    public Optional<LocalDate> findNextSplitDate(long accountId, LocalDate afterExclusive) {
        return Optional.ofNullable(mapper.findNextSplitDate(accountId, afterExclusive));
    }
}
