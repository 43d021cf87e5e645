package dev.snapfolio.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own for a test that needs one (empty, or whose settings must not leak into the
 * shared one): a home of its own, so an embedded server of its own — or, when the tests run on the
 * external MariaDB, a new database on that server, dropped again when the test JVM exits (a run
 * leaves no database behind on the shared server).
 */
final class SeparateDatabase {
    private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/?]+/)([^?]*)(.*)");
    /** The external databases created by this JVM, to drop when it exits. */
    private static final List<String> CREATED = new ArrayList<>();

    private SeparateDatabase() {
    }

    /** The environment (for {@link SnapfolioRunner#SnapfolioRunner(Map)}) that points at a new, empty database. */
    static Map<String, String> create(String label) {
        Map<String, String> env = new HashMap<>();
        try {
            env.put("SNAPFOLIO_HOME", Files.createTempDirectory("snapfolio-" + label + "-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (SnapfolioRunner.externalDatabase()) {
            env.put("SNAPFOLIO_DB_URL", createExternal(label));
        }
        return env;
    }

    static Path home(Map<String, String> env) {
        return Path.of(env.get("SNAPFOLIO_HOME"));
    }

    private static String createExternal(String label) {
        Matcher m = URL.matcher(System.getenv("SNAPFOLIO_DB_URL"));
        if (!m.matches()) {
            throw new IllegalStateException("SNAPFOLIO_DB_URL is not jdbc:mariadb://host[:port]/database[?options]");
        }
        String name = "snapfolio_" + label.replaceAll("[^a-z0-9]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8);
        String user = Objects.requireNonNullElse(System.getenv("SNAPFOLIO_DB_USER"), "root");
        String password = Objects.requireNonNullElse(System.getenv("SNAPFOLIO_DB_PASSWORD"), "");
        String server = m.group(1) + m.group(3);
        try (Connection c = DriverManager.getConnection(server, user, password);
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a database for the test: " + e.getMessage(), e);
        }
        synchronized (CREATED) {
            if (CREATED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dropCreated(server, user, password),
                        "drop-test-databases"));
            }
            CREATED.add(name);
        }
        return m.group(1) + name + m.group(3);
    }

    private static void dropCreated(String server, String user, String password) {
        synchronized (CREATED) {
            try (Connection c = DriverManager.getConnection(server, user, password);
                    Statement s = c.createStatement()) {
                for (String name : CREATED) {
                    s.executeUpdate("DROP DATABASE IF EXISTS " + name);
                }
            } catch (SQLException e) {
                System.err.println("could not drop the test databases " + CREATED + ": " + e.getMessage());
            }
        }
    }
}
