package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.RecordPricesUseCase.ReferenceDataResult;
import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Split;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores splits and marks the accounts trading those tickers dirty from the split date; no run per split. */
public class RecordSplitsService implements RecordSplitsUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(RecordSplitsService.class);

    private final ReferenceDataRepository referenceData;
    private final MovementRepository movements;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;

    @Inject
    public RecordSplitsService(ReferenceDataRepository referenceData, MovementRepository movements,
            DirtyMarkRepository dirtyMarks, UnitOfWork unitOfWork) {
        this.referenceData = referenceData;
        this.movements = movements;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ReferenceDataResult recordSplits(RecordSplitsCommand command) {
        Map<Ticker, LocalDate> earliest = new TreeMap<>();
        for (Split split : command.splits()) {
            earliest.merge(split.ticker(), split.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Set<Long> marked = unitOfWork.inTransaction(() -> {
            referenceData.saveSplits(command.splits());
            return RecordPricesService.markAccounts(movements, dirtyMarks, earliest);
        });
        LOG.info("saved {} splits; {} accounts marked dirty", command.splits().size(), marked.size());
        return new ReferenceDataResult(command.splits().size(), marked);
    }
}
