package dev.snapfolio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.snapfolio.application.port.out.StaticConfiguration;
import java.time.Clock;

/**
 * The application's wiring: each in-port bound to its service, the clock (today pinned by
 * --today) and the static configuration layers.
 */
final class AppModule extends AbstractModule {
    private final Configuration configuration;

    AppModule(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected void configure() {
        bind(StaticConfiguration.class).toInstance(configuration.layers());
        ApplicationBindings.bindServices(binder());
    }

    @Provides
    @Singleton
    Clock clock() {
        return configuration.clock();
    }
}
