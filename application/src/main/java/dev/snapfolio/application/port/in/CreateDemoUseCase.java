package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores a generated demo history: a new account, its movements, and prices and splits of tickers
 * reserved for the demo ({@link Ticker#reservedForDemo()}) that nobody has data for yet. Validated
 * in memory first; then everything is written in one transaction (a failure leaves nothing), and
 * the account is processed. It never writes into data it did not create.
 */
public interface CreateDemoUseCase {
    DemoResult createDemo(CreateDemoCommand command);

    /** As {@link #createDemo(CreateDemoCommand)}, telling {@code progress} each step as it starts. */
    default DemoResult createDemo(CreateDemoCommand command, ProgressListener progress) {
        return createDemo(command);
    }

    /** True when one of the tickers already has a price, a split or a movement (the demo must pick others). */
    boolean tickersInUse(Collection<Ticker> tickers);

    /** Movements in the order ids are to be assigned (chronological), each with a source key. */
    record CreateDemoCommand(String accountName, String broker, Currency currency, List<Price> prices,
            List<Split> splits, List<Movement> movements) {
        public CreateDemoCommand {
            Checks.required("accountName", accountName);
            Checks.required("currency", currency);
            prices = List.copyOf(Checks.required("prices", prices));
            splits = List.copyOf(Checks.required("splits", splits));
            movements = List.copyOf(Checks.required("movements", movements));
        }
    }

    record DemoResult(Account account, int movements, Optional<ProcessingOutcome> outcome) {
    }
}
