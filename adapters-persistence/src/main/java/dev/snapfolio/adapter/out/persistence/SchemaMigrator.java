package dev.snapfolio.adapter.out.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with Flyway; refuses a schema migrated by a newer Snapfolio. A
 * schema already at {@link #LATEST_VERSION} is recognised with one query and Flyway is not started
 * at all: it costs seconds of class loading and scanning that every command would pay.
 */
final class SchemaMigrator {
    /** The version of the newest migration in db/migration (a test keeps the two in step). */
    static final String LATEST_VERSION = "7";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private SchemaMigrator() {
    }

    static void migrate(DataSource dataSource) {
        if (isCurrent(dataSource)) {
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        try {
            MigrationInfo[] applied = flyway.info().applied();
            Optional<MigrationInfo> future = Arrays.stream(applied)
                    .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                    .reduce((a, b) -> b);
            if (future.isPresent()) {
                throw new SchemaTooNewException("the database schema is at version " + future.get().getVersion()
                        + ", newer than this Snapfolio knows (" + latestKnown(flyway) + "); use a newer Snapfolio");
            }
            int count = flyway.migrate().migrationsExecuted;
            if (count > 0) {
                LOG.info("applied {} schema migration(s)", count);
            }
        } catch (FlywayException e) {
            throw new DatabaseException("cannot bring the database schema up to date: "
                    + ConnectionFactory.firstLine(e.getMessage()), e);
        }
    }

    /** The last migration applied is the newest this code knows, and it succeeded. */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history"
                        + " ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() && LATEST_VERSION.equals(rs.getString(1)) && rs.getBoolean(2);
        } catch (SQLException e) {
            return false; // no history table yet: a new database
        }
    }

    private static String latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion() == null ? "" : "version " + m.getVersion().getVersion())
                .reduce((a, b) -> b).orElse("no version");
    }
}
