package dev.snapfolio.adapter.out.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.snapfolio.application.port.out.AccountDeletion;
import dev.snapfolio.application.port.out.AccountRangeStore;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.ImportBatchRepository;
import dev.snapfolio.application.port.out.AccountRunLock;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.QueryMeter;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.RunLogRepository;
import dev.snapfolio.application.port.out.SettingsRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.type.JdbcType;
import org.mybatis.guice.MyBatisModule;
import org.mybatis.guice.configuration.ConfigurationProvider;

/**
 * The persistence adapter's wiring: MyBatis on a HikariCP pool over MariaDB (embedded or
 * external, see {@link DatabaseSettings}) — or on an application's own pool
 * ({@link #onDataSource}) — and the out-port implementations; what is MariaDB's own is chosen by
 * the {@link Dialect}. Nothing touches the
 * database while the injector is built: the pool opens (and the embedded server starts, and the
 * schema migrates) when something first needs a connection; a failure then is a
 * {@link DatabaseException} (possibly wrapped: {@link DatabaseException#findIn}).
 */
public final class PersistenceModule extends AbstractModule {
    private final DatabaseSettings settings;
    private final DataSource hostDataSource;

    public PersistenceModule(DatabaseSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.hostDataSource = null;
    }

    private PersistenceModule(DataSource hostDataSource) {
        this.settings = null;
        this.hostDataSource = hostDataSource;
    }

    /**
     * On an application's own pool over a MariaDB database: never closed by Snapfolio; with
     * {@code migrateSchema} the schema is brought up to date on the first connection.
     */
    public static PersistenceModule onDataSource(DataSource dataSource, boolean migrateSchema) {
        return new PersistenceModule(new HostDataSource(dataSource, migrateSchema));
    }

    @Override
    protected void configure() {
        if (settings != null) {
            bind(DatabaseSettings.class).toInstance(settings);
        }
        // An application's own pool is a MariaDB database too (DESIGN §5); a second database
        // would be told apart here.
        Dialect dialect = settings != null ? Dialect.of(settings) : Dialect.MARIADB;
        bind(Dialect.class).toInstance(dialect);
        bind(RunLockPermits.class).toInstance(settings != null ? new RunLockPermits(settings.maxPoolSize())
                : RunLockPermits.unlimited());
        install(new MyBatisModule() {
            @Override
            protected void bindTransactionInterceptors() {
                // no @Transactional interceptor: transactions are opened by MyBatisUnitOfWork, so
                // the injector generates no classes and can run without bytecode generation
            }

            @Override
            protected void initialize() {
                environmentId("snapfolio");
                // Statements marked with the dialect's databaseId in the mapper XML are its own SQL.
                bindDatabaseIdProvider(dialect.databaseIdProvider());
                if (settings != null) {
                    bindDataSourceProviderType(MigratedDataSourceProvider.class);
                } else {
                    bindDataSourceProvider((Provider<DataSource>) () -> hostDataSource);
                }
                bindTransactionFactoryType(JoiningTransactionFactory.class);
                // Each mapper is read on its first use (LazyMapperConfiguration); a test reads them all.
                useConfigurationProvider(LazyConfigurationProvider.class);
                useCacheEnabled(false);
                lazyLoadingEnabled(false);
                // Batch writers use sessions of their own: a session-wide cache would serve stale reads.
                localCacheScope(LocalCacheScope.STATEMENT);
                // A NULL bound as Types.OTHER keeps Connector/J from rewriting a batch into multi-row
                // statements; bound as Types.NULL it batches like any value.
                bindConfigurationSetting(configuration -> configuration.setJdbcTypeForNull(JdbcType.NULL));
                addInterceptorClass(QueryCounter.class);
                addInterceptorClass(TimeoutTranslator.class);
                // Constructors of result rows resolved once, not by reflection for every row.
                bindObjectFactoryType(CachingObjectFactory.class);
                // Movements, prices and splits are read from their rows whole, without constructor mapping.
                handleType(Movement.class).with(RowReaders.MovementReader.class);
                handleType(Price.class).with(RowReaders.PriceReader.class);
                handleType(Split.class).with(RowReaders.SplitReader.class);
                addMapperClass(AccountMapper.class);
                addMapperClass(MovementMapper.class);
                addMapperClass(ReferenceDataMapper.class);
                addMapperClass(SnapshotMapper.class);
                addMapperClass(ProcessingMapper.class);
                addMapperClass(RunLogMapper.class);
                addMapperClass(ImportBatchMapper.class);
                addMapperClass(AccountRangeMapper.class);

                bind(UnitOfWork.class).to(MyBatisUnitOfWork.class).in(Scopes.SINGLETON);
                bind(BatchSessions.class).in(Scopes.SINGLETON);
                bind(AccountRepository.class).to(MyBatisAccountRepository.class).in(Scopes.SINGLETON);
                bind(MovementRepository.class).to(MyBatisMovementRepository.class).in(Scopes.SINGLETON);
                bind(ReferenceDataRepository.class).to(MyBatisReferenceDataRepository.class).in(Scopes.SINGLETON);
                bind(SnapshotStore.class).to(MyBatisSnapshotStore.class).in(Scopes.SINGLETON);
                bind(SettingsRepository.class).to(MyBatisSettingsRepository.class).in(Scopes.SINGLETON);
                bind(DirtyMarkRepository.class).to(MyBatisDirtyMarkRepository.class).in(Scopes.SINGLETON);
                bind(RunLogRepository.class).to(MyBatisRunLogRepository.class).in(Scopes.SINGLETON);
                bind(ImportBatchRepository.class).to(MyBatisImportBatchRepository.class).in(Scopes.SINGLETON);
                bind(AccountDeletion.class).to(MyBatisAccountDeletion.class).in(Scopes.SINGLETON);
                bind(AccountRangeStore.class).to(MyBatisAccountRangeStore.class).in(Scopes.SINGLETON);
                bind(AccountRunLock.class).to(dialect.runLock()).in(Scopes.SINGLETON);
                bind(QueryMeter.class).to(QueryCounter.class).in(Scopes.SINGLETON);
            }
        });
    }

    /** MyBatis' configuration, with the mappers read on first use. */
    @Singleton
    static final class LazyConfigurationProvider extends ConfigurationProvider {
        @Inject
        LazyConfigurationProvider(Environment environment) {
            super(environment);
        }

        @Override
        protected Configuration newConfiguration(Environment environment) {
            return new LazyMapperConfiguration(environment);
        }
    }

    /** The pool behind a lazy data source: opened, and the schema migrated, on first use. */
    @Singleton
    static final class MigratedDataSourceProvider implements Provider<DataSource> {
        private final LazyDataSource dataSource;

        @Inject
        MigratedDataSourceProvider(DatabaseSettings settings) {
            this.dataSource = new LazyDataSource(settings);
        }

        @Override
        public DataSource get() {
            return dataSource;
        }
    }
}
