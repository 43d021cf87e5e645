package dev.snapfolio.adapter.out.persistence.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/** The running server of a data directory, recorded in it so later processes find and reuse it. */
record ServerRecord(long pid, int port, String version, Instant startedAt, String startedBy) {
    static final String FILE = "server.properties";

    static Optional<ServerRecord> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
            return Optional.of(new ServerRecord(Long.parseLong(p.getProperty("pid")),
                    Integer.parseInt(p.getProperty("port")), p.getProperty("version", ""),
                    Instant.parse(p.getProperty("startedAt")), p.getProperty("startedBy", "")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A damaged record is as good as none: the server it named is found by its data dir instead.
            return Optional.empty();
        }
    }

    void write(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("port", Integer.toString(port));
        p.setProperty("version", version);
        p.setProperty("startedAt", startedAt.toString());
        p.setProperty("startedBy", startedBy);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(writer, "Snapfolio embedded MariaDB server of this directory");
        }
        Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void delete(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(FILE));
    }
}
