package dev.snapfolio.bench;

import dev.snapfolio.adapter.in.cli.command.Cli;
import dev.snapfolio.adapter.in.cli.command.ErrorReporter;
import dev.snapfolio.adapter.in.cli.command.GlobalOptions;
import dev.snapfolio.adapter.in.cli.command.Terminal;
import dev.snapfolio.bootstrap.Main;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code snapfolio bench [--quick] [--years N,..] [--json FILE] [--seed N]} program (run by
 * {@code bin/snapfolio bench}): it takes the global options of every command ({@code --today},
 * {@code --db-dir}, {@code -D}, ...), parses its own, and runs the {@link BenchHarness} on the
 * production wiring, so on the same database as the commands. The table goes to {@code out},
 * progress to {@code err}. Exit code 0 when the bench ran (whether or not every target was met: the
 * table says), 2 on bad arguments, 1 on a failure (reported in one line).
 */
public final class BenchMain {
    static final String USAGE = "usage: snapfolio bench [--quick] [--years N[,N...]] [--json FILE] [--seed N]\n"
            + "  --quick      histories of a few weeks: runs in seconds, checks the bench works (figures not"
            + " comparable to the targets)\n"
            + "  --years LIST the history lengths to measure, e.g. 2,10 (default 1,2,5,10); the back-dated"
            + " comparison and the movements dated today use the 2-year history when listed, else the first\n"
            + "  --json FILE  also write the figures as JSON to FILE\n"
            + "  --seed N     generate the histories from seed N\n"
            + "The global options of every command apply too (--today, --db-dir, --config, -D, --verbose).\n"
            + "The bench creates accounts named bench-* and tickers B<n>-*; run it on a scratch database.";

    private final Main snapfolio;

    public BenchMain(Map<String, String> environment, Path userHome) {
        this.snapfolio = new Main(environment, userHome);
    }

    public static void main(String[] args) {
        BenchMain bench = new BenchMain(System.getenv(), Path.of(System.getProperty("user.home")));
        Main.exitWith((out, err) -> bench.run(args, out, err));
    }

    /**
     * Runs one bench line and returns its exit code; writes only to {@code out} and {@code err}. The
     * line may start with the word {@code bench}, as {@code bin/snapfolio} passes it on.
     */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        GlobalOptions global;
        List<String> rest;
        try {
            global = Cli.scanGlobalOptions(args);
            rest = Cli.withoutGlobalOptions(args);
        } catch (RuntimeException e) {
            return ErrorReporter.report(e, err, false);
        }
        if (!rest.isEmpty() && rest.get(0).equals("bench")) {
            rest = rest.subList(1, rest.size());
        }
        BenchOptions options;
        try {
            options = parse(rest);
        } catch (IllegalArgumentException e) {
            err.println("snapfolio bench: " + e.getMessage());
            err.println(USAGE);
            err.flush();
            return 2;
        }
        if (options == null) {
            out.println(USAGE);
            out.flush();
            return 0;
        }
        BenchOptions chosen = options;
        return snapfolio.run(global, new Terminal(out, err), injector -> {
            injector.getInstance(BenchHarness.class).run(chosen, out, err);
            return 0;
        });
    }

    /** The options the arguments ask for; null for --help. */
    static BenchOptions parse(List<String> args) {
        boolean quick = false;
        Path json = null;
        Long seed = null;
        List<Integer> years = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--quick" -> quick = true;
                case "--years" -> years = years(value(args, ++i, arg));
                case "--json" -> json = Path.of(value(args, ++i, arg));
                case "--seed" -> {
                    String value = value(args, ++i, arg);
                    try {
                        seed = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--seed needs a whole number, got '" + value + "'");
                    }
                }
                case "-h", "--help" -> {
                    return null;
                }
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        BenchOptions options = quick ? BenchOptions.quick() : BenchOptions.full();
        if (years != null) {
            if (quick) {
                throw new IllegalArgumentException("--years and --quick do not go together");
            }
            options = options.withYears(years);
        }
        if (seed != null) {
            options = options.withSeed(seed);
        }
        return options.withJsonFile(json);
    }

    private static List<Integer> years(String list) {
        List<Integer> years = new java.util.ArrayList<>();
        for (String part : list.split(",", -1)) {
            try {
                int y = Integer.parseInt(part.trim());
                if (y < 1 || y > 50) {
                    throw new IllegalArgumentException("--years takes lengths between 1 and 50, got " + y);
                }
                if (years.contains(y)) {
                    throw new IllegalArgumentException("--years lists " + y + " twice");
                }
                years.add(y);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--years needs whole numbers separated by commas, got '" + list + "'");
            }
        }
        java.util.Collections.sort(years);
        return years;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}
