package dev.snapfolio.application.port.out;

import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stored snapshots and the account state kept with each snapshot date. The batch load uses
 * {@link #findStateBefore} and {@link #findRange}; together with the movement and reference-data
 * loads that is at most 6 queries whatever the range (DESIGN §4.2).
 */
public interface SnapshotStore {
    /** The stored state with the latest date strictly before {@code date}. One query. */
    Optional<AccountState> findStateBefore(long accountId, LocalDate date);

    /** The stored financial rows, ticker rows and states dated in [from, to]. At most 2 queries. */
    StoredSnapshots findRange(long accountId, LocalDate from, LocalDate to);

    /** The dates in [from, to] with a stored financial row, ticker row or state, ascending. */
    List<LocalDate> findStoredDates(long accountId, LocalDate from, LocalDate to);

    /**
     * The number of distinct dates in [from, to] that have a movement or a stored row: what a run
     * visits (besides splits and expiries). One query; the coordinator's AUTO rule uses it.
     */
    int countVisitDates(long accountId, LocalDate from, LocalDate to);

    /** Applies the changes with batched statements, in the caller's transaction. */
    void write(SnapshotChanges changes);

    List<FinancialSnapshot> findFinancials(long accountId, LocalDate from, LocalDate to);

    List<TickerSnapshot> findTickers(long accountId, LocalDate from, LocalDate to);
}
