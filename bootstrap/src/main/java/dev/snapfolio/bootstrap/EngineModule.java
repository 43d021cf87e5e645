package dev.snapfolio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.matcher.Matchers;
import com.google.inject.spi.ProvisionListener;
import dev.snapfolio.adapter.out.persistence.DatabaseSettings;
import dev.snapfolio.adapter.out.persistence.PersistenceModule;
import dev.snapfolio.application.port.out.StaticConfiguration;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The engine's wiring, shared by every way of running it (the command line, {@link Snapfolio},
 * {@link SnapfolioModule}): each in-port bound to its service, the persistence adapter on one
 * database, the clock, the configuration layers around the persisted settings, and the pools
 * opened meanwhile, closed by {@link Resources}.
 */
final class EngineModule extends AbstractModule {
    private final Module persistence;
    private final StaticConfiguration configuration;
    private final Clock clock;

    private EngineModule(Module persistence, StaticConfiguration configuration, Clock clock) {
        this.persistence = persistence;
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** On Snapfolio's own database: the embedded server or an external MariaDB, in pools it owns. */
    static EngineModule on(DatabaseSettings settings, StaticConfiguration configuration, Clock clock) {
        return new EngineModule(new PersistenceModule(settings), configuration, clock);
    }

    /** On an application's pool, which stays the application's: never closed here. */
    static EngineModule onDataSource(DataSource dataSource, boolean migrateSchema, StaticConfiguration configuration,
            Clock clock) {
        return new EngineModule(PersistenceModule.onDataSource(dataSource, migrateSchema), configuration, clock);
    }

    @Override
    protected void configure() {
        bind(StaticConfiguration.class).toInstance(configuration);
        bind(Clock.class).toInstance(clock);
        ApplicationBindings.bindServices(binder());
        install(persistence);
        Resources resources = new Resources();
        bind(Resources.class).toInstance(resources);
        // every pool opened while the injector lives is closed with it; an application's own pool
        // reaches Guice wrapped, not closeable, so it is never registered
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
}
