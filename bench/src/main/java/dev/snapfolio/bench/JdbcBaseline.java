package dev.snapfolio.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The persistence baseline: the rows a run stored for an account, inserted again with nothing but a
 * JDBC {@link PreparedStatement} batch, in one transaction, into scratch copies of the snapshot
 * tables ({@code CREATE TABLE … LIKE}, dropped afterwards). Same connection settings as the store.
 */
final class JdbcBaseline {
    /** The tables a processing run writes (the persistence adapter's schema). */
    static final List<String> TABLES = List.of("financial_snapshot", "ticker_snapshot", "account_state");
    private static final int BATCH_SIZE = 1_000;

    private final DataSource dataSource;

    JdbcBaseline(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rows of one table, materialized so the timed insert reads nothing. */
    record TableRows(String table, List<String> columns, List<Object[]> values) {
    }

    List<TableRows> read(long accountId) {
        List<TableRows> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : TABLES) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE account_id = ?")) {
                    ps.setLong(1, accountId);
                    try (ResultSet rs = ps.executeQuery()) {
                        ResultSetMetaData meta = rs.getMetaData();
                        List<String> columns = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            columns.add(meta.getColumnName(i));
                        }
                        List<Object[]> values = new ArrayList<>();
                        while (rs.next()) {
                            Object[] row = new Object[columns.size()];
                            for (int i = 0; i < row.length; i++) {
                                row[i] = rs.getObject(i + 1);
                            }
                            values.add(row);
                        }
                        result.add(new TableRows(table, columns, values));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the stored rows failed: " + e.getMessage(), e);
        }
        return result;
    }

    /** Inserts the rows into empty scratch tables; returns the milliseconds of the inserts and the commit. */
    double insertIntoScratch(List<TableRows> tables) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                for (TableRows t : tables) {
                    st.execute("DROP TABLE IF EXISTS " + scratch(t.table()));
                    st.execute("CREATE TABLE " + scratch(t.table()) + " LIKE " + t.table());
                }
            }
            try {
                c.setAutoCommit(false);
                long started = System.nanoTime();
                for (TableRows t : tables) {
                    String sql = "INSERT INTO " + scratch(t.table()) + " (" + String.join(", ", t.columns())
                            + ") VALUES (" + "?, ".repeat(t.columns().size() - 1) + "?)";
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        int pending = 0;
                        for (Object[] row : t.values()) {
                            for (int i = 0; i < row.length; i++) {
                                ps.setObject(i + 1, row[i]);
                            }
                            ps.addBatch();
                            if (++pending == BATCH_SIZE) {
                                ps.executeBatch();
                                pending = 0;
                            }
                        }
                        if (pending > 0) {
                            ps.executeBatch();
                        }
                    }
                }
                c.commit();
                return (System.nanoTime() - started) / 1e6;
            } finally {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    for (TableRows t : tables) {
                        st.execute("DROP TABLE IF EXISTS " + scratch(t.table()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the plain JDBC insert failed: " + e.getMessage(), e);
        }
    }

    /** "MariaDB 11.4.5" from the server, without the URL (which may carry credentials). */
    String describeDatabase() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unknown database (" + e.getMessage() + ")";
        }
    }

    private static String scratch(String table) {
        return "bench_scratch_" + table;
    }
}
