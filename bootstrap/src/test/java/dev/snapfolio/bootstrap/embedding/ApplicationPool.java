package dev.snapfolio.bootstrap.embedding;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.snapfolio.adapter.out.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * What an embedding application brings: its own pool (HikariCP with its defaults), here on a fresh,
 * empty database of a test server — the embedded one of this JVM, or the external one of
 * SNAPFOLIO_DB_URL — dropped again on close.
 */
final class ApplicationPool implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/?]+)(/[^?]*)?(\\?.*)?");

    private final TestDatabase server;
    private final String database;
    private final HikariDataSource pool;

    private ApplicationPool(TestDatabase server, boolean autoCommit) {
        this.server = server;
        this.database = "snapfolio_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server.dataSource(), "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        // the same server and credentials as the test database, another database
        HikariDataSource serverPool = unwrap(server.dataSource());
        HikariConfig config = new HikariConfig();
        config.setPoolName("application");
        config.setJdbcUrl(withDatabase(serverPool.getJdbcUrl(), database));
        config.setUsername(serverPool.getUsername());
        config.setPassword(serverPool.getPassword());
        config.setMaximumPoolSize(4);
        config.setAutoCommit(autoCommit);
        this.pool = new HikariDataSource(config);
    }

    static ApplicationPool onEmbeddedServer() {
        return new ApplicationPool(TestDatabase.embedded(), true);
    }

    /** A pool whose connections come out of autocommit, as some applications configure theirs. */
    static ApplicationPool onEmbeddedServerWithoutAutocommit() {
        return new ApplicationPool(TestDatabase.embedded(), false);
    }

    static Optional<ApplicationPool> onExternalServer() {
        return TestDatabase.external().map(server -> new ApplicationPool(server, true));
    }

    DataSource dataSource() {
        return pool;
    }

    /** Rows of a table, counted on a connection of the pool itself, outside Snapfolio. */
    long count(String table) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isOpen() {
        return !pool.isClosed();
    }

    @Override
    public void close() {
        pool.close();
        execute(server.dataSource(), "DROP DATABASE IF EXISTS " + database);
    }

    static String withDatabase(String url, String database) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a MariaDB URL: " + url);
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    private static HikariDataSource unwrap(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "': " + e.getMessage(), e);
        }
    }
}
