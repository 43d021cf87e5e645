package dev.snapfolio.bootstrap;

import dev.snapfolio.adapter.in.cli.command.GlobalOptions;
import dev.snapfolio.adapter.in.cli.command.UsageException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything decided before the injector exists: where Snapfolio keeps its files, the config file,
 * the clock (today pinned by --today / SNAPFOLIO_TODAY / the file's {@code today}), the database
 * and the logging. Keys: {@code today}, {@code zone}, {@code db.url}, {@code db.user},
 * {@code db.password}, {@code db.dir}, {@code db.keepRunning}, plus the processing keys the
 * application reads through {@link dev.snapfolio.application.port.out.StaticConfiguration}.
 */
final class Configuration {
    static final String HOME_ENV = "SNAPFOLIO_HOME";
    static final String TODAY = "today";
    static final String ZONE = "zone";
    static final String DB_URL = "db.url";
    static final String DB_USER = "db.user";
    static final String DB_PASSWORD = "db.password";
    static final String DB_DIR = "db.dir";
    static final String DB_KEEP_RUNNING = "db.keepRunning";
    /** The largest configuration file read. */
    static final long MAX_CONFIG_BYTES = 1024 * 1024;

    private final Path home;
    private final LayeredConfiguration layers;
    private final Optional<Path> configFile;

    private Configuration(Path home, LayeredConfiguration layers, Optional<Path> configFile) {
        this.home = home;
        this.layers = layers;
        this.configFile = configFile;
    }

    /**
     * @param env the process environment
     * @param userHome the user's home directory ({@code ~})
     * @throws UsageException when --config names a file that cannot be read, or a value is malformed
     */
    static Configuration load(GlobalOptions options, Map<String, String> env, Path userHome) {
        String homeValue = env.get(HOME_ENV);
        Path home = homeValue == null || homeValue.isBlank() ? userHome.resolve(".snapfolio") : Path.of(homeValue);
        Path defaultFile = home.resolve("config.properties");
        Properties file = new Properties();
        Optional<Path> used = Optional.empty();
        if (options.config().isPresent()) {
            Path path = options.config().get();
            if (!Files.isReadable(path)) {
                throw new UsageException("--config: cannot read '" + path + "'");
            }
            checkConfigFile("--config", path);
            read(path, file);
            used = Optional.of(path);
        } else if (Files.isReadable(defaultFile)) {
            checkConfigFile("the configuration file", defaultFile);
            read(defaultFile, file);
            used = Optional.of(defaultFile);
        }
        Map<String, String> flags = new LinkedHashMap<>(options.settings());
        options.today().ifPresent(today -> flags.put(TODAY, today.toString()));
        options.dbDir().ifPresent(dir -> flags.put(DB_DIR, dir.toString()));
        if (flags.containsKey(DB_DIR) && flags.get(DB_DIR).isBlank()) {
            // Path.of("") is the current directory: a server would be installed wherever the command ran
            throw new UsageException("--db-dir: the database directory must not be empty");
        }
        Configuration configuration = new Configuration(home, new LayeredConfiguration(flags, env, file), used);
        configuration.clock(); // malformed today or zone: fail before anything starts
        return configuration;
    }

    /**
     * A device or a huge file would be read to the end into memory ({@code --config /dev/zero} ran
     * out of heap): only a regular file of at most {@value #MAX_CONFIG_BYTES} bytes is read.
     */
    private static void checkConfigFile(String what, Path path) {
        if (!Files.isRegularFile(path)) {
            throw new UsageException(what + ": '" + path + "' is not a regular file");
        }
        try {
            if (Files.size(path) > MAX_CONFIG_BYTES) {
                throw new UsageException(what + ": '" + path + "' is larger than " + MAX_CONFIG_BYTES / 1024
                        + " KiB; a configuration file holds a few keys");
            }
        } catch (IOException e) {
            throw new UsageException(what + ": cannot read '" + path + "'");
        }
    }

    private static void read(Path path, Properties into) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            into.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("cannot read the configuration file '" + path + "': " + e.getMessage());
        }
    }

    LayeredConfiguration layers() {
        return layers;
    }

    Optional<String> value(String key) {
        return layers.value(key);
    }

    Optional<Path> configFile() {
        return configFile;
    }

    /** Where Snapfolio keeps its files: ~/.snapfolio, or SNAPFOLIO_HOME. */
    Path home() {
        return home;
    }

    Path logFile() {
        return home.resolve("logs").resolve("snapfolio.log");
    }

    Path databaseDirectory() {
        return value(DB_DIR).map(Path::of).orElse(home.resolve("db"));
    }

    Optional<String> databaseUrl() {
        return value(DB_URL);
    }

    String databaseUser() {
        return value(DB_USER).orElse("root");
    }

    String databasePassword() {
        return value(DB_PASSWORD).orElse("");
    }

    /** The embedded server outlives the command (so the next one starts fast) unless told otherwise. */
    boolean keepDatabaseRunning() {
        return value(DB_KEEP_RUNNING).map(Boolean::parseBoolean).orElse(true);
    }

    ZoneId zone() {
        Optional<String> zone = value(ZONE);
        try {
            return zone.map(ZoneId::of).orElse(ZoneId.systemDefault());
        } catch (DateTimeException e) {
            throw new UsageException("zone: '" + zone.get() + "' is not a time zone (e.g. Europe/Madrid)");
        }
    }

    Optional<LocalDate> today() {
        Optional<String> today = value(TODAY);
        try {
            return today.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new UsageException("today: '" + today.get() + "' is not a date (expected yyyy-MM-dd)");
        }
    }

    /**
     * The system clock in the configured zone; with a pinned today, shifted so that its date is
     * that day while time still passes (run timings stay real).
     */
    Clock clock() {
        return clock(zone(), today());
    }

    /** The system clock in {@code zone}; with {@code today}, shifted so that its date is that day. */
    static Clock clock(ZoneId zone, Optional<LocalDate> today) {
        Clock system = Clock.system(zone);
        if (today.isEmpty()) {
            return system;
        }
        LocalDate actual = LocalDate.now(system);
        return Clock.offset(system, Duration.ofDays(today.get().toEpochDay() - actual.toEpochDay()));
    }
}
