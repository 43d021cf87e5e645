package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.StateCodec;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.StoredState;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Snapshots and states. The range load is two statements: financial rows with states (one result
 * set, two row types) and ticker rows; its states stay encoded ({@link EncodedState}) until asked
 * for. Writes go as JDBC batches into the caller's transaction.
 */
class MyBatisSnapshotStore implements SnapshotStore {
    private final SnapshotMapper mapper;
    private final UnitOfWork unitOfWork;
    private final Dialect dialect;
    private final BatchSessions batches;

    @Inject
    MyBatisSnapshotStore(SnapshotMapper mapper, BatchSessions batches, Dialect dialect, UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
        this.mapper = mapper;
        this.batches = batches;
        this.dialect = dialect;
    }

    @Override
    public Optional<AccountState> findStateBefore(long accountId, LocalDate date) {
        return Optional.ofNullable(mapper.findStateBefore(accountId, date)).map(StateRow::toDomain);
    }

    @Override
    public StoredSnapshots findRange(long accountId, LocalDate from, LocalDate to) {
        List<FinancialSnapshot> financials = new ArrayList<>();
        Map<LocalDate, StoredState> states = new HashMap<>();
        // One encoder for the range: a run compares its states with these in date order.
        StateCodec.Encoder encoder = new StateCodec.Encoder();
        for (Object row : mapper.findFinancialsAndStates(accountId, from, to)) {
            if (row instanceof FinancialSnapshotRow f) {
                financials.add(f.toDomain());
            } else if (row instanceof StateRow s) {
                states.put(s.stateDate(), new EncodedState(s.accountId(), s.stateDate(), s.body(), encoder));
            } else {
                throw new IllegalStateException("unexpected row " + row);
            }
        }
        return new StoredSnapshots(financials, tickers(mapper.findTickers(accountId, from, to)), states);
    }

    @Override
    public List<LocalDate> findStoredDates(long accountId, LocalDate from, LocalDate to) {
        return mapper.findStoredDates(accountId, from, to);
    }

    @Override
    public int countVisitDates(long accountId, LocalDate from, LocalDate to) {
        return mapper.countVisitDates(accountId, from, to);
    }

    /** Plain JDBC batches on the caller's transaction ({@link SnapshotBatchWriter}). */
    @Override
    public void write(SnapshotChanges changes) {
        unitOfWork.run(() -> {
            if (changes.isEmpty()) {
                return;
            }
            SnapshotBatchWriter.write(batches.connection(), changes, dialect);
        });
    }

    @Override
    public List<FinancialSnapshot> findFinancials(long accountId, LocalDate from, LocalDate to) {
        List<FinancialSnapshotRow> rows = mapper.findFinancials(accountId, from, to);
        List<FinancialSnapshot> result = new ArrayList<>(rows.size());
        for (FinancialSnapshotRow row : rows) {
            result.add(row.toDomain());
        }
        return result;
    }

    @Override
    public List<TickerSnapshot> findTickers(long accountId, LocalDate from, LocalDate to) {
        return tickers(mapper.findTickers(accountId, from, to));
    }

    private static List<TickerSnapshot> tickers(List<TickerSnapshotRow> rows) {
        List<TickerSnapshot> result = new ArrayList<>(rows.size());
        for (TickerSnapshotRow row : rows) {
            result.add(row.toDomain());
        }
        return result;
    }
}
