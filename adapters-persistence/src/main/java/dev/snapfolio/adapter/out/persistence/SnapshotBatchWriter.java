package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.StateCodec;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.StorageTimeoutException;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Writes snapshot changes as plain JDBC batches — one per statement kind that has rows — on the
 * connection it is given (the caller's transaction). Binding each row's values in a fixed order
 * avoids MyBatis' per-row parameter reflection, which cost more than the server's own work on the
 * wide snapshot rows. Constant SQL with {@code ?} parameters only, the same statements as
 * {@code SnapshotMapper.xml} (the state upsert is the {@link Dialect}'s); NULLs bound as {@link Types#NULL} (as the mappers do), so the driver
 * can send each batch as one bulk or multi-row request; a batch holds at most {@link #MAX_BATCH_ROWS}
 * rows, and state bodies go in batches of at most {@link #MAX_BATCH_TEXT} characters. Each executed
 * batch counts as one statement ({@link QueryCounter}). Deletes go first, so a key deleted and inserted again in one
 * run does not collide.
 */
final class SnapshotBatchWriter {
    static final String DELETE_TICKER = "DELETE FROM ticker_snapshot WHERE account_id = ? AND snapshot_date = ?"
            + " AND ticker = ? AND currency = ?";
    static final String DELETE_FINANCIAL = "DELETE FROM financial_snapshot WHERE account_id = ? AND snapshot_date = ?"
            + " AND currency = ?";
    static final String DELETE_STATE = "DELETE FROM account_state WHERE account_id = ? AND state_date = ?";
    static final String UPDATE_FINANCIAL = "UPDATE financial_snapshot SET movement_count = ?, deposited = ?,"
            + " withdrawn = ?, commissions = ?, fees = ?, dividends_received = ?, options_income = ?,"
            + " other_income = ?, realized_gains = ?, net_cash_flow = ?, invested = ?, unrealized_gains = ?,"
            + " realized_percentage = ?, open_trades = ?, market_value = ?, unrealized_percentage = ?,"
            + " unpriced_positions = ? WHERE account_id = ? AND snapshot_date = ? AND currency = ?";
    static final String UPDATE_TICKER = "UPDATE ticker_snapshot SET shares = ?, cost_basis = ?, invested = ?,"
            + " realized = ?, dividends = ?, dividend_taxes = ?, options_premium = ?, commissions = ?, fees = ?,"
            + " total_income = ?, capital_deployed = ?, performance = ?, market_price = ?, market_value = ?,"
            + " unrealized_gains = ?, open_trades = ? WHERE account_id = ? AND snapshot_date = ? AND ticker = ?"
            + " AND currency = ?";
    static final String INSERT_FINANCIAL = "INSERT INTO financial_snapshot (account_id, snapshot_date, currency,"
            + " movement_count, deposited, withdrawn, commissions, fees, dividends_received, options_income,"
            + " other_income, realized_gains, net_cash_flow, invested, unrealized_gains, realized_percentage,"
            + " open_trades, market_value, unrealized_percentage, unpriced_positions)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_TICKER = "INSERT INTO ticker_snapshot (account_id, snapshot_date, ticker, currency,"
            + " shares, cost_basis, invested, realized, dividends, dividend_taxes, options_premium, commissions, fees,"
            + " total_income, capital_deployed, performance, market_price, market_value, unrealized_gains,"
            + " open_trades) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private SnapshotBatchWriter() {
    }

    /**
     * Text bound per executed batch at most (state bodies): the driver sends a batch it cannot send
     * in bulk as multi-row statements, and its size estimate for those can fall short of the escaped
     * JSON, which the server then refuses as larger than its max_allowed_packet (16 MB by default).
     */
    static final int MAX_BATCH_TEXT = 4 * 1024 * 1024;

    /**
     * Rows per executed batch at most: the rows of a whole range of accounts (hundreds of thousands)
     * sent as one batch make requests the server refuses as larger than its max_allowed_packet,
     * and it closes the connection. 10,000 wide snapshot rows stay below 4 MB.
     */
    static final int MAX_BATCH_ROWS = 10_000;

    /** Binds one row's parameters; returns the length of the variable-size text it bound. */
    @FunctionalInterface
    private interface Binder<T> {
        int bind(Binding b, T row) throws SQLException;
    }

    /** Rows of an insert kind from which a bulk write loads them with {@link LocalInfileLoader} rather than INSERTs. */
    static final int LOAD_DATA_MIN_ROWS = 1_000;

    static final String FINANCIAL_COLUMNS = "account_id, snapshot_date, currency, movement_count, deposited, withdrawn,"
            + " commissions, fees, dividends_received, options_income, other_income, realized_gains, net_cash_flow,"
            + " invested, unrealized_gains, realized_percentage, open_trades, market_value, unrealized_percentage,"
            + " unpriced_positions";
    static final String TICKER_COLUMNS = "account_id, snapshot_date, ticker, currency, shares, cost_basis, invested,"
            + " realized, dividends, dividend_taxes, options_premium, commissions, fees, total_income, capital_deployed,"
            + " performance, market_price, market_value, unrealized_gains, open_trades";

    /** Writes {@code changes}; the state upsert is the {@code dialect}'s. */
    static void write(Connection connection, SnapshotChanges changes, Dialect dialect) {
        write(connection, changes, dialect, false);
    }

    /**
     * Writes {@code changes}; with {@code bulk}, an insert kind (financial rows, ticker rows, states)
     * of at least {@link #LOAD_DATA_MIN_ROWS} rows is loaded with {@code LOAD DATA LOCAL INFILE}
     * (batched INSERTs when the server refuses it).
     */
    static void write(Connection connection, SnapshotChanges changes, Dialect dialect, boolean bulk) {
        try {
            batch(connection, DELETE_TICKER, changes.deleteTickers(), (b, k) -> {
                b.id(k.accountId()).date(k.date()).text(k.ticker().symbol()).text(k.currency().code());
                return 0;
            });
            batch(connection, DELETE_FINANCIAL, changes.deleteFinancials(), (b, k) -> {
                b.id(k.accountId()).date(k.date()).text(k.currency().code());
                return 0;
            });
            batch(connection, DELETE_STATE, changes.deleteStates(), (b, k) -> {
                b.id(k.accountId()).date(k.date());
                return 0;
            });
            batch(connection, UPDATE_FINANCIAL, changes.updateFinancials(), (b, f) -> {
                financialFigures(b, f);
                b.id(f.accountId()).date(f.date()).text(f.currency().code());
                return 0;
            });
            batch(connection, UPDATE_TICKER, changes.updateTickers(), (b, t) -> {
                tickerFigures(b, t);
                b.id(t.accountId()).date(t.date()).text(t.ticker().symbol()).text(t.currency().code());
                return 0;
            });
            if (bulk && changes.insertFinancials().size() >= LOAD_DATA_MIN_ROWS
                    && LocalInfileLoader.load(connection, "financial_snapshot", FINANCIAL_COLUMNS, false,
                            changes.insertFinancials(), SnapshotBatchWriter::financialLine)) {
                changes = withoutInsertedFinancials(changes);
            }
            if (bulk && changes.insertTickers().size() >= LOAD_DATA_MIN_ROWS
                    && LocalInfileLoader.load(connection, "ticker_snapshot", TICKER_COLUMNS, false,
                            changes.insertTickers(), SnapshotBatchWriter::tickerLine)) {
                changes = withoutInsertedTickers(changes);
            }
            if (bulk && changes.upsertStates().size() >= LOAD_DATA_MIN_ROWS) {
                StateCodec.Encoder encoder = new StateCodec.Encoder();
                if (LocalInfileLoader.load(connection, "account_state", "account_id, state_date, body", true,
                        changes.upsertStates(), (line, s) -> line.id(s.accountId()).date(StateRow.requireDate(s))
                                .text(encoder.encode(s)))) {
                    changes = withoutUpsertedStates(changes);
                }
            }
            batch(connection, INSERT_FINANCIAL, changes.insertFinancials(), (b, f) -> {
                b.id(f.accountId()).date(f.date()).text(f.currency().code());
                financialFigures(b, f);
                return 0;
            });
            batch(connection, INSERT_TICKER, changes.insertTickers(), (b, t) -> {
                b.id(t.accountId()).date(t.date()).text(t.ticker().symbol()).text(t.currency().code());
                tickerFigures(b, t);
                return 0;
            });
            StateCodec.Encoder encoder = new StateCodec.Encoder();
            batch(connection, dialect.upsertState(), changes.upsertStates(), (b, s) -> {
                LocalDate date = StateRow.requireDate(s);
                String body = encoder.encode(s);
                b.id(s.accountId()).date(date).text(body);
                return body.length();
            });
        } catch (SQLException e) {
            if (Sql.isTimeout(e)) {
                throw new StorageTimeoutException("writing snapshots timed out: " + e.getMessage(), e);
            }
            throw new PersistenceException("writing snapshots failed: " + e.getMessage(), e);
        }
    }

    private static void financialLine(LocalInfileLoader.Line l, FinancialSnapshot f) {
        l.id(f.accountId()).date(f.date()).text(f.currency().code()).id(f.movementCount()).dec(f.deposited())
                .dec(f.withdrawn()).dec(f.commissions()).dec(f.fees()).dec(f.dividendsReceived())
                .dec(f.optionsIncome()).dec(f.otherIncome()).dec(f.realizedGains()).dec(f.netCashFlow())
                .dec(f.invested()).dec(f.unrealizedGains()).dec(f.realizedPercentage()).flag(f.openTrades())
                .dec(f.marketValue()).dec(f.unrealizedPercentage()).count(f.unpricedPositions());
    }

    private static void tickerLine(LocalInfileLoader.Line l, TickerSnapshot t) {
        l.id(t.accountId()).date(t.date()).text(t.ticker().symbol()).text(t.currency().code()).dec(t.shares())
                .dec(t.costBasis()).dec(t.invested()).dec(t.realized()).dec(t.dividends()).dec(t.dividendTaxes())
                .dec(t.optionsPremium()).dec(t.commissions()).dec(t.fees()).dec(t.totalIncome())
                .dec(t.capitalDeployed()).dec(t.performance()).dec(t.marketPrice()).dec(t.marketValue())
                .dec(t.unrealizedGains()).flag(t.openTrades());
    }

    private static SnapshotChanges withoutInsertedFinancials(SnapshotChanges c) {
        return new SnapshotChanges(List.of(), c.updateFinancials(), c.deleteFinancials(), c.insertTickers(),
                c.updateTickers(), c.deleteTickers(), c.upsertStates(), c.deleteStates());
    }

    private static SnapshotChanges withoutInsertedTickers(SnapshotChanges c) {
        return new SnapshotChanges(c.insertFinancials(), c.updateFinancials(), c.deleteFinancials(), List.of(),
                c.updateTickers(), c.deleteTickers(), c.upsertStates(), c.deleteStates());
    }

    private static SnapshotChanges withoutUpsertedStates(SnapshotChanges c) {
        return new SnapshotChanges(c.insertFinancials(), c.updateFinancials(), c.deleteFinancials(),
                c.insertTickers(), c.updateTickers(), c.deleteTickers(), List.of(), c.deleteStates());
    }

    /** movement_count … unpriced_positions, in column order. */
    private static void financialFigures(Binding b, FinancialSnapshot f) throws SQLException {
        b.id(f.movementCount()).dec(f.deposited()).dec(f.withdrawn()).dec(f.commissions()).dec(f.fees())
                .dec(f.dividendsReceived()).dec(f.optionsIncome()).dec(f.otherIncome()).dec(f.realizedGains())
                .dec(f.netCashFlow()).dec(f.invested()).dec(f.unrealizedGains()).dec(f.realizedPercentage())
                .flag(f.openTrades()).dec(f.marketValue()).dec(f.unrealizedPercentage()).count(f.unpricedPositions());
    }

    /** shares … open_trades, in column order. */
    private static void tickerFigures(Binding b, TickerSnapshot t) throws SQLException {
        b.dec(t.shares()).dec(t.costBasis()).dec(t.invested()).dec(t.realized()).dec(t.dividends())
                .dec(t.dividendTaxes()).dec(t.optionsPremium()).dec(t.commissions()).dec(t.fees())
                .dec(t.totalIncome()).dec(t.capitalDeployed()).dec(t.performance()).dec(t.marketPrice())
                .dec(t.marketValue()).dec(t.unrealizedGains()).flag(t.openTrades());
    }

    private static <T> void batch(Connection connection, String sql, List<T> rows, Binder<T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Binding binding = new Binding(ps);
            long text = 0;
            int pending = 0;
            for (T row : rows) {
                binding.index = 0;
                text += binder.bind(binding, row);
                ps.addBatch();
                pending++;
                if (text >= MAX_BATCH_TEXT || pending >= MAX_BATCH_ROWS) {
                    execute(ps);
                    text = 0;
                    pending = 0;
                }
            }
            if (pending > 0) {
                execute(ps);
            }
        }
    }

    private static void execute(PreparedStatement ps) throws SQLException {
        ps.executeBatch();
        QueryCounter.countStatement();
    }

    /** Sets the parameters of one row in order. */
    private static final class Binding {
        private final PreparedStatement ps;
        private int index;

        Binding(PreparedStatement ps) {
            this.ps = ps;
        }

        Binding id(long value) throws SQLException {
            ps.setLong(++index, value);
            return this;
        }

        Binding count(int value) throws SQLException {
            ps.setInt(++index, value);
            return this;
        }

        Binding flag(boolean value) throws SQLException {
            ps.setBoolean(++index, value);
            return this;
        }

        Binding date(LocalDate value) throws SQLException {
            ps.setObject(++index, value);
            return this;
        }

        Binding text(String value) throws SQLException {
            if (value == null) {
                ps.setNull(++index, Types.NULL);
            } else {
                ps.setString(++index, value);
            }
            return this;
        }

        Binding dec(BigDecimal value) throws SQLException {
            if (value == null) {
                ps.setNull(++index, Types.NULL);
            } else {
                ps.setBigDecimal(++index, value);
            }
            return this;
        }
    }
}
