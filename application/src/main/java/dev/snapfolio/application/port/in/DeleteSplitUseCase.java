package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.RecordPricesUseCase.ReferenceDataResult;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Ticker;
import java.time.LocalDate;

public interface DeleteSplitUseCase {
    /**
     * Deletes the ticker's split on the date (an edit is a delete and an add) and marks the accounts
     * trading the ticker dirty from that date; validated as {@link RecordSplitsUseCase#recordSplits}.
     * {@link NotFoundException} when there is no such split (nothing written).
     */
    ReferenceDataResult deleteSplit(DeleteSplitCommand command);

    record DeleteSplitCommand(Ticker ticker, LocalDate date, boolean allowInvalid) {
        public DeleteSplitCommand {
            Checks.required("ticker", ticker);
            Checks.required("date", date);
        }
    }
}
