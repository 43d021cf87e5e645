package dev.snapfolio.application.port.out;

import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Movements of all accounts in one store (one table with a kind column). The business date is
 * stored with each movement so range queries are by business date. Lists come in apply order.
 */
public interface MovementRepository {
    /** Stores a new movement (id 0) and returns it with its id. */
    Movement insert(Movement movement);

    /** Stores new movements, assigning ids in list order (callers sort chronologically first). */
    List<Movement> insertAll(List<Movement> movements);

    void update(Movement movement);

    void delete(long movementId);

    Optional<Movement> findById(long movementId);

    /** Every movement of the account. */
    List<Movement> findByAccount(long accountId);

    /** Movements with business date ≥ from: the batch load (one query). */
    List<Movement> findFrom(long accountId, LocalDate from);

    /** Movements with business date = day: the per-date load. */
    List<Movement> findOn(long accountId, LocalDate day);

    /** The first business date after {@code afterExclusive} with a movement. */
    Optional<LocalDate> findNextBusinessDate(long accountId, LocalDate afterExclusive);

    Optional<LocalDate> findEarliestBusinessDate(long accountId);

    /** Which of these source keys the account already has (import idempotence). */
    Set<String> findExistingSourceKeys(long accountId, Collection<String> sourceKeys);

    /** Accounts with a movement on the ticker (as stock or as an option's underlying). */
    Set<Long> findAccountsWithTicker(Ticker ticker);

    /** Every ticker (stock or underlying) the account's movements name. */
    Set<Ticker> findTickers(long accountId);

    /** The highest id in use, for provisional ids during in-memory validation. */
    long findMaxId();
}
