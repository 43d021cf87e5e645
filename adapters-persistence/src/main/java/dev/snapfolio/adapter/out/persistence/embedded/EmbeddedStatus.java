package dev.snapfolio.adapter.out.persistence.embedded;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@code db status} shows about the embedded server of a data directory. {@code answering}
 * is true when the recorded server accepts connections.
 */
public record EmbeddedStatus(Path dataDir, boolean running, boolean answering, long pid, int port, String version,
        Optional<Instant> startedAt) {

    static EmbeddedStatus stopped(Path dataDir) {
        return new EmbeddedStatus(dataDir, false, false, 0, 0, "", Optional.empty());
    }

    /** One line for the user. */
    public String describe() {
        if (!running) {
            return "embedded MariaDB in " + dataDir + ": not running";
        }
        return "embedded MariaDB " + version + " in " + dataDir + ": running, pid " + pid + ", port " + port
                + (answering ? "" : " (not answering)") + startedAt.map(t -> ", since " + t).orElse("");
    }
}
