package dev.snapfolio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.snapfolio.application.port.in.AccountLifecycleUseCase;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.BackupUseCase;
import dev.snapfolio.application.port.in.CreateAccountUseCase;
import dev.snapfolio.application.port.in.CreateDemoUseCase;
import dev.snapfolio.application.port.in.DeleteMovementUseCase;
import dev.snapfolio.application.port.in.DeletePricesUseCase;
import dev.snapfolio.application.port.in.DeleteSplitUseCase;
import dev.snapfolio.application.port.in.EditMovementUseCase;
import dev.snapfolio.application.port.in.ImportHistoryUseCase;
import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.MetricsQuery;
import dev.snapfolio.application.port.in.MovementQueries;
import dev.snapfolio.application.port.in.PortfolioQueries;
import dev.snapfolio.application.port.in.ProcessingControlUseCase;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase;
import dev.snapfolio.application.port.in.RecomputeUseCase;
import dev.snapfolio.application.port.in.CreateSampleAccountsUseCase;
import dev.snapfolio.application.port.in.RecordMovementUseCase;
import dev.snapfolio.application.port.in.RecordPricesUseCase;
import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.in.ReferenceDataQueries;
import dev.snapfolio.application.port.in.SplitQueries;
import dev.snapfolio.application.port.in.RefreshUseCase;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase;
import java.util.List;
import javax.sql.DataSource;

/**
 * Snapfolio for an application with a Guice injector of its own: install it and inject the
 * in-ports. Only the in-ports are bound in the application's injector; the engine lives in an
 * injector of its own behind them, so its clock, settings, DataSource, MyBatis and listeners never
 * clash with the application's bindings (a private module would not do: Guice refuses a key bound
 * both in it and in its parent). {@code SnapfolioModule.withDataSource(dataSource)} takes the
 * defaults; {@code Snapfolio.embedded(dataSource)...module()} takes the builder's options.
 */
public final class SnapfolioModule extends AbstractModule {
    /**
     * Every in-port, in the order of docs/EMBEDDING.md; each has its accessor on {@link Snapfolio}.
     * A use-case interface of the in-port package is either here or on the commented exclusion list
     * of EmbeddedPortsTest (a test fails otherwise).
     */
    static final List<Class<?>> IN_PORTS = List.of(CreateAccountUseCase.class, AccountQueries.class,
            AccountLifecycleUseCase.class, RecordMovementUseCase.class, EditMovementUseCase.class,
            DeleteMovementUseCase.class, MovementQueries.class, ImportMovementsUseCase.class,
            ImportHistoryUseCase.class, RecordPricesUseCase.class, ReferenceDataQueries.class,
            DeletePricesUseCase.class, RecordSplitsUseCase.class, SplitQueries.class, DeleteSplitUseCase.class,
            SnapshotQueries.class, PortfolioQueries.class, RecomputeUseCase.class, RefreshUseCase.class, VerifySnapshotsUseCase.class,
            ProcessingControlUseCase.class, MetricsQuery.class, BackupUseCase.class, CreateDemoUseCase.class,
            RebuildAccountsUseCase.class, CreateSampleAccountsUseCase.class);

    private final EngineModule engine;

    SnapfolioModule(EngineModule engine) {
        this.engine = engine;
    }

    /** On the application's pool over a MariaDB database; the schema migrates on first use. */
    public static SnapfolioModule withDataSource(DataSource dataSource) {
        return Snapfolio.embedded(dataSource).module();
    }

    @Override
    protected void configure() {
        // building the engine's injector opens nothing: the database is touched on first use
        Injector engineInjector = Guice.createInjector(engine);
        for (Class<?> port : IN_PORTS) {
            bindPort(port, engineInjector);
        }
    }

    private <T> void bindPort(Class<T> port, Injector engineInjector) {
        bind(port).toProvider(() -> engineInjector.getInstance(port));
    }
}
