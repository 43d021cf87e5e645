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

    /**
     * @param saved rows stored (or deleted, for a delete)
     * @param accountsMarkedDirty accounts whose snapshots {@code refresh} will bring up to date
     * @param invalidAccounts accounts the change made invalid (only when the caller allowed it),
     *        each named with the movement and date that broke: they keep their last good snapshots
     */
    record ReferenceDataResult(int saved, Set<Long> accountsMarkedDirty, List<String> invalidAccounts) {
        public ReferenceDataResult {
            accountsMarkedDirty = Set.copyOf(accountsMarkedDirty);
            invalidAccounts = List.copyOf(invalidAccounts);
        }

        public ReferenceDataResult(int saved, Set<Long> accountsMarkedDirty) {
            this(saved, accountsMarkedDirty, List.of());
        }
    }
}
