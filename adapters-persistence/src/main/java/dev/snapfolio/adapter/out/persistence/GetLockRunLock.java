package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRunLock;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run per account: MariaDB's GET_LOCK on a connection of its own, held for the whole run. The
 * lock lives as long as that connection's session, so it spans every commit of a per-date run, and
 * it is released by the server when the process dies. Lock names include the schema, so databases
 * sharing a server do not block each other.
 */
class GetLockRunLock implements AccountRunLock {
    private static final Logger LOG = LoggerFactory.getLogger(GetLockRunLock.class);
    private final DataSource dataSource;
    private final RunLockPermits permits;

    @Inject
    GetLockRunLock(DataSource dataSource, RunLockPermits permits) {
        this.dataSource = dataSource;
        this.permits = permits;
    }

    @Override
    public Optional<Lease> tryAcquire(long accountId, Duration wait) {
        long started = System.nanoTime();
        if (!permits.acquire(wait)) {
            return Optional.empty();
        }
        Duration left = wait.minusNanos(System.nanoTime() - started);
        Optional<Lease> lease = Optional.empty();
        try {
            lease = takeLock(accountId, left.isNegative() ? Duration.ZERO : left);
            return lease;
        } finally {
            if (lease.isEmpty()) {
                permits.release();
            }
        }
    }

    private Optional<Lease> takeLock(long accountId, Duration wait) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            String name = lockName(connection, accountId);
            try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                ps.setString(1, name);
                ps.setBigDecimal(2, BigDecimal.valueOf(Math.max(0, wait.toMillis()), 3));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 1 && !rs.wasNull()) {
                        Connection held = connection;
                        connection = null;
                        return Optional.of(new GetLockLease(dataSource, held, name, permits));
                    }
                    return Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the run lock of account #" + accountId + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static String lockName(Connection connection, long accountId) throws SQLException {
        String schema = connection.getCatalog();
        // GET_LOCK names are at most 64 characters.
        String name = "snapfolio." + (schema == null ? "" : schema) + ".run." + accountId;
        return name.length() <= 64 ? name : "snapfolio." + Integer.toHexString(name.hashCode()) + ".run." + accountId;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing a lock connection failed: {}", e.getMessage());
            }
        }
    }

    private static final class GetLockLease implements Lease {
        private final DataSource dataSource;
        private final Connection connection;
        private final String name;
        private final RunLockPermits permits;
        private boolean closed;

        GetLockLease(DataSource dataSource, Connection connection, String name, RunLockPermits permits) {
            this.dataSource = dataSource;
            this.connection = connection;
            this.name = name;
            this.permits = permits;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                ps.setString(1, name);
                ps.executeQuery().close();
            } catch (SQLException e) {
                // Do not pool a session that may still hold the lock: end it, and the server drops it.
                LOG.debug("releasing {} failed: {}", name, e.getMessage());
                if (dataSource instanceof LazyDataSource pool) {
                    pool.evict(connection);
                }
            } finally {
                closeQuietly(connection);
                permits.release();
            }
        }
    }
}
