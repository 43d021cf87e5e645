package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.RecordPricesUseCase.ReferenceDataResult;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import java.time.LocalDate;

public interface DeletePricesUseCase {
    /**
     * Deletes the ticker's closes (every currency) dated in [from, to] and marks the accounts
     * trading the ticker dirty from {@code from}. A price never makes a history invalid (it only
     * values positions), so nothing is refused. {@link NotFoundException} when there is no such
     * price (nothing written).
     */
    ReferenceDataResult deletePrices(DeletePricesCommand command);

    record DeletePricesCommand(Ticker ticker, LocalDate from, LocalDate to) {
        public DeletePricesCommand {
            Checks.required("ticker", ticker);
            Checks.required("from", from);
            Checks.required("to", to);
            if (from.isAfter(to)) {
                throw new ValidationException("from", from + " is after to " + to);
            }
        }
    }
}
