package dev.snapfolio.bootstrap.reliability;

import dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC on the database a {@link Cli} home uses, for checks the commands do not show. */
final class Database {
    private final String url;
    private final String user;
    private final String password;

    private Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The database {@code cli}'s commands use: SNAPFOLIO_DB_URL's server when it follows it, else its embedded one. */
    static Database of(Cli cli) {
        return of(cli, cli.usesExternalServer());
    }

    static Database of(Cli cli, boolean followEnvironment) {
        String external = followEnvironment ? System.getenv("SNAPFOLIO_DB_URL") : null;
        if (external != null && !external.isBlank()) {
            return new Database(external.replace("jdbc:mysql:", "jdbc:mariadb:"),
                    System.getenv().getOrDefault("SNAPFOLIO_DB_USER", "root"),
                    System.getenv().getOrDefault("SNAPFOLIO_DB_PASSWORD", ""));
        }
        EmbeddedMariaDb server = new EmbeddedMariaDb(cli.home().resolve("db"));
        // the embedded server is private to its owner: its endpoint carries the generated credentials
        EmbeddedMariaDb.Endpoint endpoint = server.ensureRunning(true);
        return new Database(endpoint.jdbcUrl("snapfolio"), endpoint.user(), endpoint.password());
    }

    static Path dataDir(Cli cli) {
        return cli.home().resolve("db");
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    long accountId(String name) {
        return number("SELECT id FROM account WHERE name = ?", name);
    }

    /** Whether the account is dirty (a cleared mark keeps its row, with no date). */
    boolean dirty(String account) {
        return number("SELECT COUNT(*) FROM dirty_mark d JOIN account a ON a.id = d.account_id WHERE a.name = ?"
                + " AND d.dirty_from IS NOT NULL",
                account) > 0;
    }

    /** The account's dirty mark as "from/counter", or "none". */
    String mark(String account) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT d.* FROM dirty_mark d"
                + " JOIN account a ON a.id = d.account_id WHERE a.name = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "none";
                }
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    sb.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                }
                return sb.toString().trim();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long financialRows(String account) {
        return number("SELECT COUNT(*) FROM financial_snapshot f JOIN account a ON a.id = f.account_id"
                + " WHERE a.name = ?", account);
    }

    long movements(String account) {
        return number("SELECT COUNT(*) FROM movement m JOIN account a ON a.id = m.account_id WHERE a.name = ?", account);
    }

    long runs(String account, String status) {
        return number("SELECT COUNT(*) FROM run_log r JOIN account a ON a.id = r.account_id WHERE a.name = ?"
                + " AND r.status = '" + status + "'", account);
    }

    /**
     * Removes the account's stored snapshots and states and marks it dirty from its first date: what
     * an import whose run was deferred (or failed) leaves.
     */
    void clearSnapshots(String account) {
        long id = accountId(account);
        try (Connection c = connect()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dirty_mark (account_id, dirty_from, counter)"
                    + " SELECT ?, MIN(business_date), 1 FROM movement WHERE account_id = ?"
                    + " ON DUPLICATE KEY UPDATE dirty_from = VALUES(dirty_from), counter = counter + 1")) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            for (String table : new String[] {"ticker_snapshot", "financial_snapshot", "account_state"}) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE account_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long number(String sql, String parameter) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
