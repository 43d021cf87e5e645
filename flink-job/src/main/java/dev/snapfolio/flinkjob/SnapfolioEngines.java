package dev.snapfolio.flinkjob;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.snapfolio.adapter.in.flink.Engine;
import dev.snapfolio.adapter.in.flink.EngineFactory;
import dev.snapfolio.adapter.in.flink.EngineUnavailableException;
import dev.snapfolio.adapter.out.persistence.DatabaseSettings;
import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase;
import dev.snapfolio.bootstrap.Snapfolio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The engine inside a Flink task, built with the public embedding API: on a MariaDB database given
 * by its JDBC URL and user (the password is read, in the process the task runs in, from the file
 * {@code passwordFile} if given, else from its environment variable {@code passwordVariable}: it never
 * travels with the job), or
 * on Snapfolio's embedded MariaDB under {@code dataDir} (a local run). {@code today} pins today
 * (null: the system date); {@code poolSize} is the connections of the pool the tasks of one JVM
 * share (each running account holds two: its run lock and its work).
 */
public record SnapfolioEngines(String url, String user, String passwordVariable, String passwordFile, String dataDir,
        String today, int poolSize) implements EngineFactory {
    private static final long serialVersionUID = 1L;

    public SnapfolioEngines {
        if ((url == null) == (dataDir == null)) {
            throw new IllegalArgumentException("give a database URL or an embedded data directory, not both");
        }
        passwordVariable = passwordVariable == null ? DatabaseSettings.ENV_PASSWORD : passwordVariable;
        if (poolSize < 2) {
            throw new IllegalArgumentException("a task needs at least 2 connections (its run lock holds one), got "
                    + poolSize);
        }
        if (today != null) {
            LocalDate.parse(today);
        }
    }

    /** On the MariaDB database at {@code url}, the password in SNAPFOLIO_DB_PASSWORD. */
    public static SnapfolioEngines external(String url, String user, Optional<LocalDate> today) {
        return external(url, user, Optional.empty(), today);
    }

    /** On the MariaDB database at {@code url}, the password in {@code passwordFile} or SNAPFOLIO_DB_PASSWORD. */
    public static SnapfolioEngines external(String url, String user, Optional<String> passwordFile,
            Optional<LocalDate> today) {
        return new SnapfolioEngines(url, user, DatabaseSettings.ENV_PASSWORD, passwordFile.orElse(null), null,
                today.map(LocalDate::toString).orElse(null), 8);
    }

    /** On Snapfolio's embedded MariaDB under {@code dataDir} (started if need be, left running). */
    public static SnapfolioEngines embedded(Path dataDir, Optional<LocalDate> today) {
        return new SnapfolioEngines(null, null, null, null, dataDir.toAbsolutePath().toString(),
                today.map(LocalDate::toString).orElse(null), 8);
    }

    /** Engines open in this JVM, one per configuration, shared by the tasks that run here. */
    private static final Map<SnapfolioEngines, Shared> OPEN = new HashMap<>();

    /**
     * The engine of this configuration in this JVM: the first task to open it builds it (one pool,
     * one embedded server client), the others share it, the last to close it closes it.
     */
    @Override
    public Engine open() {
        synchronized (OPEN) {
            Shared shared = OPEN.get(this);
            if (shared == null) {
                shared = new Shared(this, build());
                OPEN.put(this, shared);
            }
            shared.users++;
            return shared;
        }
    }

    private SnapfolioEngine build() {
        String password = url == null ? "" : password();
        HikariDataSource pool = null;
        try {
            Snapfolio.Builder builder;
            if (url != null) {
                HikariConfig config = new HikariConfig();
                config.setJdbcUrl(url);
                config.setUsername(user);
                config.setPassword(password);
                config.setMaximumPoolSize(poolSize);
                config.setPoolName("snapfolio-flink");
                config.setConnectionTimeout(10_000);
                pool = new HikariDataSource(config);
                builder = Snapfolio.embedded(pool);
            } else {
                builder = Snapfolio.embeddedMariaDb(Path.of(dataDir)).keepServerRunning(true);
            }
            if (today != null) {
                builder.today(LocalDate.parse(today));
            }
            return new SnapfolioEngine(builder.build(), pool);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            throw new EngineUnavailableException("cannot open the database " + describe() + ": "
                    + withoutSecret(rootMessage(e), password), null);
        }
    }

    /** The password, read in this process: the file's first line, else the environment variable (else none). */
    private String password() {
        if (passwordFile == null) {
            return System.getenv().getOrDefault(passwordVariable, "");
        }
        try {
            return Files.readAllLines(Path.of(passwordFile), StandardCharsets.UTF_8).stream().findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            throw new EngineUnavailableException("cannot read the database password file " + passwordFile + ": "
                    + (e instanceof NoSuchFileException ? "no such file" : rootMessage(e)), null);
        }
    }

    @Override
    public String describe() {
        return url != null ? DatabaseSettings.redact(url) + " as " + user : "the embedded database in " + dataDir;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static String withoutSecret(String message, String password) {
        return password.isEmpty() ? message : message.replace(password, "***");
    }

    /** A task's handle on the shared engine; closing it closes the engine when no other task uses it. */
    private static final class Shared implements Engine {
        private final SnapfolioEngines key;
        private final SnapfolioEngine engine;
        private int users;

        Shared(SnapfolioEngines key, SnapfolioEngine engine) {
            this.key = key;
            this.engine = engine;
        }

        @Override
        public RebuildAccountsUseCase rebuildAccounts() {
            return engine.rebuildAccounts();
        }

        @Override
        public ImportMovementsUseCase importMovements() {
            return engine.importMovements();
        }

        @Override
        public void close() {
            synchronized (OPEN) {
                if (--users == 0) {
                    OPEN.remove(key);
                    engine.close();
                }
            }
        }
    }

    /** The Snapfolio and the pool it runs on. */
    private record SnapfolioEngine(Snapfolio snapfolio, HikariDataSource pool) implements Engine {
        @Override
        public RebuildAccountsUseCase rebuildAccounts() {
            return snapfolio.rebuildAccounts();
        }

        @Override
        public ImportMovementsUseCase importMovements() {
            return snapfolio.importMovements();
        }

        @Override
        public void close() {
            try {
                snapfolio.close();
            } finally {
                if (pool != null) {
                    pool.close();
                }
            }
        }
    }
}
