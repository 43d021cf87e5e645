package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import java.util.List;
import java.util.Map;

/**
 * A whole database as data: every account with its movements, the prices, the splits and the
 * runtime settings. Snapshots are not part of it — they follow from the rest and are recomputed on
 * restore; nor are the run log and the import records (history of work done, not data).
 */
public interface BackupUseCase {
    /** Everything a restore needs, read in one transaction so that it is consistent. */
    Backup export();

    /**
     * Stores a backup into an empty database (no account, price or split): the whole backup is
     * validated first (every account's history from its first movement to today, with the
     * backup's splits; a domain error names the account and the movement, nothing is written),
     * stored in one transaction keeping account ids and source keys, then every account is
     * recomputed from its first movement.
     *
     * @throws dev.snapfolio.domain.money.ValidationException when the database is not empty
     */
    RestoreResult restore(Backup backup);

    /**
     * @param movements in apply order per account (the order in which restore assigns ids)
     * @param settings the persisted runtime settings, by key
     */
    record Backup(List<Account> accounts, List<Movement> movements, List<Price> prices, List<Split> splits,
            Map<String, String> settings) {
        public Backup {
            accounts = List.copyOf(accounts);
            movements = List.copyOf(movements);
            prices = List.copyOf(prices);
            splits = List.copyOf(splits);
            settings = Map.copyOf(settings);
        }
    }

    /** @param outcomes the recompute of each account, by account id */
    record RestoreResult(int accounts, int movements, int prices, int splits, int settings,
            Map<Long, ProcessingOutcome> outcomes) {
        public RestoreResult {
            // in the order the accounts were processed
            outcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
        }
    }
}
