package dev.snapfolio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.matcher.Matchers;
import com.google.inject.spi.ProvisionListener;
import dev.snapfolio.adapter.in.cli.command.DatabaseAdmin;
import dev.snapfolio.adapter.out.persistence.DatabaseSettings;
import dev.snapfolio.adapter.out.persistence.PersistenceModule;
import dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb;
import java.util.List;
import javax.sql.DataSource;

/**
 * The database: an external MariaDB when {@code db.url} (SNAPFOLIO_DB_URL) is set, else the embedded
 * server on {@code db.dir}; {@code db status|stop}; and the pools opened during a command, closed
 * by {@link Resources} when it ends.
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

    static Module module(Configuration configuration) {
        DatabaseSettings settings = settings(configuration);
        Resources resources = new Resources();
        return new AbstractModule() {
            @Override
            protected void configure() {
                install(new PersistenceModule(settings));
                bind(Resources.class).toInstance(resources);
                bind(DatabaseAdmin.class).toInstance(new Admin(settings));
                // every pool opened during the command is closed when it ends
                bindListener(Matchers.any(), new ProvisionListener() {
                    @Override
                    public <T> void onProvision(ProvisionInvocation<T> provision) {
                        T provided = provision.provision();
                        if (provided instanceof DataSource && provided instanceof AutoCloseable closeable) {
                            resources.register(closeable);
                        }
                    }
                });
            }
        };
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
