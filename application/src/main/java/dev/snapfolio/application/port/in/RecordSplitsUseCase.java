package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.RecordPricesUseCase.ReferenceDataResult;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.reference.Split;
import java.util.List;

public interface RecordSplitsUseCase {
    /** Stores splits and marks the accounts trading those tickers dirty from the split date. */
    ReferenceDataResult recordSplits(RecordSplitsCommand command);

    record RecordSplitsCommand(List<Split> splits) {
        public RecordSplitsCommand {
            splits = List.copyOf(Checks.required("splits", splits));
        }
    }
}
