package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.OutputFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the global options of an ordinary line by hand, without building a picocli model: each
 * global option at most once, its value in the next word or after {@code =} ({@code -Dkey=value}
 * too), every other word and option kept for the command. Anything else — a missing or malformed
 * value, a repeated option, a cluster of short options — is left to picocli's own scan (empty
 * here), which reads it the same way or reports the mistake with its usual message.
 */
final class QuickGlobalScan {
    private final Set<String> seen = new HashSet<>();
    private final List<String> rest = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private LocalDate today;
    private boolean verbose;
    private boolean quiet;
    private Path config;
    private OutputFormat format;
    private Path dbDir;

    private QuickGlobalScan() {
    }

    /** The global options and the rest of the line (up to {@code --}), or empty when picocli must read it. */
    static Optional<QuickGlobalScan> of(String... args) {
        QuickGlobalScan scan = new QuickGlobalScan();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                scan.rest.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (arg.startsWith("-D") && arg.length() > 2) {
                name = "-D";
                value = arg.substring(2);
            }
            String option = canonical(name);
            if (option == null) {
                if (!arg.startsWith("--") && arg.length() > 2) {
                    return Optional.empty(); // a cluster of short options (-vq), or a negative number
                }
                scan.rest.add(arg);
                continue;
            }
            if (!option.equals("--set") && !scan.seen.add(option)) {
                return Optional.empty();
            }
            boolean flag = option.equals("--verbose") || option.equals("--quiet");
            if (flag) {
                if (value != null) {
                    return Optional.empty();
                }
            } else if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                    return Optional.empty();
                }
                value = args[++i];
            }
            if (!scan.take(option, value)) {
                return Optional.empty();
            }
        }
        return Optional.of(scan);
    }

    private static String canonical(String name) {
        return switch (name) {
            case "-v", "--verbose" -> "--verbose";
            case "-q", "--quiet" -> "--quiet";
            case "-D", "--set" -> "--set";
            case "--today", "--config", "--format", "--db-dir" -> name;
            default -> null;
        };
    }

    private boolean take(String option, String value) {
        try {
            switch (option) {
                case "--verbose" -> verbose = true;
                case "--quiet" -> quiet = true;
                case "--today" -> today = Converters.date(value);
                case "--config" -> config = Path.of(value);
                case "--db-dir" -> dbDir = Path.of(value);
                case "--format" -> format = OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
                case "--set" -> {
                    int equals = value.indexOf('=');
                    if (equals <= 0) {
                        return false;
                    }
                    settings.put(value.substring(0, equals), value.substring(equals + 1));
                }
                default -> throw new IllegalStateException(option);
            }
            return true;
        } catch (IllegalArgumentException | picocli.CommandLine.TypeConversionException e) {
            // a malformed value (InvalidPathException is an IllegalArgumentException): picocli reports it
            return false;
        }
    }

    GlobalOptions options() {
        return new GlobalOptions(today, verbose, quiet, config, format, dbDir, settings);
    }

    /** The words and options left for the command, up to {@code --}, in order. */
    List<String> rest() {
        return rest;
    }
}
