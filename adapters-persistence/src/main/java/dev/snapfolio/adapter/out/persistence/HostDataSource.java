package dev.snapfolio.adapter.out.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * An application's own pool, used as it is, its schema migrated on the first connection (unless
 * the application migrates it itself). Every user of a connection sets its autocommit, so the
 * pool's default does not matter. Deliberately not {@link AutoCloseable}: the pool belongs to the
 * application, so closing Snapfolio never closes it.
 */
final class HostDataSource implements DataSource {
    private final DataSource pool;
    private final boolean migrate;
    private volatile boolean migrated;

    HostDataSource(DataSource pool, boolean migrate) {
        this.pool = Objects.requireNonNull(pool, "dataSource");
        this.migrate = migrate;
    }

    private void migrateOnce() {
        if (!migrate || migrated) {
            return;
        }
        synchronized (this) {
            if (!migrated) {
                SchemaMigrator.migrate(pool);
                migrated = true;
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        migrateOnce();
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        migrateOnce();
        return pool.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
