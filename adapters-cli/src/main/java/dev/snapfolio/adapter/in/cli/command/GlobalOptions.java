package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.OutputFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command accepts. They are read before the injector exists (they decide the clock,
 * the configuration and the database), see {@link Cli#scanGlobalOptions}; the command tree
 * declares them too so that they are accepted anywhere on the line and shown in the help.
 */
public class GlobalOptions {
    @Option(names = "--today", paramLabel = "DATE", scope = ScopeType.INHERIT,
            description = "Pins today (yyyy-MM-dd) for reproducible runs; also SNAPFOLIO_TODAY.")
    private LocalDate today;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "More logging on the console; stack traces with errors.")
    private boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Prints nothing on success, except what --format csv|json asks of a listing or of a change (its ids).")
    private boolean quiet;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file (default: ~/.snapfolio/config.properties).")
    private Path config;

    @Option(names = "--format", paramLabel = "table|csv|json", scope = ScopeType.INHERIT,
            description = "Output format of listings (default: table).")
    private OutputFormat format;

    @Option(names = "--db-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory of the embedded database (default: ~/.snapfolio/db).")
    private Path dbDir;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE", scope = ScopeType.INHERIT,
            description = "Overrides a configuration key for this run (wins over environment, stored settings and file).")
    private Map<String, String> settings = new LinkedHashMap<>();

    public GlobalOptions() {
    }

    /** Values for tests and embedders. */
    public GlobalOptions(LocalDate today, boolean verbose, Path config, OutputFormat format, Path dbDir,
            Map<String, String> settings) {
        this.today = today;
        this.verbose = verbose;
        this.config = config;
        this.format = format;
        this.dbDir = dbDir;
        this.settings = new LinkedHashMap<>(settings);
    }

    /** Values as read from a line (see {@link QuickGlobalScan}). */
    GlobalOptions(LocalDate today, boolean verbose, boolean quiet, Path config, OutputFormat format, Path dbDir,
            Map<String, String> settings) {
        this(today, verbose, config, format, dbDir, settings);
        this.quiet = quiet;
    }

    public static GlobalOptions defaults() {
        return new GlobalOptions(null, false, null, null, null, Map.of());
    }

    public Optional<LocalDate> today() {
        return Optional.ofNullable(today);
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean quiet() {
        return quiet;
    }

    public Optional<Path> config() {
        return Optional.ofNullable(config);
    }

    public Optional<OutputFormat> format() {
        return Optional.ofNullable(format);
    }

    public OutputFormat formatOrTable() {
        return format == null ? OutputFormat.TABLE : format;
    }

    public Optional<Path> dbDir() {
        return Optional.ofNullable(dbDir);
    }

    public Map<String, String> settings() {
        return settings == null ? Map.of() : Map.copyOf(settings);
    }
}
