package dev.snapfolio.bootstrap;

import com.google.inject.AbstractModule;

/**
 * The command line's engine: the shared {@link EngineModule} on the configured database, with the
 * clock (today pinned by --today) and the configuration layers.
 */
final class AppModule extends AbstractModule {
    private final Configuration configuration;

    AppModule(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected void configure() {
        install(EngineModule.on(DatabaseWiring.settings(configuration), configuration.layers(), configuration.clock()));
    }
}
