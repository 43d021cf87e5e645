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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The engine inside a Flink task, built with the public embedding API: on a MariaDB database given
 * by its JDBC URL and user (the password is read from the environment variable
 * {@code passwordVariable} of the process the task runs in, so it never travels with the job), or
 * on Snapfolio's embedded MariaDB under {@code dataDir} (a local run). {@code today} pins today
 * (null: the system date); {@code poolSize} is the connections of each task's pool.
 */
public record SnapfolioEngines(String url, String user, String passwordVariable, String dataDir, String today,
        int poolSize) implements EngineFactory {
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

    /** On the MariaDB database at {@code url}. */
    public static SnapfolioEngines external(String url, String user, Optional<LocalDate> today) {
        return new SnapfolioEngines(url, user, DatabaseSettings.ENV_PASSWORD, null,
                today.map(LocalDate::toString).orElse(null), 4);
    }

    /** On Snapfolio's embedded MariaDB under {@code dataDir} (started if need be, left running). */
    public static SnapfolioEngines embedded(Path dataDir, Optional<LocalDate> today) {
        return new SnapfolioEngines(null, null, null, dataDir.toAbsolutePath().toString(),
                today.map(LocalDate::toString).orElse(null), 4);
    }

    @Override
    public Engine open() {
        String password = url == null ? "" : System.getenv().getOrDefault(passwordVariable, "");
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

    /** One task's engine: the Snapfolio and the pool it runs on. */
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
