package dev.snapfolio.bootstrap;

import com.google.inject.Module;
import dev.snapfolio.adapter.in.cli.command.DatabaseAdmin;
import dev.snapfolio.adapter.out.persistence.DatabaseSettings;
import dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb;
import java.util.List;

/**
 * The command line's database: an external MariaDB when {@code db.url} (SNAPFOLIO_DB_URL) is set,
 * else the embedded server on {@code db.dir}; and {@code db status|stop}.
 */
final class DatabaseWiring {
    private DatabaseWiring() {
    }

    static DatabaseSettings settings(Configuration configuration) {
        return configuration.databaseUrl()
                .map(url -> DatabaseSettings.external(url, configuration.databaseUser(), configuration.databasePassword()))
                .orElseGet(() -> DatabaseSettings.embedded(configuration.databaseDirectory(),
                        configuration.keepDatabaseRunning()));
    }

    /** {@code db status|stop}; the database itself is wired by {@link EngineModule}. */
    static Module module(Configuration configuration) {
        DatabaseSettings settings = settings(configuration);
        return binder -> binder.bind(DatabaseAdmin.class).toInstance(new Admin(settings));
    }

    /** {@code db status|stop} on the configured database. */
    static final class Admin implements DatabaseAdmin {
        private final DatabaseSettings settings;

        Admin(DatabaseSettings settings) {
            this.settings = settings;
        }

        @Override
        public List<String> status() {
            if (!settings.isEmbedded()) {
                return List.of("external MariaDB: " + settings.describe());
            }
            return List.of(new EmbeddedMariaDb(settings.dataDir().orElseThrow()).status().describe());
        }

        @Override
        public String stop() {
            if (!settings.isEmbedded()) {
                return "nothing to stop: the database is external (" + settings.describe() + ")";
            }
            EmbeddedMariaDb server = new EmbeddedMariaDb(settings.dataDir().orElseThrow());
            return server.stop() ? "stopped the embedded MariaDB in " + server.dataDir()
                    : "the embedded MariaDB in " + server.dataDir() + " was not running";
        }
    }
}
