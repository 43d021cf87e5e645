package dev.snapfolio.adapter.out.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool, opened on the first connection asked for: building the injector (which MyBatis' Guice
 * module does eagerly) never starts a server or connects, so a command that needs no database
 * (or {@code db status}) pays nothing, and a bad configuration fails at first use with a
 * {@link DatabaseException} rather than inside the injector's creation.
 */
final class LazyDataSource implements DataSource, AutoCloseable {
    private final DatabaseSettings settings;
    private volatile HikariDataSource pool;

    LazyDataSource(DatabaseSettings settings) {
        this.settings = settings;
    }

    private HikariDataSource pool() {
        HikariDataSource p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    HikariDataSource opened = ConnectionFactory.open(settings);
                    try {
                        SchemaMigrator.migrate(opened);
                    } catch (RuntimeException e) {
                        opened.close();
                        throw e;
                    }
                    pool = opened;
                    p = opened;
                }
            }
        }
        return p;
    }

    /** Drops a connection from the pool instead of reusing it. */
    void evict(Connection connection) {
        HikariDataSource p = pool;
        if (p != null) {
            p.evictConnection(connection);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        // the pool has its own timeouts
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return pool().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool().isWrapperFor(iface);
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
