package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.RecordPricesUseCase.ReferenceDataResult;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.reference.Split;
import java.util.List;

public interface RecordSplitsUseCase {
    /**
     * Stores splits and marks the accounts trading those tickers dirty from the split date. The
     * history of every such account is first applied in memory with the new splits: when one would
     * become invalid the change is refused ({@link ChangeRejectedException} naming the accounts,
     * movements and dates; nothing written), unless {@code allowInvalid}: then those accounts are
     * reported in the result and keep their last good snapshots until the data is corrected.
     */
    ReferenceDataResult recordSplits(RecordSplitsCommand command);

    record RecordSplitsCommand(List<Split> splits, boolean allowInvalid) {
        public RecordSplitsCommand {
            splits = List.copyOf(Checks.required("splits", splits));
        }

        public RecordSplitsCommand(List<Split> splits) {
            this(splits, false);
        }
    }
}
