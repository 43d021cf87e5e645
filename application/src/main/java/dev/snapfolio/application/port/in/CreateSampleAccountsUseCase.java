package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import java.util.List;

/**
 * Stores generated accounts in bulk (to try and measure many accounts): their movements, and the
 * prices and splits they share, on tickers reserved for generated data
 * ({@link dev.snapfolio.domain.money.Ticker#reservedForDemo()}) only — it never writes into real
 * data. One call is one transaction; every account is left dirty from its first movement, not
 * processed (a rebuild or refresh does that).
 */
public interface CreateSampleAccountsUseCase {
    /** Stores the prices and splits (replacing equal keys) and creates the accounts; returns them with their ids. */
    List<Account> createSampleAccounts(List<Price> prices, List<Split> splits, List<SampleAccount> accounts);

    /** A new account's name, currency and movements (in the order ids are to be assigned). */
    record SampleAccount(String name, Currency currency, List<Movement> movements) {
        public SampleAccount {
            Checks.required("name", name);
            Checks.required("currency", currency);
            movements = List.copyOf(Checks.required("movements", movements));
        }
    }
}
