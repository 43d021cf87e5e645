package dev.snapfolio.flinkjob;

import dev.snapfolio.adapter.in.flink.EngineFactory;
import dev.snapfolio.adapter.in.flink.EngineUnavailableException;
import dev.snapfolio.adapter.in.flink.RebuildJob;
import dev.snapfolio.adapter.in.flink.RebuildTally;
import dev.snapfolio.adapter.out.persistence.DatabaseSettings;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase.AccountRange;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.LoggerFactory;

/**
 * {@code snapfolio rebuild --engine flink [--parallelism N] [--accounts FROM..TO] [--range-size N]}:
 * the bulk rebuild as a Flink job. Run with {@code java} (bin/snapfolio does) it starts a local
 * MiniCluster of N slots (1 unless given); submitted with {@code flink run} it runs on that cluster
 * (with {@code flink run -p N}'s parallelism unless {@code --parallelism} is given). The database is
 * {@code --db-url}/{@code --db-user}, else SNAPFOLIO_DB_URL / SNAPFOLIO_DB_USER, else the embedded
 * one ({@code --db-dir}, $SNAPFOLIO_HOME/db, ~/.snapfolio/db). Its password is never an argument: it
 * is read by every process that opens the database (the client and each TaskManager) from the file
 * {@code --db-password-file} names, else from SNAPFOLIO_DB_PASSWORD in that process's environment.
 * Exit codes: 0 done, 1 failure (or accounts that failed), 2 bad usage. {@code stream ...} runs the
 * movement stream job on a Kafka topic instead ({@link StreamCommand}).
 */
public final class FlinkMain {
    private static final String USAGE = "usage: snapfolio rebuild --engine flink [--parallelism N] "
            + "[--accounts FROM..TO] [--range-size N] [--db-url URL] [--db-user USER] [--db-password-file FILE] "
            + "[--db-dir DIR] [--today DATE] [--format table|csv|json] [--verbose]";

    private FlinkMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("stream")) {
            return StreamCommand.run(args, env, out, err);
        }
        Parsed<Arguments> parsed = Parsed.of(args, Arguments::parse, a -> a.help, USAGE, out, err);
        if (parsed.arguments() == null) {
            return parsed.exit();
        }
        Arguments arguments = parsed.arguments();
        quietLogging(arguments.verbose);
        EngineFactory engines;
        try {
            engines = engines(arguments, env);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            StreamExecutionEnvironment flink = StreamExecutionEnvironment.getExecutionEnvironment(
                    FlinkSettings.local(arguments.parallelism.orElse(1)));
            // local: the MiniCluster's slots; on a cluster (flink run): flink run -p's unless given
            int parallelism = arguments.parallelism.orElse(
                    flink instanceof LocalStreamEnvironment ? 1 : Math.max(1, flink.getParallelism()));
            flink.setParallelism(parallelism);
            long started = System.nanoTime();
            RebuildTally tally = RebuildJob.run(flink, engines,
                    new RebuildJob.Options(arguments.rangeSize, arguments.accounts));
            long millis = (System.nanoTime() - started) / 1_000_000;
            switch (arguments.format) {
                case "csv" -> out.printf(Locale.ROOT, "accounts,ranges,parallelism,rowsWritten,failed,millis%n"
                        + "%d,%d,%d,%d,%d,%d%n", tally.accounts(), tally.ranges(), parallelism,
                        tally.rowsWritten(), tally.failures(), millis);
                case "json" -> out.printf(Locale.ROOT, "{\"accounts\":%d,\"ranges\":%d,\"parallelism\":%d,"
                        + "\"rowsWritten\":%d,\"failed\":%d,\"millis\":%d}%n", tally.accounts(), tally.ranges(),
                        parallelism, tally.rowsWritten(), tally.failures(), millis);
                default -> out.printf(Locale.ROOT, "rebuilt %d account(s) in %d range(s) with Flink (parallelism %d): "
                        + "%d row(s) written, %d failed, %.1f s%n", tally.accounts(), tally.ranges(),
                        parallelism, tally.rowsWritten(), tally.failures(), millis / 1000.0);
            }
            for (String line : tally.failureLines()) {
                err.println("error: " + line + " (left dirty; `snapfolio refresh` retries it)");
            }
            return tally.failures() > 0 ? 1 : 0;
        } catch (EngineUnavailableException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("error: the rebuild job failed: " + rootMessage(e));
            if (arguments.verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    static EngineFactory engines(Arguments arguments, Map<String, String> env) {
        String url = arguments.dbUrl.orElse(env.get(DatabaseSettings.ENV_URL));
        if (url != null && !url.isBlank()) {
            String user = arguments.dbUser.orElse(env.getOrDefault(DatabaseSettings.ENV_USER, "root"));
            return SnapfolioEngines.external(url.replace("jdbc:mysql:", "jdbc:mariadb:"), user,
                    arguments.dbPasswordFile.map(Path::toString), arguments.today);
        }
        if (arguments.dbUser.isPresent() || arguments.dbPasswordFile.isPresent()) {
            throw new IllegalArgumentException("--db-user and --db-password-file need a database URL "
                    + "(--db-url or SNAPFOLIO_DB_URL)");
        }
        return engines(arguments.dbDir, arguments.today, env);
    }

    /** The database of every command: SNAPFOLIO_DB_URL's, else the embedded one. */
    static EngineFactory engines(Optional<Path> dbDir, Optional<LocalDate> today, Map<String, String> env) {
        String url = env.get(DatabaseSettings.ENV_URL);
        if (url != null && !url.isBlank()) {
            return SnapfolioEngines.external(url.replace("jdbc:mysql:", "jdbc:mariadb:"),
                    env.getOrDefault(DatabaseSettings.ENV_USER, "root"), today);
        }
        Path dataDir = dbDir.orElseGet(() -> {
            String home = env.get("SNAPFOLIO_HOME");
            return home != null && !home.isBlank() ? Path.of(home, "db") : DatabaseSettings.defaultDataDir();
        });
        return SnapfolioEngines.embedded(dataDir, today);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Flink's and the pool's logs stay off the console unless --verbose. */
    static void quietLogging(boolean verbose) {
        try {
            if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                        .setLevel(verbose ? ch.qos.logback.classic.Level.INFO : ch.qos.logback.classic.Level.ERROR);
            }
        } catch (NoClassDefFoundError e) {
            // on a Flink cluster, its own logging (without logback) applies
        }
    }

    /** A command's arguments, or (null) the exit code of a command that stops at its usage. */
    record Parsed<A>(A arguments, int exit) {
        /** Bad usage prints the error and the usage (exit 2); help prints the usage (exit 0). */
        static <A> Parsed<A> of(String[] args, Function<String[], A> parser, Predicate<A> help, String usage,
                PrintStream out, PrintStream err) {
            A arguments;
            try {
                arguments = parser.apply(args);
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                err.println(usage);
                return new Parsed<>(null, 2);
            }
            if (help.test(arguments)) {
                out.println(usage);
                return new Parsed<>(null, 0);
            }
            return new Parsed<>(arguments, 0);
        }
    }

    static final class Arguments {
        Optional<Integer> parallelism = Optional.empty();
        int rangeSize = 500;
        Optional<String> dbUrl = Optional.empty();
        Optional<String> dbUser = Optional.empty();
        Optional<Path> dbPasswordFile = Optional.empty();
        Optional<AccountRange> accounts = Optional.empty();
        Optional<Path> dbDir = Optional.empty();
        Optional<LocalDate> today = Optional.empty();
        String format = "table";
        boolean verbose;
        boolean help;

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            boolean command = false;
            boolean engine = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "rebuild" -> command = true;
                    case "--engine" -> {
                        String value = value(args, ++i, arg);
                        if (!value.equals("flink")) {
                            throw new IllegalArgumentException("--engine: only 'flink' runs here, got '" + value + "'");
                        }
                        engine = true;
                    }
                    case "--parallelism" -> a.parallelism = Optional.of(positive(value(args, ++i, arg), arg, 64));
                    case "--db-url" -> a.dbUrl = Optional.of(value(args, ++i, arg));
                    case "--db-user" -> a.dbUser = Optional.of(value(args, ++i, arg));
                    case "--db-password-file" -> a.dbPasswordFile = Optional.of(Path.of(value(args, ++i, arg)));
                    case "--db-password" -> throw new IllegalArgumentException("--db-password: a password is never "
                            + "an argument; set SNAPFOLIO_DB_PASSWORD or give --db-password-file FILE");
                    case "--range-size" -> a.rangeSize = positive(value(args, ++i, arg), arg, 100_000);
                    case "--accounts" -> a.accounts = Optional.of(range(value(args, ++i, arg)));
                    case "--db-dir" -> a.dbDir = Optional.of(Path.of(value(args, ++i, arg)));
                    case "--today" -> a.today = Optional.of(date(value(args, ++i, arg)));
                    case "--verbose" -> a.verbose = true;
                    case "--format" -> a.format = format(value(args, ++i, arg));
                    case "--all" -> { }
                    case "-h", "--help" -> a.help = true;
                    default -> throw new IllegalArgumentException("unknown option or argument '" + arg + "'");
                }
            }
            if (!a.help && (!command || !engine)) {
                throw new IllegalArgumentException("this program runs 'rebuild --engine flink' only");
            }
            return a;
        }

        static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        static String format(String text) {
            if (!java.util.Set.of("table", "csv", "json").contains(text)) {
                throw new IllegalArgumentException("--format: expected table, csv or json, got '" + text + "'");
            }
            return text;
        }

        static int positive(String text, String option, int max) {
            try {
                int value = Integer.parseInt(text);
                if (value >= 1 && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException(option + " must be a whole number from 1 to " + max + ", got '" + text + "'");
        }

        private static AccountRange range(String text) {
            String[] parts = text.split("\\.\\.", -1);
            try {
                if (parts.length == 2) {
                    return new AccountRange(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--accounts: " + (e instanceof NumberFormatException
                        ? "expected FROM..TO with account ids, got '" + text + "'" : e.getMessage()));
            }
            throw new IllegalArgumentException("--accounts: expected FROM..TO with account ids, got '" + text + "'");
        }

        static LocalDate date(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--today: expected a date YYYY-MM-DD, got '" + text + "'");
            }
        }
    }
}
