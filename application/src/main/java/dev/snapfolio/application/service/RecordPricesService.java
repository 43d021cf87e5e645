package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.RecordPricesUseCase;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores prices and marks the accounts trading those tickers dirty from the earliest price date; no run per price. */
public class RecordPricesService implements RecordPricesUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(RecordPricesService.class);

    private final ReferenceDataRepository referenceData;
    private final MovementRepository movements;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;

    @Inject
    public RecordPricesService(ReferenceDataRepository referenceData, MovementRepository movements,
            DirtyMarkRepository dirtyMarks, UnitOfWork unitOfWork) {
        this.referenceData = referenceData;
        this.movements = movements;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ReferenceDataResult recordPrices(RecordPricesCommand command) {
        Map<Ticker, LocalDate> earliest = new TreeMap<>();
        for (Price price : command.prices()) {
            earliest.merge(price.ticker(), price.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Set<Long> marked = unitOfWork.inTransaction(() -> {
            referenceData.savePrices(command.prices());
            return markAccounts(movements, dirtyMarks, earliest);
        });
        LOG.info("saved {} prices; {} accounts marked dirty", command.prices().size(), marked.size());
        return new ReferenceDataResult(command.prices().size(), marked);
    }

    /** Marks every account trading one of the tickers dirty from that ticker's date. */
    static Set<Long> markAccounts(MovementRepository movements, DirtyMarkRepository dirtyMarks,
            Map<Ticker, LocalDate> fromByTicker) {
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
