package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.snapfolio.application.port.out.StorageTimeoutException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.session.RowBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's timeouts reach the application as {@link StorageTimeoutException} — a lock wait
 * timeout and a statement timeout, as the embedded MariaDB really reports them — while other
 * database errors pass unchanged.
 */
class DatabaseTimeoutsTest {
    private final TestDatabase db = TestDatabase.embedded();
    private final DataSource dataSource = db.dataSource();

    @BeforeEach
    @AfterEach
    void emptyTables() {
        db.clean();
    }

    /** A row update that waits for a lock another session holds, for at most a second. */
    private SQLException lockWaitTimeout() throws SQLException {
        try (Connection holder = dataSource.getConnection(); Connection waiter = dataSource.getConnection()) {
            holder.setAutoCommit(true);
            try (Statement s = holder.createStatement()) {
                s.executeUpdate("INSERT INTO processing_setting (setting_key, setting_value) VALUES ('k', 'v')");
            }
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement(); Statement w = waiter.createStatement()) {
                s.executeQuery("SELECT * FROM processing_setting WHERE setting_key = 'k' FOR UPDATE").close();
                waiter.setAutoCommit(true);
                w.execute("SET SESSION innodb_lock_wait_timeout = 1");
                try {
                    return catchThrowableOfType(SQLException.class, () -> w.executeUpdate(
                            "UPDATE processing_setting SET setting_value = 'w' WHERE setting_key = 'k'"));
                } finally {
                    w.execute("SET SESSION innodb_lock_wait_timeout = DEFAULT");
                    holder.rollback();
                }
            }
        }
    }

    @Test
    void aLockWaitTimeoutIsATimeout() throws SQLException {
        SQLException timeout = lockWaitTimeout();

        assertThat((Throwable) timeout).isNotNull();
        assertThat(Sql.isTimeout(new RuntimeException(timeout))).isTrue();
        assertThat(TimeoutTranslator.translate(timeout)).isInstanceOf(StorageTimeoutException.class).hasCause(timeout);
    }

    @Test
    void aStatementTimeoutIsATimeout() throws SQLException {
        SQLException timeout;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(1);
            timeout = catchThrowableOfType(SQLException.class,
                    () -> s.executeQuery("SELECT COUNT(*) FROM information_schema.collations a,"
                            + " information_schema.collations b, information_schema.collations c,"
                            + " information_schema.collations d").close());
        }

        assertThat((Throwable) timeout).isNotNull();
        assertThat(Sql.isTimeout(timeout)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotTimeouts() throws SQLException {
        SQLException duplicate;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.executeUpdate("INSERT INTO processing_setting (setting_key, setting_value) VALUES ('k', 'v')");
            duplicate = catchThrowableOfType(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO processing_setting (setting_key, setting_value) VALUES ('k', 'w')"));
        }

        assertThat(Sql.isTimeout(duplicate)).isFalse();
        assertThat(TimeoutTranslator.translate(duplicate)).isSameAs(duplicate);
    }

    @Test
    void aMappedStatementThatTimesOutThrowsTheOutPortsTimeout() throws SQLException {
        SQLException timeout = lockWaitTimeout();
        Executor failing = (Executor) Proxy.newProxyInstance(Executor.class.getClassLoader(),
                new Class<?>[] {Executor.class}, (proxy, method, args) -> {
                    throw timeout;
                });
        Executor wrapped = (Executor) new TimeoutTranslator().plugin(failing);

        assertThatThrownBy(() -> wrapped.query(null, null, RowBounds.DEFAULT, null))
                .isInstanceOf(StorageTimeoutException.class).hasCause(timeout);
    }
}
