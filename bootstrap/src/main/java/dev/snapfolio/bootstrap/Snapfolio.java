package dev.snapfolio.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.snapfolio.adapter.out.persistence.DatabaseSettings;
import dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb;
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
import dev.snapfolio.application.port.in.ProcessingControlUseCase;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase;
import dev.snapfolio.application.port.in.RecomputeUseCase;
import dev.snapfolio.application.port.in.RecordMovementUseCase;
import dev.snapfolio.application.port.in.RecordPricesUseCase;
import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.in.ReferenceDataQueries;
import dev.snapfolio.application.port.in.SplitQueries;
import dev.snapfolio.application.port.in.RefreshUseCase;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase;
import dev.snapfolio.application.port.out.SettingsRepository;
import dev.snapfolio.application.port.out.StaticConfiguration;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Snapfolio embedded in an application: the engine on the application's own {@link DataSource}
 * ({@link #embedded}) or on Snapfolio's embedded MariaDB under a directory ({@link #embeddedMariaDb}),
 * with typed access to every use case. The same wiring as the command line ({@link EngineModule}).
 * Thread-safe; close it when the application stops. See docs/EMBEDDING.md.
 */
public final class Snapfolio implements AutoCloseable {
    private final Injector injector;
    private final Optional<EmbeddedMariaDb> startedServer;
    private volatile boolean closed;

    private Snapfolio(Injector injector, Optional<EmbeddedMariaDb> startedServer) {
        this.injector = injector;
        this.startedServer = startedServer;
    }

    /**
     * The engine on the application's pool over a MariaDB database (its schema is brought up to
     * date by {@link Builder#build()} unless {@link Builder#migrateSchema} says otherwise). The pool
     * stays the application's: closing Snapfolio leaves it open.
     */
    public static Builder embedded(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "Snapfolio.embedded(dataSource): the DataSource is required");
        return new Builder(dataSource, null);
    }

    /**
     * The engine on Snapfolio's own embedded MariaDB with its data under {@code directory} (started
     * by {@link Builder#build()} or reused when already running there; a server started here stops
     * on {@link #close()} unless {@link Builder#keepServerRunning}).
     */
    public static Builder embeddedMariaDb(Path directory) {
        Objects.requireNonNull(directory, "Snapfolio.embeddedMariaDb(directory): the directory is required");
        return new Builder(null, directory);
    }

    public CreateAccountUseCase createAccount() {
        return port(CreateAccountUseCase.class);
    }

    public AccountQueries accounts() {
        return port(AccountQueries.class);
    }

    public RecordMovementUseCase recordMovement() {
        return port(RecordMovementUseCase.class);
    }

    public EditMovementUseCase editMovement() {
        return port(EditMovementUseCase.class);
    }

    public DeleteMovementUseCase deleteMovement() {
        return port(DeleteMovementUseCase.class);
    }

    public MovementQueries movements() {
        return port(MovementQueries.class);
    }

    public ImportMovementsUseCase importMovements() {
        return port(ImportMovementsUseCase.class);
    }

    public RecordPricesUseCase recordPrices() {
        return port(RecordPricesUseCase.class);
    }

    public RecordSplitsUseCase recordSplits() {
        return port(RecordSplitsUseCase.class);
    }

    public SplitQueries splits() {
        return port(SplitQueries.class);
    }

    public DeleteSplitUseCase deleteSplit() {
        return port(DeleteSplitUseCase.class);
    }

    public ReferenceDataQueries prices() {
        return port(ReferenceDataQueries.class);
    }

    public DeletePricesUseCase deletePrices() {
        return port(DeletePricesUseCase.class);
    }

    public ImportHistoryUseCase importHistory() {
        return port(ImportHistoryUseCase.class);
    }

    public AccountLifecycleUseCase accountLifecycle() {
        return port(AccountLifecycleUseCase.class);
    }

    public BackupUseCase backup() {
        return port(BackupUseCase.class);
    }

    public CreateDemoUseCase createDemo() {
        return port(CreateDemoUseCase.class);
    }

    public SnapshotQueries snapshots() {
        return port(SnapshotQueries.class);
    }

    /** Holdings (positions, cash, net worth) as of a date and the summary per currency, optionally in one base currency. */
    public dev.snapfolio.application.port.in.PortfolioQueries portfolio() {
        return port(dev.snapfolio.application.port.in.PortfolioQueries.class);
    }

    public RecomputeUseCase recompute() {
        return port(RecomputeUseCase.class);
    }

    public RefreshUseCase refresh() {
        return port(RefreshUseCase.class);
    }

    public VerifySnapshotsUseCase verify() {
        return port(VerifySnapshotsUseCase.class);
    }

    public ProcessingControlUseCase processingControl() {
        return port(ProcessingControlUseCase.class);
    }

    public MetricsQuery metrics() {
        return port(MetricsQuery.class);
    }

    /** The bulk rebuild by account-id range (the unit a distributed rebuild hands to each worker). */
    public RebuildAccountsUseCase rebuildAccounts() {
        return port(RebuildAccountsUseCase.class);
    }

    /** N accounts with generated histories on tickers of their own, for measuring and trying the engine at scale. */
    public dev.snapfolio.application.port.in.CreateSampleAccountsUseCase sampleAccounts() {
        return port(dev.snapfolio.application.port.in.CreateSampleAccountsUseCase.class);
    }

    private <T> T port(Class<T> type) {
        if (closed) {
            throw new IllegalStateException("this Snapfolio is closed; build a new one to use the engine again");
        }
        return injector.getInstance(type);
    }

    /**
     * Closes the pools Snapfolio opened and stops the embedded server it started (unless asked to
     * keep it running). The application's own DataSource is left open. Closing twice does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Resources.close(injector);
        } finally {
            startedServer.ifPresent(EmbeddedMariaDb::stop);
        }
    }

    /** Options of one Snapfolio; used once, by {@link #build()} or {@link #module()}. */
    public static final class Builder {
        private static final Set<String> SETTINGS = knownSettings();

        private final DataSource dataSource;
        private final Path directory;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private Clock clock;
        private ZoneId zone;
        private LocalDate today;
        private boolean migrateSchema = true;
        private boolean keepServerRunning;
        private boolean used;

        private Builder(DataSource dataSource, Path directory) {
            this.dataSource = dataSource;
            this.directory = directory;
        }

        /** The clock the engine reads today from (default: the system clock in the system zone). */
        public Builder clock(Clock clock) {
            unused();
            if (zone != null || today != null) {
                throw new IllegalStateException("clock(...) replaces zone(...) and today(...): give one or the other");
            }
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The zone whose date is "today" (default: the system zone). */
        public Builder zone(ZoneId zone) {
            unused();
            noClock();
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Pins today (time still passes, so run timings stay real), like the command line's --today. */
        public Builder today(LocalDate today) {
            unused();
            noClock();
            this.today = Objects.requireNonNull(today, "today");
            return this;
        }

        /** The strategy of one trigger; wins over what {@link ProcessingControlUseCase} persists. */
        public Builder strategy(Trigger trigger, Strategy strategy) {
            Objects.requireNonNull(trigger, "trigger");
            return setting(ProcessingSettings.strategyKey(trigger), Objects.requireNonNull(strategy, "strategy").name());
        }

        /** The global batch switch; off forces per-date processing. */
        public Builder batchEnabled(boolean enabled) {
            return setting(ProcessingSettings.BATCH_ENABLED, Boolean.toString(enabled));
        }

        /** Days after an expiration before still-open contracts expire automatically (0–366). */
        public Builder expiryGraceDays(int days) {
            return setting(ProcessingSettings.EXPIRY_GRACE_DAYS, Integer.toString(days));
        }

        /**
         * A processing setting by its key ({@code batch.enabled}, {@code strategy.edit}, ...,
         * {@code expiryGraceDays}, {@code auto.maxPerDateDates}, {@code batch.rolloutPercent},
         * {@code lock.waitMillis}), as the command line's {@code -D key=value}: it wins over the
         * settings persisted through {@link ProcessingControlUseCase}.
         *
         * @throws IllegalArgumentException for an unknown key or a malformed value
         */
        public Builder setting(String key, String value) {
            unused();
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (!SETTINGS.contains(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "'; known: " + String.join(", ", SETTINGS));
            }
            Map<String, String> candidate = new LinkedHashMap<>(settings);
            candidate.put(key, value);
            validate(candidate);
            settings.put(key, value);
            return this;
        }

        /** Whether {@link #build()} brings the schema up to date (default true); off when the application migrates it. */
        public Builder migrateSchema(boolean migrate) {
            unused();
            if (directory != null && !migrate) {
                throw new IllegalStateException("Snapfolio's embedded MariaDB is always migrated; migrateSchema(false) "
                        + "is for an application's own DataSource");
            }
            this.migrateSchema = migrate;
            return this;
        }

        /** Leaves a server started by this Snapfolio running after {@link Snapfolio#close()}, for the next one. */
        public Builder keepServerRunning(boolean keep) {
            unused();
            if (directory == null) {
                throw new IllegalStateException("keepServerRunning is for Snapfolio's embedded MariaDB, not for an "
                        + "application's own DataSource");
            }
            this.keepServerRunning = keep;
            return this;
        }

        /**
         * Starts the engine: wires it, opens the database (starting the embedded server if need be) and
         * brings the schema up to date; a database problem fails here, with nothing left open.
         *
         * @throws IllegalStateException when this builder was already used
         */
        public Snapfolio build() {
            markUsed();
            Optional<EmbeddedMariaDb> startedServer = Optional.empty();
            EngineModule engine;
            if (directory != null) {
                DatabaseSettings database = DatabaseSettings.embedded(directory, keepServerRunning);
                EmbeddedMariaDb server = new EmbeddedMariaDb(database.dataDir().orElseThrow());
                if (!keepServerRunning && !server.status().running()) {
                    startedServer = Optional.of(server);
                }
                engine = EngineModule.on(database, configuration(), effectiveClock());
            } else {
                engine = EngineModule.onDataSource(dataSource, migrateSchema, configuration(), effectiveClock());
            }
            Snapfolio snapfolio = new Snapfolio(Guice.createInjector(engine), startedServer);
            try {
                if (migrateSchema) {
                    open(snapfolio.injector.getInstance(DataSource.class));
                }
            } catch (RuntimeException e) {
                snapfolio.close();
                throw e;
            }
            return snapfolio;
        }

        /**
         * The engine as a Guice module for an application's own injector: it exposes the in-ports
         * only (everything else stays private to it). Needs {@link #embedded} (an application's
         * DataSource); nothing touches the database before the first use case runs.
         *
         * @throws IllegalStateException when this builder was already used
         */
        public SnapfolioModule module() {
            if (directory != null) {
                throw new IllegalStateException("module() needs the application's DataSource (Snapfolio.embedded); "
                        + "use build() for Snapfolio's embedded MariaDB, which has to be stopped on close()");
            }
            markUsed();
            return new SnapfolioModule(EngineModule.onDataSource(dataSource, migrateSchema, configuration(),
                    effectiveClock()));
        }

        private StaticConfiguration configuration() {
            Map<String, String> overrides = Map.copyOf(settings);
            return new StaticConfiguration() {
                @Override
                public Optional<String> override(String key) {
                    return Optional.ofNullable(overrides.get(key));
                }

                @Override
                public Optional<String> fileValue(String key) {
                    return Optional.empty();
                }
            };
        }

        private Clock effectiveClock() {
            if (clock != null) {
                return clock;
            }
            return Configuration.clock(zone == null ? ZoneId.systemDefault() : zone, Optional.ofNullable(today));
        }

        /** Takes one connection: the first one migrates the schema (and starts the embedded server). */
        private static void open(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                connection.getCatalog(); // a round trip: the connection works
            } catch (SQLException e) {
                throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
            }
        }

        /** The values parsed as the engine will parse them, so a bad one fails here and not at the first run. */
        private static void validate(Map<String, String> values) {
            StaticConfiguration candidate = new StaticConfiguration() {
                @Override
                public Optional<String> override(String key) {
                    return Optional.ofNullable(values.get(key));
                }

                @Override
                public Optional<String> fileValue(String key) {
                    return Optional.empty();
                }
            };
            ProcessingSettingsProvider provider = new ProcessingSettingsProvider(NO_PERSISTED_SETTINGS, candidate);
            provider.current();
            provider.lockWait();
        }

        private void unused() {
            if (used) {
                throw new IllegalStateException("this builder has already built a Snapfolio; start a new one with "
                        + "Snapfolio.embedded(...) or Snapfolio.embeddedMariaDb(...)");
            }
        }

        private void markUsed() {
            unused();
            used = true;
        }

        private void noClock() {
            if (clock != null) {
                throw new IllegalStateException("clock(...) replaces zone(...) and today(...): give one or the other");
            }
        }

        private static Set<String> knownSettings() {
            Set<String> keys = new TreeSet<>(Set.of(ProcessingSettings.BATCH_ENABLED,
                    ProcessingSettings.ROLLOUT_PERCENT, ProcessingSettings.AUTO_MAX_PER_DATE_DATES,
                    ProcessingSettings.EXPIRY_GRACE_DAYS, ProcessingSettings.LOCK_WAIT_MILLIS));
            keys.addAll(Arrays.stream(Trigger.values()).map(ProcessingSettings::strategyKey).collect(Collectors.toSet()));
            return Collections.unmodifiableSet(keys);
        }

        private static final SettingsRepository NO_PERSISTED_SETTINGS = new SettingsRepository() {
            @Override
            public Optional<String> find(String key) {
                return Optional.empty();
            }

            @Override
            public void save(String key, String value) {
                throw new UnsupportedOperationException("validation only");
            }

            @Override
            public void delete(String key) {
                throw new UnsupportedOperationException("validation only");
            }

            @Override
            public Map<String, String> findAll() {
                return Map.of();
            }
        };
    }
}
