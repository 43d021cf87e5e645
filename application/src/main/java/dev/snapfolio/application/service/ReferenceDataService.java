package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.RecordPricesUseCase;
import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.in.SplitQueries;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores prices and splits and marks the accounts trading those tickers dirty from the earliest
 * date given per ticker, in the same transaction; no run per price — {@code refresh} processes them.
 */
public class ReferenceDataService implements RecordPricesUseCase, RecordSplitsUseCase, SplitQueries {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataService.class);

    private final ReferenceDataRepository referenceData;
    private final MovementRepository movements;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;

    @Inject
    public ReferenceDataService(ReferenceDataRepository referenceData, MovementRepository movements,
            DirtyMarkRepository dirtyMarks, UnitOfWork unitOfWork) {
        this.referenceData = referenceData;
        this.movements = movements;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ReferenceDataResult recordPrices(RecordPricesCommand command) {
        return save("prices", command.prices(), Price::ticker, Price::date,
                () -> referenceData.savePrices(command.prices()));
    }

    @Override
    public ReferenceDataResult recordSplits(RecordSplitsCommand command) {
        return save("splits", command.splits(), Split::ticker, Split::date,
                () -> referenceData.saveSplits(command.splits()));
    }

    @Override
    public List<Split> splits(Optional<Ticker> ticker) {
        return ticker.map(referenceData::findSplits).orElseGet(referenceData::findAllSplits);
    }

    private <T> ReferenceDataResult save(String what, Collection<T> items, Function<T, Ticker> ticker,
            Function<T, LocalDate> date, Runnable store) {
        Map<Ticker, LocalDate> earliest = new TreeMap<>();
        for (T item : items) {
            earliest.merge(ticker.apply(item), date.apply(item), (a, b) -> a.isBefore(b) ? a : b);
        }
        Set<Long> marked = unitOfWork.inTransaction(() -> {
            store.run();
            return markAccounts(earliest);
        });
        LOG.info("saved {} {}; {} accounts marked dirty", items.size(), what, marked.size());
        return new ReferenceDataResult(items.size(), marked);
    }

    /** Marks every account trading one of the tickers dirty from that ticker's date. */
    private Set<Long> markAccounts(Map<Ticker, LocalDate> fromByTicker) {
        Map<Long, LocalDate> fromByAccount = new TreeMap<>();
        fromByTicker.forEach((ticker, date) -> {
            for (long accountId : movements.findAccountsWithTicker(ticker)) {
                fromByAccount.merge(accountId, date, (a, b) -> a.isBefore(b) ? a : b);
            }
        });
        fromByAccount.forEach(dirtyMarks::markDirty);
        return new TreeSet<>(fromByAccount.keySet());
    }
}
