package dev.snapfolio.adapter.out.persistence.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded server's root password: generated once per data directory and kept in
 * {@code <dataDir>/credentials.properties}, readable by its owner only (0600), so that only the
 * user who owns the directory can connect (DESIGN §9). Never logged nor shown: {@link #toString}
 * hides it.
 */
public final class ServerCredentials {
    static final String FILE = "credentials.properties";
    static final String USER = "root";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final int LENGTH = 32;

    private final String user;
    private final String password;

    private ServerCredentials(String user, String password) {
        this.user = user;
        this.password = password;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The directory's credentials, generated and written (0600) when it has none yet. */
    static ServerCredentials loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        try {
            return read(file);
        } catch (NoSuchFileException e) {
            ServerCredentials created = new ServerCredentials(USER, generate());
            created.write(dataDir);
            return created;
        }
    }

    /** The directory's credentials, if it has any (never creates them). */
    static java.util.Optional<ServerCredentials> find(Path dataDir) {
        try {
            return java.util.Optional.of(read(dataDir.resolve(FILE)));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static ServerCredentials read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        String password = p.getProperty("password");
        if (password == null || password.isEmpty()) {
            throw new IOException(file + " holds no password");
        }
        return new ServerCredentials(p.getProperty("user", USER), password);
    }

    /** Written to a file created owner-only (never readable by others, not even for a moment), then moved. */
    private void write(Path dataDir) throws IOException {
        Path tmp = dataDir.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // not a POSIX file system: its own access rules apply
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot create " + tmp, e);
        }
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(writer, "Snapfolio embedded MariaDB: the password of this directory's server (keep it private)");
        }
        Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }

    @Override
    public String toString() {
        return "ServerCredentials[user=" + user + ", password=***]";
    }
}
