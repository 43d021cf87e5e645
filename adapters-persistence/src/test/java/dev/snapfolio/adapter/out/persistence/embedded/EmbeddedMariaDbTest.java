package dev.snapfolio.adapter.out.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.adapter.out.persistence.DatabaseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's life: a second user of the directory reuses the running server, status
 * and stop work without starting anything, and a directory it cannot use is refused in one line.
 */
class EmbeddedMariaDbTest {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDbTest.class);
    private static final Path SHARED_BINARIES = Path.of(System.getProperty("java.io.tmpdir"),
            "snapfolio-test-mariadb-server");

    @TempDir
    Path tmp;
    private EmbeddedMariaDb server;
    private Process impostor;

    @AfterEach
    void stopEverything() {
        if (server != null) {
            server.stop();
        }
        if (impostor != null) {
            impostor.destroyForcibly();
        }
    }

    @Test
    void aSecondUserOfTheDirectoryReusesTheRunningServerAndStopEndsIt() throws Exception {
        Path dir = tmp.resolve("db");
        server = new EmbeddedMariaDb(dir, SHARED_BINARIES);

        EmbeddedMariaDb.Endpoint first = server.ensureRunning(true);
        EmbeddedMariaDb.Endpoint second = new EmbeddedMariaDb(dir, SHARED_BINARIES).ensureRunning(true);

        assertThat(first.started()).isTrue();
        assertThat(second.started()).isFalse();
        assertThat(second.port()).isEqualTo(first.port());
        assertThat(second.pid()).isEqualTo(first.pid());
        assertThat(second.elapsedMillis()).isLessThan(first.elapsedMillis());
        try (Connection c = DriverManager.getConnection(first.jdbcUrl("snapfolio"), first.user(), first.password())) {
            assertThat(c.isValid(2)).isTrue();
        }
        EmbeddedStatus status = server.status();
        assertThat(status.running()).isTrue();
        assertThat(status.answering()).isTrue();
        assertThat(status.pid()).isEqualTo(first.pid());
        assertThat(status.describe()).contains("running").contains(Long.toString(first.pid()));

        assertThat(server.stop()).isTrue();

        assertThat(ProcessHandle.of(first.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(server.status().running()).isFalse();
        assertThat(server.status().describe()).contains("not running");
        assertThat(server.stop()).isFalse();

        // the data survives: a restart on the installed directory, no install this time
        EmbeddedMariaDb.Endpoint restarted = server.ensureRunning(true);
        assertThat(restarted.started()).isTrue();
        LOG.info("embedded start-up: first start (install included) {} ms, reuse {} ms, restart of an installed "
                + "directory {} ms", first.elapsedMillis(), second.elapsedMillis(), restarted.elapsedMillis());
    }

    @Test
    void theServerKeepsItsTemporaryFilesInItsOwnDirectoryNotInTheSharedTmp() throws Exception {
        Path dir = tmp.resolve("db");
        server = new EmbeddedMariaDb(dir, SHARED_BINARIES);
        EmbeddedMariaDb.Endpoint endpoint = server.ensureRunning(true);
        Path own = dir.toAbsolutePath().normalize().resolve("tmp");

        try (Connection c = DriverManager.getConnection(endpoint.jdbcUrl("snapfolio"), endpoint.user(),
                endpoint.password());
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT @@tmpdir")) {
                rs.next();
                assertThat(Path.of(rs.getString(1)).normalize()).isEqualTo(own);
            }
            // an explicit temporary table lives as #sql* files in the server's tmpdir
            s.execute("CREATE TEMPORARY TABLE scratch (x INT) ENGINE=Aria");
            try (Stream<Path> files = Files.list(own)) {
                assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("#sql"));
            }
        }
    }

    @Test
    void theServerIsPrivateToItsOwnerAConnectionWithoutTheGeneratedPasswordIsRefused() throws Exception {
        Path dir = tmp.resolve("db");
        server = new EmbeddedMariaDb(dir, SHARED_BINARIES);
        EmbeddedMariaDb.Endpoint endpoint = server.ensureRunning(true);
        Path credentials = dir.resolve(ServerCredentials.FILE);

        assertThat(endpoint.password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(endpoint.toString()).doesNotContain(endpoint.password());
        assertThat(Files.getPosixFilePermissions(credentials)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(credentials)).contains(endpoint.password());
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        // what a local user without the file tries: root without a password, over TCP and the socket
        assertThatThrownBy(() -> DriverManager.getConnection(endpoint.jdbcUrl("snapfolio"), "root", "").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1045));
        assertThatThrownBy(() -> DriverManager.getConnection(endpoint.jdbcUrl("snapfolio"), "root", "guess").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1045));
        Path socket = dir.toAbsolutePath().resolve("mariadb.sock");
        if (Files.exists(socket)) {
            assertThat(Files.getPosixFilePermissions(socket)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        try (Connection c = DriverManager.getConnection(endpoint.jdbcUrl("snapfolio"), endpoint.user(),
                endpoint.password()); Statement s = c.createStatement()) {
            // files written by SQL stay inside the server's own directory
            Path outside = tmp.resolve("outfile.txt");
            assertThatThrownBy(() -> s.execute("SELECT 1 INTO OUTFILE '" + outside + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("secure-file-priv");
            assertThat(outside).doesNotExist();
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM mysql.user WHERE User = '' OR "
                    + "(User = 'root' AND authentication_string = '')")) {
                rs.next();
                assertThat(rs.getInt(1)).as("accounts without a password").isZero();
            }
        }
    }

    @Test
    void aDirectoryOfAnOlderVersionWithAPasswordlessRootIsSecuredOnItsFirstStart() throws Exception {
        Path dir = tmp.resolve("db");
        server = new EmbeddedMariaDb(dir, SHARED_BINARIES);
        EmbeddedMariaDb.Endpoint first = server.ensureRunning(true);
        // back to what an older version left: root without a password, no credentials file
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(""), first.user(), first.password());
                Statement s = c.createStatement()) {
            for (String host : new String[] {"localhost", "127.0.0.1", "::1"}) {
                s.execute("ALTER USER 'root'@'" + host + "' IDENTIFIED BY ''");
            }
        }
        server.stop();
        Files.delete(dir.resolve(ServerCredentials.FILE));

        EmbeddedMariaDb.Endpoint upgraded = server.ensureRunning(true);

        assertThat(upgraded.password()).isNotEqualTo(first.password());
        assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl("snapfolio"), "root", "").close())
                .isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(upgraded.jdbcUrl("snapfolio"), upgraded.user(),
                upgraded.password())) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void aDataDirectoryWithSpacesInItsPathInstallsAndStarts() throws Exception {
        Path dir = tmp.resolve("Jane Doe").resolve(".snapfolio db");
        server = new EmbeddedMariaDb(dir, null);

        EmbeddedMariaDb.Endpoint endpoint = server.ensureRunning(true);

        try (Connection c = DriverManager.getConnection(endpoint.jdbcUrl("snapfolio"), endpoint.user(),
                endpoint.password())) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsRefusedSayingSo() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "not a directory");
        server = null;

        assertThatThrownBy(() -> new EmbeddedMariaDb(file, SHARED_BINARIES).ensureRunning(true))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("cannot create the database directory " + file + ": a file of that name is in the way");
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsRefusedInOneLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "not a directory");
        server = null;

        assertThatThrownBy(() -> new EmbeddedMariaDb(file.resolve("db"), SHARED_BINARIES).ensureRunning(true))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining(file.resolve("db").toString())
                .hasMessageNotContaining("\n");
    }

    @Test
    void aReadOnlyDirectoryIsRefusedInOneLine() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("readonly"));
        // root ignores permission bits; a read-only mount is out of reach here, so check as a user can
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root may write anywhere");
        dir.toFile().setWritable(false, false);
        try {
            assertThatThrownBy(() -> new EmbeddedMariaDb(dir, SHARED_BINARIES).ensureRunning(true))
                    .isInstanceOf(DatabaseException.class).hasMessageContaining("not writable");
        } finally {
            dir.toFile().setWritable(true, false);
        }
    }

    @Test
    void aRecordedServerThatDoesNotAnswerIsNamedAndTheDirectoryRefused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("db"));
        impostor = startImpostor(dir);
        new ServerRecord(impostor.pid(), 9, "11.4.5", Instant.now(), "someone").write(dir);
        server = null;

        assertThatThrownBy(() -> new EmbeddedMariaDb(dir, SHARED_BINARIES, Duration.ofMillis(300)).ensureRunning(true))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("in use by process " + impostor.pid())
                .hasMessageContaining("does not answer on port 9")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aServerOnTheDirectoryThatSnapfolioDidNotStartIsNamed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("db"));
        impostor = startImpostor(dir);
        server = null;

        assertThatThrownBy(() -> new EmbeddedMariaDb(dir, SHARED_BINARIES).ensureRunning(true))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("in use by process " + impostor.pid())
                .hasMessageContaining("did not start");
    }

    @Test
    void aStaleRecordOfADeadServerIsIgnored() throws Exception {
        Path dir = tmp.resolve("db");
        server = new EmbeddedMariaDb(dir, SHARED_BINARIES);
        long deadPid = new ProcessBuilder("true").start().pid();
        TimeUnit.MILLISECONDS.sleep(200);
        Files.createDirectories(dir);
        new ServerRecord(deadPid, 9, "11.4.5", Instant.now(), "someone").write(dir);

        assertThat(server.status().running()).isFalse();
        EmbeddedMariaDb.Endpoint endpoint = server.ensureRunning(true);

        assertThat(endpoint.started()).isTrue();
        assertThat(endpoint.pid()).isNotEqualTo(deadPid);
    }

    /** A process whose command line looks like a mariadbd on the directory, and which answers nothing. */
    private static Process startImpostor(Path dir) throws IOException {
        return new ProcessBuilder("sh", "-c", "sleep 60; echo mariadbd --datadir=" + dir.resolve("data")).start();
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
