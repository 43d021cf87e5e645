package dev.snapfolio.adapter.out.persistence;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A database for the tests of this JVM: the embedded MariaDB (started once, stopped and deleted at
 * exit) and, when SNAPFOLIO_DB_URL is set, a fresh database on that server (dropped at exit).
 * {@link #clean()} empties every table between tests.
 */
public final class TestDatabase {
    /** Children first, so foreign keys never object. */
    private static final List<String> TABLES = List.of("ticker_snapshot", "financial_snapshot", "account_state",
            "dirty_mark", "movement", "import_batch", "run_log", "processing_setting", "price", "split", "account");

    private static TestDatabase embedded;
    private static Optional<TestDatabase> external;

    private final DatabaseSettings settings;
    private final Injector injector;

    private TestDatabase(DatabaseSettings settings) {
        this.settings = settings;
        this.injector = Guice.createInjector(new PersistenceModule(settings));
    }

    /** The embedded server of this JVM, in a temporary data directory; binaries unpacked once per machine. */
    public static synchronized TestDatabase embedded() {
        if (embedded == null) {
            try {
                Path dataDir = Files.createTempDirectory("snapfolio-test-db");
                Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "snapfolio-test-mariadb-server");
                EmbeddedMariaDb server = new EmbeddedMariaDb(dataDir, binaries);
                server.ensureRunning(true);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.stop();
                    deleteTree(dataDir);
                }, "test-db-cleanup"));
                embedded = new TestDatabase(DatabaseSettings.embedded(dataDir, true));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return embedded;
    }

    /** A fresh database on the server of SNAPFOLIO_DB_URL, when it is set. */
    public static synchronized Optional<TestDatabase> external() {
        if (external == null) {
            String url = System.getenv(DatabaseSettings.ENV_URL);
            if (url == null || url.isBlank()) {
                external = Optional.empty();
            } else {
                String user = System.getenv().getOrDefault(DatabaseSettings.ENV_USER, "root");
                String password = System.getenv().getOrDefault(DatabaseSettings.ENV_PASSWORD, "");
                String database = "snapfolio_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                String server = serverUrl(url);
                execute(server, user, password, "CREATE DATABASE " + database
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                Runtime.getRuntime().addShutdownHook(new Thread(
                        () -> execute(server, user, password, "DROP DATABASE IF EXISTS " + database), "test-db-drop"));
                external = Optional.of(new TestDatabase(DatabaseSettings.external(withDatabase(url, database), user, password)));
            }
        }
        return external;
    }

    public static String requireExternalUrl() {
        return System.getenv(DatabaseSettings.ENV_URL);
    }

    public Injector injector() {
        return injector;
    }

    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return injector.getInstance(DataSource.class);
    }

    /** Empties every table. */
    public void clean() {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts rows with plain JDBC, outside any MyBatis session. */
    public long count(String table) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String serverUrl(String url) {
        String u = url.startsWith("jdbc:mysql:") ? "jdbc:mariadb:" + url.substring("jdbc:mysql:".length()) : url;
        int hostStart = u.indexOf("//") + 2;
        int slash = u.indexOf('/', hostStart);
        int query = u.indexOf('?', hostStart);
        int end = slash >= 0 ? slash : (query >= 0 ? query : u.length());
        return u.substring(0, end) + "/";
    }

    static String withDatabase(String url, String database) {
        String u = url.startsWith("jdbc:mysql:") ? "jdbc:mariadb:" + url.substring("jdbc:mysql:".length()) : url;
        int query = u.indexOf('?');
        String params = query >= 0 ? u.substring(query) : "";
        return serverUrl(u) + database + params;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + DatabaseSettings.redact(url) + ": "
                    + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
