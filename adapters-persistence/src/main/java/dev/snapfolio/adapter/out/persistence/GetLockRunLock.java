package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRunLock;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    /** How long taking many locks at once waits for a lock connection permit. */
    private static final Duration MANY_PERMIT_WAIT = Duration.ofSeconds(2);
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

    /**
     * The locks of many accounts in one statement ({@code SELECT GET_LOCK(?, 0), ...}) on one
     * connection of its own, held until the lease is closed (one more statement releases them).
     */
    @Override
    public ManyLease tryAcquireAll(Collection<Long> accountIds) {
        if (accountIds.isEmpty() || !permits.acquire(MANY_PERMIT_WAIT)) {
            return new ManyLease(Set.of(), () -> { });
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            List<String> names = new ArrayList<>();
            for (long id : accountIds) {
                names.add(lockName(connection, id));
            }
            Set<Long> held = new LinkedHashSet<>();
            List<String> heldNames = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + String.join(", ", Collections.nCopies(names.size(), "GET_LOCK(?, 0)")))) {
                for (int i = 0; i < names.size(); i++) {
                    ps.setString(i + 1, names.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int i = 0;
                    for (long id : accountIds) {
                        if (rs.getInt(i + 1) == 1 && !rs.wasNull()) {
                            held.add(id);
                            heldNames.add(names.get(i));
                        }
                        i++;
                    }
                }
            }
            Connection lockConnection = connection;
            connection = null;
            return new ManyLease(held, new GetLockLease(dataSource, lockConnection, heldNames, permits));
        } catch (SQLException e) {
            permits.release();
            throw new IllegalStateException("cannot take the run locks of " + accountIds.size() + " accounts: "
                    + e.getMessage(), e);
        } finally {
            closeQuietly(connection);
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
                        return Optional.of(new GetLockLease(dataSource, held, List.of(name), permits));
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
        private final List<String> names;
        private final RunLockPermits permits;
        private boolean closed;

        GetLockLease(DataSource dataSource, Connection connection, List<String> names, RunLockPermits permits) {
            this.dataSource = dataSource;
            this.connection = connection;
            this.names = List.copyOf(names);
            this.permits = permits;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (!names.isEmpty()) {
                    release();
                }
            } catch (SQLException e) {
                // Do not pool a session that may still hold the lock: end it, and the server drops it.
                LOG.debug("releasing {} failed: {}", names, e.getMessage());
                if (dataSource instanceof LazyDataSource pool) {
                    pool.evict(connection);
                }
            } finally {
                closeQuietly(connection);
                permits.release();
            }
        }

        private void release() throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + String.join(", ", Collections.nCopies(names.size(), "RELEASE_LOCK(?)")))) {
                for (int i = 0; i < names.size(); i++) {
                    ps.setString(i + 1, names.get(i));
                }
                ps.executeQuery().close();
            }
        }
    }
}
