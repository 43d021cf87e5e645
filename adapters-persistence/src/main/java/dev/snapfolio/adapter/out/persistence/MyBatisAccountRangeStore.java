package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.StateCodec;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.out.AccountRangeStore;
import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.StoredState;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mybatis.guice.transactional.Transactional;

/**
 * The range reads of a bulk rebuild in one transaction (one consistent snapshot): accounts,
 * movements, financial rows with states, ticker rows and dirty marks — five statements whatever
 * the number of accounts. States stay as their stored text ({@link EncodedState}) and are compared,
 * not decoded. An account's write is {@link SnapshotBatchWriter}'s batches behind a lock of its
 * dirty mark; run log rows and mark clears go as JDBC batches.
 */
class MyBatisAccountRangeStore implements AccountRangeStore {
    private final AccountRangeMapper mapper;
    private final ProcessingMapper processing;
    private final BatchSessions batches;
    private final Dialect dialect;

    @Inject
    MyBatisAccountRangeStore(AccountRangeMapper mapper, ProcessingMapper processing, BatchSessions batches,
            Dialect dialect) {
        this.mapper = mapper;
        this.processing = processing;
        this.batches = batches;
        this.dialect = dialect;
    }

    @Override
    public List<Long> accountIds(long fromId, long toId) {
        return mapper.findAccountIds(fromId, toId);
    }

    @Override
    @Transactional
    public RangeData load(long fromId, long toId, LocalDate to) {
        List<Long> ids = mapper.findAccountIds(fromId, toId);
        Map<Long, List<Movement>> movements = new HashMap<>();
        for (Movement m : mapper.findMovements(fromId, toId)) {
            movements.computeIfAbsent(m.accountId(), id -> new ArrayList<>()).add(m);
        }
        Map<Long, List<FinancialSnapshot>> financials = new HashMap<>();
        Map<Long, Map<LocalDate, StoredState>> states = new HashMap<>();
        Map<Long, StateCodec.Encoder> encoders = new HashMap<>();
        for (Object row : mapper.findFinancialsAndStates(fromId, toId, to)) {
            if (row instanceof FinancialSnapshotRow f) {
                FinancialSnapshot snapshot = f.toDomain();
                financials.computeIfAbsent(snapshot.accountId(), id -> new ArrayList<>()).add(snapshot);
            } else if (row instanceof StateRow s) {
                // One encoder per account: a run compares its states with these in date order.
                StateCodec.Encoder encoder = encoders.computeIfAbsent(s.accountId(), id -> new StateCodec.Encoder());
                states.computeIfAbsent(s.accountId(), id -> new HashMap<>())
                        .put(s.stateDate(), new EncodedState(s.accountId(), s.stateDate(), s.body(), encoder));
            } else {
                throw new IllegalStateException("unexpected row " + row);
            }
        }
        Map<Long, List<TickerSnapshot>> tickers = new HashMap<>();
        for (TickerSnapshotRow row : mapper.findTickers(fromId, toId, to)) {
            TickerSnapshot snapshot = row.toDomain();
            tickers.computeIfAbsent(snapshot.accountId(), id -> new ArrayList<>()).add(snapshot);
        }
        Map<Long, DirtyMark> marks = new HashMap<>();
        for (DirtyMarkRow row : mapper.findDirtyMarks(fromId, toId)) {
            marks.put(row.accountId(), row.toDomain());
        }
        Map<Long, StoredSnapshots> stored = new HashMap<>();
        for (long id : ids) {
            List<FinancialSnapshot> f = financials.getOrDefault(id, List.of());
            List<TickerSnapshot> t = tickers.getOrDefault(id, List.of());
            Map<LocalDate, StoredState> s = states.getOrDefault(id, Map.of());
            if (!f.isEmpty() || !t.isEmpty() || !s.isEmpty()) {
                stored.put(id, new StoredSnapshots(f, t, s));
            }
        }
        return new RangeData(ids, movements, stored, marks);
    }

    @Override
    @Transactional
    public boolean writeIfUnchanged(long accountId, Optional<DirtyMark> expected, SnapshotChanges changes,
            LocalDate keepFrom) {
        DirtyMarkRow now = mapper.lockDirtyMark(accountId);
        Optional<DirtyMark> current = Optional.ofNullable(now).map(DirtyMarkRow::toDomain);
        if (!Objects.equals(current, expected)) {
            return false;
        }
        SnapshotBatchWriter.write(batches.connection(), changes, dialect);
        if (current.isPresent() && current.get().dirtyFrom() != null) {
            long counter = current.get().counter();
            if (keepFrom == null) {
                processing.clearDirtyMark(accountId, counter);
            } else {
                processing.clearDirtyMarkKeeping(accountId, counter, keepFrom);
            }
        }
        return true;
    }

    @Override
    @Transactional
    public void clearDirtyMarks(List<MarkClear> clears) {
        if (clears.isEmpty()) {
            return;
        }
        batches.write(ProcessingMapper.class, batch -> {
            for (MarkClear clear : clears) {
                if (clear.keepFrom() == null) {
                    batch.clearDirtyMark(clear.accountId(), clear.counter());
                } else {
                    batch.clearDirtyMarkKeeping(clear.accountId(), clear.counter(), clear.keepFrom());
                }
            }
        });
    }

    @Override
    @Transactional
    public void appendRuns(List<RunRecord> runs) {
        if (runs.isEmpty()) {
            return;
        }
        batches.write(AccountRangeMapper.class, batch -> runs.forEach(run -> batch.insertRun(RunLogRow.from(run))));
    }
}
