package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.Interned;
import dev.snapfolio.adapter.out.persistence.state.StateCodec;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.out.AccountRangeStore;
import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.StorageTimeoutException;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.StoredState;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * The range reads of a bulk rebuild in one transaction (one consistent snapshot): accounts,
 * movements, financial rows, states, ticker rows and dirty marks — six statements whatever the
 * number of accounts, each in key order. States stay as their stored text ({@link EncodedState}) and are compared,
 * not decoded. A rebuild reads a range without its stored rows ({@link #loadInputs}), compares the rows it
 * computed with the stored ones by {@link RowFingerprints} (one grouped statement per table), and reads the stored
 * rows only of the accounts that differ ({@link #stored}, one statement per table). A range's writes go in one transaction behind a lock of the range's dirty marks:
 * {@link SnapshotBatchWriter}'s batches for the rows of all its accounts, then mark clears and
 * run log rows as JDBC batches.
 */
class MyBatisAccountRangeStore implements AccountRangeStore {
    private final AccountRangeMapper mapper;
    private final UnitOfWork unitOfWork;
    private final BatchSessions batches;
    private final Dialect dialect;

    @Inject
    MyBatisAccountRangeStore(AccountRangeMapper mapper, BatchSessions batches,
            Dialect dialect, UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
        this.mapper = mapper;
        this.batches = batches;
        this.dialect = dialect;
    }

    @Override
    public List<Long> accountIds(long fromId, long toId) {
        return mapper.findAccountIds(fromId, toId);
    }

    @Override
    public RangeData load(long fromId, long toId, LocalDate to) {
        return unitOfWork.inTransaction(() -> {
            List<Long> ids = mapper.findAccountIds(fromId, toId);
            Map<Long, List<Movement>> movements = new HashMap<>();
            for (Movement m : mapper.findMovements(fromId, toId)) {
                movements.computeIfAbsent(m.accountId(), id -> new ArrayList<>()).add(m);
            }
            Map<Long, List<FinancialSnapshot>> financials;
            Map<Long, List<StateRow>> states;
            Map<Long, List<TickerSnapshot>> tickers;
            try {
                financials = readByAccount(FINANCIALS, fromId, toId, to, MyBatisAccountRangeStore::financial);
                states = readByAccount(STATES, fromId, toId, to,
                        (rs, id) -> new StateRow(id, rs.getObject(2, LocalDate.class), rs.getString(3)));
                tickers = readByAccount(TICKERS, fromId, toId, to, MyBatisAccountRangeStore::ticker);
            } catch (SQLException e) {
                if (Sql.isTimeout(e)) {
                    throw new StorageTimeoutException("reading accounts " + fromId + ".." + toId + " timed out: "
                            + e.getMessage(), e);
                }
                throw new PersistenceException("reading accounts " + fromId + ".." + toId + " failed: " + e.getMessage(), e);
            }
            Map<Long, DirtyMark> marks = new HashMap<>();
            for (DirtyMarkRow row : mapper.findDirtyMarks(fromId, toId)) {
                marks.put(row.accountId(), row.toDomain());
            }
            return new RangeData(ids, movements, storedOf(ids, financials, tickers, states), marks);
        });
    }

    @Override
    public RangeData loadInputs(long fromId, long toId) {
        return unitOfWork.inTransaction(() -> {
            List<Long> ids = mapper.findAccountIds(fromId, toId);
            Map<Long, List<Movement>> movements = new HashMap<>();
            for (Movement m : mapper.findMovements(fromId, toId)) {
                movements.computeIfAbsent(m.accountId(), id -> new ArrayList<>()).add(m);
            }
            Map<Long, DirtyMark> marks = new HashMap<>();
            for (DirtyMarkRow row : mapper.findDirtyMarks(fromId, toId)) {
                marks.put(row.accountId(), row.toDomain());
            }
            return new RangeData(ids, movements, Map.of(), marks);
        });
    }

    @Override
    public Map<Long, RowsFingerprint> storedFingerprints(long fromId, long toId, LocalDate to) {
        Map<Long, long[]> byAccount = unitOfWork.inTransaction(() -> {
            Map<Long, long[]> sums = new HashMap<>();
            try {
                fingerprints(RowFingerprints.FINANCIALS, 0, fromId, toId, to, sums);
                fingerprints(RowFingerprints.TICKERS, 2, fromId, toId, to, sums);
                fingerprints(RowFingerprints.STATES, 4, fromId, toId, to, sums);
            } catch (SQLException e) {
                throw failure("reading the fingerprints of accounts " + fromId + ".." + toId, e);
            }
            return sums;
        });
        Map<Long, RowsFingerprint> fingerprints = new HashMap<>();
        byAccount.forEach((id, v) -> fingerprints.put(id, new RowsFingerprint(v[0], v[1], v[2], v[3], v[4], v[5])));
        return fingerprints;
    }

    @Override
    public Optional<RowsFingerprint> fingerprint(SnapshotChanges computed) {
        return Optional.ofNullable(RowFingerprints.of(computed));
    }

    /** One table's fingerprints into slots {@code slot} (rows) and {@code slot + 1} (sum) of each account's six. */
    private void fingerprints(String sql, int slot, long fromId, long toId, LocalDate to, Map<Long, long[]> byAccount)
            throws SQLException {
        try (PreparedStatement ps = batches.connection().prepareStatement(sql)) {
            ps.setLong(1, fromId);
            ps.setLong(2, toId);
            ps.setObject(3, to);
            QueryCounter.countStatement();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] six = byAccount.computeIfAbsent(rs.getLong(1), id -> new long[6]);
                    six[slot] = rs.getLong(2);
                    // the server's exact sum, modulo 2^64 as the hashes are added here
                    six[slot + 1] = rs.getBigDecimal(3).toBigInteger().longValue();
                }
            }
        }
    }

    @Override
    public Map<Long, StoredSnapshots> stored(List<Long> accountIds, LocalDate to) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return unitOfWork.inTransaction(() -> {
            Map<Long, List<FinancialSnapshot>> financials;
            Map<Long, List<StateRow>> states;
            Map<Long, List<TickerSnapshot>> tickers;
            try {
                financials = readByAccounts(FINANCIALS, accountIds, to, MyBatisAccountRangeStore::financial);
                states = readByAccounts(STATES, accountIds, to,
                        (rs, id) -> new StateRow(id, rs.getObject(2, LocalDate.class), rs.getString(3)));
                tickers = readByAccounts(TICKERS, accountIds, to, MyBatisAccountRangeStore::ticker);
            } catch (SQLException e) {
                throw failure("reading the rows of " + accountIds.size() + " accounts", e);
            }
            return storedOf(accountIds, financials, tickers, states);
        });
    }

    /** A range query ({@code account_id BETWEEN ? AND ?}) for a list of accounts: {@code account_id IN (?, ...)}. */
    private <T> Map<Long, List<T>> readByAccounts(String rangeSql, List<Long> accountIds, LocalDate to,
            RowReader<T> reader) throws SQLException {
        if (accountIds.size() > MAX_IN_LIST) {
            // the server takes at most 65,535 parameters per statement
            Map<Long, List<T>> byAccount = new HashMap<>();
            for (int from = 0; from < accountIds.size(); from += MAX_IN_LIST) {
                byAccount.putAll(readByAccounts(rangeSql,
                        accountIds.subList(from, Math.min(accountIds.size(), from + MAX_IN_LIST)), to, reader));
            }
            return byAccount;
        }
        StringBuilder in = new StringBuilder("account_id IN (");
        for (int i = 0; i < accountIds.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        String sql = rangeSql.replace("account_id BETWEEN ? AND ?", in.append(')').toString());
        Map<Long, List<T>> byAccount = new HashMap<>();
        try (PreparedStatement ps = batches.connection().prepareStatement(sql)) {
            int i = 0;
            for (long id : accountIds) {
                ps.setLong(++i, id);
            }
            ps.setObject(++i, to);
            ps.setFetchSize(FETCH_SIZE);
            QueryCounter.countStatement();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    byAccount.computeIfAbsent(id, k -> new ArrayList<>()).add(reader.read(rs, id));
                }
            }
        }
        return byAccount;
    }

    /** Account ids per {@code IN} list at most: a range's differing accounts go in one statement per table. */
    static final int MAX_IN_LIST = 10_000;

    private static RuntimeException failure(String what, SQLException e) {
        if (Sql.isTimeout(e)) {
            return new StorageTimeoutException(what + " timed out: " + e.getMessage(), e);
        }
        return new PersistenceException(what + " failed: " + e.getMessage(), e);
    }

    /** Reads one row of a range query; its account id (column 1) is already read. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs, long accountId) throws SQLException;
    }

    /**
     * The rows of a range query by account, read by column position with plain JDBC (no reflective
     * mapping, no column lookup by name: a range holds hundreds of thousands of rows). The query
     * reads in key order: no sort on the server.
     */
    private <T> Map<Long, List<T>> readByAccount(String sql, long fromId, long toId, LocalDate to,
            RowReader<T> reader) throws SQLException {
        Map<Long, List<T>> byAccount = new HashMap<>();
        try (PreparedStatement ps = batches.connection().prepareStatement(sql)) {
            ps.setLong(1, fromId);
            ps.setLong(2, toId);
            ps.setObject(3, to);
            ps.setFetchSize(FETCH_SIZE);
            QueryCounter.countStatement();
            try (ResultSet rs = ps.executeQuery()) {
                long account = Long.MIN_VALUE;
                List<T> rows = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != account) {
                        account = id;
                        rows = byAccount.computeIfAbsent(id, k -> new ArrayList<>());
                    }
                    rows.add(reader.read(rs, id));
                }
            }
        }
        return byAccount;
    }

    private static FinancialSnapshot financial(ResultSet rs, long accountId) throws SQLException {
        LocalDate date = rs.getObject(2, LocalDate.class);
        String currency = rs.getString(3);
        long movementCount = rs.getLong(4);
        BigDecimal[] d = decimals(rs, 5, 12);
        boolean openTrades = rs.getBoolean(17);
        BigDecimal marketValue = rs.getBigDecimal(18);
        BigDecimal unrealizedPercentage = rs.getBigDecimal(19);
        int unpriced = rs.getInt(20);
        return Checks.restoring(() -> new FinancialSnapshot(accountId, date, Interned.currency(currency), movementCount,
                d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], openTrades, marketValue,
                unrealizedPercentage, unpriced));
    }

    private static TickerSnapshot ticker(ResultSet rs, long accountId) throws SQLException {
        LocalDate date = rs.getObject(2, LocalDate.class);
        String ticker = rs.getString(3);
        String currency = rs.getString(4);
        BigDecimal[] d = decimals(rs, 5, 15);
        boolean openTrades = rs.getBoolean(20);
        return Checks.restoring(() -> new TickerSnapshot(accountId, date, Interned.ticker(ticker),
                Interned.currency(currency), d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11],
                d[12], d[13], d[14], openTrades));
    }

    /** The states of an account as their stored text, compared later with the computed ones, never decoded here. */
    /** The stored rows of each account that has any, from the rows read for {@code ids}. */
    private static Map<Long, StoredSnapshots> storedOf(Collection<Long> ids, Map<Long, List<FinancialSnapshot>> financials,
            Map<Long, List<TickerSnapshot>> tickers, Map<Long, List<StateRow>> states) {
        Map<Long, StoredSnapshots> stored = new HashMap<>();
        for (long id : ids) {
            List<FinancialSnapshot> f = financials.getOrDefault(id, List.of());
            List<TickerSnapshot> t = tickers.getOrDefault(id, List.of());
            Map<LocalDate, StoredState> s = encoded(states.getOrDefault(id, List.of()));
            if (!f.isEmpty() || !t.isEmpty() || !s.isEmpty()) {
                stored.put(id, new StoredSnapshots(f, t, s));
            }
        }
        return stored;
    }

    private static Map<LocalDate, StoredState> encoded(List<StateRow> rows) {
        // One encoder per account: a run compares its states with these in date order.
        StateCodec.Encoder encoder = new StateCodec.Encoder();
        Map<LocalDate, StoredState> states = new HashMap<>();
        for (StateRow row : rows) {
            states.put(row.stateDate(), new EncodedState(row.accountId(), row.stateDate(), row.body(), encoder));
        }
        return states;
    }

    private static BigDecimal[] decimals(ResultSet rs, int first, int count) throws SQLException {
        BigDecimal[] values = new BigDecimal[count];
        for (int i = 0; i < count; i++) {
            values[i] = rs.getBigDecimal(first + i);
        }
        return values;
    }

    private static final int FETCH_SIZE = 1000;
    static final String FINANCIALS = "SELECT account_id, snapshot_date, currency, movement_count, deposited, withdrawn,"
            + " commissions, fees, dividends_received, options_income, other_income, realized_gains, net_cash_flow,"
            + " invested, unrealized_gains, realized_percentage, open_trades, market_value, unrealized_percentage,"
            + " unpriced_positions FROM financial_snapshot WHERE account_id BETWEEN ? AND ? AND snapshot_date <= ?"
            + " ORDER BY account_id, snapshot_date, currency";
    static final String STATES = "SELECT account_id, state_date, body FROM account_state"
            + " WHERE account_id BETWEEN ? AND ? AND state_date <= ? ORDER BY account_id, state_date";
    static final String TICKERS = "SELECT account_id, snapshot_date, ticker, currency, shares, cost_basis, invested,"
            + " realized, dividends, dividend_taxes, options_premium, commissions, fees, total_income, capital_deployed,"
            + " performance, market_price, market_value, unrealized_gains, open_trades FROM ticker_snapshot"
            + " WHERE account_id BETWEEN ? AND ? AND snapshot_date <= ? ORDER BY account_id, snapshot_date, ticker, currency";

    @Override
    public Set<Long> writeRange(List<AccountWrite> writes, List<MarkClear> clears) {
        return unitOfWork.inTransaction(() -> {
            Set<Long> moved = new HashSet<>();
            List<MarkClear> allClears = new ArrayList<>(clears);
            List<Long> written = new ArrayList<>();
            if (!writes.isEmpty()) {
                long fromId = writes.stream().mapToLong(AccountWrite::accountId).min().orElseThrow();
                long toId = writes.stream().mapToLong(AccountWrite::accountId).max().orElseThrow();
                Map<Long, DirtyMark> current = new HashMap<>();
                for (DirtyMarkRow row : mapper.lockDirtyMarks(fromId, toId)) {
                    current.put(row.accountId(), row.toDomain());
                }
                List<SnapshotChanges> changes = new ArrayList<>();
                for (AccountWrite write : writes) {
                    Optional<DirtyMark> now = Optional.ofNullable(current.get(write.accountId()));
                    if (!now.equals(write.expected())) {
                        moved.add(write.accountId());
                        continue;
                    }
                    changes.add(write.changes());
                    written.add(write.accountId());
                    if (now.isPresent() && now.get().dirtyFrom() != null) {
                        allClears.add(new MarkClear(write.accountId(), now.get().counter(), write.keepFrom()));
                    }
                }
                if (!changes.isEmpty()) {
                    SnapshotBatchWriter.write(batches.connection(), SnapshotChanges.concat(changes), dialect, true);
                }
            }
            try {
                clear(allClears);
                // the rows changed, so may the account's next contract expiry: the next refresh reads it
                // again from the latest stored state (as for an account migrated before next expiries were kept)
                batch(FORGET_NEXT_EXPIRY, written, (ps, id) -> ps.setLong(1, id));
            } catch (SQLException e) {
                throw new PersistenceException("clearing dirty marks failed: " + e.getMessage(), e);
            }
            return moved;
        });
    }

    @Override
    public void clearDirtyMarks(List<MarkClear> clears) {
        unitOfWork.run(() -> {
            try {
                clear(clears);
            } catch (SQLException e) {
                throw new PersistenceException("clearing dirty marks failed: " + e.getMessage(), e);
            }
        });
    }

    private void clear(List<MarkClear> clears) throws SQLException {
        List<MarkClear> plain = clears.stream().filter(c -> c.keepFrom() == null).toList();
        List<MarkClear> keeping = clears.stream().filter(c -> c.keepFrom() != null).toList();
        batch(CLEAR_MARK, plain, (ps, c) -> {
            ps.setLong(1, c.accountId());
            ps.setLong(2, c.counter());
        });
        batch(CLEAR_MARK_KEEPING, keeping, (ps, c) -> {
            ps.setObject(1, c.keepFrom());
            ps.setLong(2, c.accountId());
            ps.setLong(3, c.counter());
        });
    }

    @Override
    public void appendRuns(List<RunRecord> runs) {
        unitOfWork.run(() -> {
            try {
                batch(INSERT_RUN, runs, (ps, run) -> {
                    RunLogRow r = RunLogRow.from(run);
                    int i = 0;
                    ps.setLong(++i, r.accountId());
                    text(ps, ++i, r.runTrigger());
                    text(ps, ++i, r.requested());
                    text(ps, ++i, r.used());
                    text(ps, ++i, r.strategyReason());
                    text(ps, ++i, r.fallbackReason());
                    ps.setObject(++i, r.fromDate());
                    ps.setObject(++i, r.toDate());
                    ps.setInt(++i, r.dates());
                    for (Integer rows : new Integer[] {r.rowsA(), r.rowsB(), r.rowsC(), r.rowsD(), r.rowsE(), r.rowsF(),
                        r.rowsG(), r.rowsH()}) {
                        if (rows == null) {
                            ps.setNull(++i, Types.NULL);
                        } else {
                            ps.setInt(++i, rows);
                        }
                    }
                    ps.setInt(++i, r.movements());
                    ps.setLong(++i, r.loadMs());
                    ps.setLong(++i, r.calcMs());
                    ps.setLong(++i, r.persistMs());
                    ps.setLong(++i, r.totalMs());
                    ps.setLong(++i, r.queries());
                    text(ps, ++i, r.status());
                    text(ps, ++i, r.error());
                    ps.setObject(++i, r.startedAt());
                });
            } catch (SQLException e) {
                throw new PersistenceException("writing the run log failed: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public Optional<JobRecord> runningJob(String scope) {
        return unitOfWork.inTransaction(() -> {
            try (PreparedStatement ps = batches.connection().prepareStatement(RUNNING_JOB)) {
                ps.setString(1, scope);
                QueryCounter.countStatement();
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long done = rs.getLong(3);
                    Long doneThrough = rs.wasNull() ? null : done;
                    return Optional.of(new JobRecord(rs.getLong(1), utc(rs.getObject(2, LocalDateTime.class)), doneThrough));
                }
            } catch (SQLException e) {
                throw new PersistenceException("reading the rebuild jobs failed: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public long startJob(String scope, Instant at) {
        return unitOfWork.inTransaction(() -> {
            Connection connection = batches.connection();
            try (PreparedStatement supersede = connection.prepareStatement(SUPERSEDE_JOBS);
                    PreparedStatement insert = connection.prepareStatement(INSERT_JOB, Statement.RETURN_GENERATED_KEYS)) {
                supersede.setObject(1, utc(at));
                supersede.setString(2, scope);
                supersede.executeUpdate();
                QueryCounter.countStatement();
                insert.setString(1, scope);
                insert.setObject(2, utc(at));
                insert.setObject(3, utc(at));
                insert.executeUpdate();
                QueryCounter.countStatement();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            } catch (SQLException e) {
                throw new PersistenceException("recording a rebuild job failed: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void jobProgress(long jobId, long doneThrough, Instant at) {
        unitOfWork.run(() -> {
            update(JOB_PROGRESS, at, jobId, doneThrough);
        });
    }

    @Override
    public void finishJob(long jobId, Instant at) {
        unitOfWork.run(() -> {
            update(FINISH_JOB, at, jobId, null);
        });
    }

    private void update(String sql, Instant at, long jobId, Long doneThrough) {
        try (PreparedStatement ps = batches.connection().prepareStatement(sql)) {
            int i = 0;
            ps.setObject(++i, utc(at));
            if (doneThrough != null) {
                ps.setLong(++i, doneThrough);
            }
            ps.setLong(++i, jobId);
            ps.executeUpdate();
            QueryCounter.countStatement();
        } catch (SQLException e) {
            throw new PersistenceException("recording a rebuild job's progress failed: " + e.getMessage(), e);
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant utc(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC);
    }

    static final String RUNNING_JOB = "SELECT id, started_at, done_through FROM rebuild_job"
            + " WHERE scope = ? AND status = 'RUNNING' ORDER BY id DESC LIMIT 1";
    static final String SUPERSEDE_JOBS = "UPDATE rebuild_job SET status = 'SUPERSEDED', updated_at = ?"
            + " WHERE scope = ? AND status = 'RUNNING'";
    static final String INSERT_JOB = "INSERT INTO rebuild_job (scope, started_at, status, updated_at)"
            + " VALUES (?, ?, 'RUNNING', ?)";
    static final String JOB_PROGRESS = "UPDATE rebuild_job SET updated_at = ?, done_through = ? WHERE id = ?";
    static final String FINISH_JOB = "UPDATE rebuild_job SET updated_at = ?, status = 'FINISHED' WHERE id = ?";
    static final String CLEAR_MARK = "UPDATE dirty_mark SET dirty_from = NULL, claimed_by = NULL, claimed_until = NULL"
            + " WHERE account_id = ? AND counter = ? AND dirty_from IS NOT NULL";
    static final String CLEAR_MARK_KEEPING = "UPDATE dirty_mark SET dirty_from = ?, counter = counter + 1,"
            + " claimed_by = NULL, claimed_until = NULL WHERE account_id = ? AND counter = ? AND dirty_from IS NOT NULL";
    static final String FORGET_NEXT_EXPIRY = "INSERT INTO dirty_mark (account_id, dirty_from, counter, expiry_known)"
            + " VALUES (?, NULL, 0, FALSE) ON DUPLICATE KEY UPDATE expiry_known = FALSE";
    static final String INSERT_RUN = "INSERT INTO run_log (account_id, run_trigger, requested, used, strategy_reason,"
            + " fallback_reason, from_date, to_date, dates, rows_a, rows_b, rows_c, rows_d, rows_e, rows_f, rows_g,"
            + " rows_h, movements, load_ms, calc_ms, persist_ms, total_ms, queries, status, error, started_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /** One JDBC batch on the transaction's connection, counted as one statement. */
    private <T> void batch(String sql, List<T> rows, Binder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = batches.connection().prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
            QueryCounter.countStatement();
        }
    }

    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else {
            ps.setString(index, value);
        }
    }
}
