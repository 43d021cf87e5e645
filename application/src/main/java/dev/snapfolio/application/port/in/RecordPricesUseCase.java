package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.reference.Price;
import java.util.List;
import java.util.Set;

public interface RecordPricesUseCase {
    /** Stores prices (replacing same-key ones) and marks the accounts trading those tickers dirty; no run per price. */
    ReferenceDataResult recordPrices(RecordPricesCommand command);

    record RecordPricesCommand(List<Price> prices) {
        public RecordPricesCommand {
            prices = List.copyOf(Checks.required("prices", prices));
        }
    }

    record ReferenceDataResult(int saved, Set<Long> accountsMarkedDirty) {
    }
}
