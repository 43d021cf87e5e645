package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRunLock;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.DatabaseIdProvider;

/**
 * What is particular to one database, in one place. MariaDB (and MySQL, which reads the same SQL)
 * is the only one today; everything else the adapter sends is plain SQL every database reads.
 * <ul>
 * <li>Mapped statements that are MariaDB's own ({@code ON DUPLICATE KEY UPDATE} upserts,
 *     {@code FOR UPDATE SKIP LOCKED} claims) carry {@code databaseId="mariadb"} in the mapper XML;
 *     MyBatis loads only the statements of the {@link #databaseId} in use (and those without one).</li>
 * <li>SQL built in Java is here ({@link #upsertState}).</li>
 * <li>The run lock is the database's own mechanism: {@link #runLock} names the class
 *     ({@link GetLockRunLock}: MariaDB's {@code GET_LOCK}).</li>
 * </ul>
 * <b>Adding a database</b> is an addition, nothing is rewritten: a constant here with its
 * {@code databaseId}, its SQL and its run lock (e.g. PostgreSQL: {@code INSERT ... ON CONFLICT
 * (account_id, state_date) DO UPDATE}, a lock on {@code pg_try_advisory_lock}); in each mapper XML
 * a copy of every {@code databaseId="mariadb"} statement with the new id and that database's SQL;
 * its JDBC URL accepted by {@link DatabaseSettings} and mapped in {@link #of}; its schema as a
 * Flyway location of its own next to {@code db/migration}; and the out-port contract tests run on
 * it by one more argument of {@code OnEveryDatabase}. The database is known from the settings, so
 * choosing the dialect never opens a connection (the pool stays lazy).
 */
enum Dialect {
    MARIADB("mariadb", GetLockRunLock.class,
            "INSERT INTO account_state (account_id, state_date, body) VALUES (?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE body = VALUES(body)");

    private final String databaseId;
    private final Class<? extends AccountRunLock> runLock;
    private final String upsertState;

    Dialect(String databaseId, Class<? extends AccountRunLock> runLock, String upsertState) {
        this.databaseId = databaseId;
        this.runLock = runLock;
        this.upsertState = upsertState;
    }

    /** The dialect of the configured database; {@link DatabaseSettings} accepts MariaDB (and MySQL) URLs only. */
    static Dialect of(DatabaseSettings settings) {
        return MARIADB;
    }

    /** The mapper XML's {@code databaseId} of this database's own statements. */
    String databaseId() {
        return databaseId;
    }

    /** The run lock implementation of this database. */
    Class<? extends AccountRunLock> runLock() {
        return runLock;
    }

    /** Insert or replace one state row: account id, state date, body. */
    String upsertState() {
        return upsertState;
    }

    /** Tells MyBatis this dialect's {@code databaseId} without asking the database. */
    DatabaseIdProvider databaseIdProvider() {
        return new DatabaseIdProvider() {
            @Override
            public void setProperties(Properties properties) {
                // nothing to configure: the id is the dialect's
            }

            @Override
            public String getDatabaseId(DataSource dataSource) {
                return databaseId;
            }
        };
    }
}
