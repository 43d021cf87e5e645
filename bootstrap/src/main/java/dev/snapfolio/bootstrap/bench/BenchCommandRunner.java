package dev.snapfolio.bootstrap.bench;

import dev.snapfolio.adapter.in.cli.command.BenchRunner;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code snapfolio bench [--quick] [--json FILE] [--seed N]}: parses the arguments and runs the
 * {@link BenchHarness}. The table goes to {@code out}, progress to {@code err}. Exit code 0 when the
 * bench ran (whether or not every target was met: the table says), 2 on bad arguments; failures
 * are thrown for the command line to report.
 */
public final class BenchCommandRunner implements BenchRunner {
    static final String USAGE = "usage: snapfolio bench [--quick] [--years N[,N...]] [--json FILE] [--seed N]\n"
            + "  --quick      histories of a few weeks: runs in seconds, checks the bench works (figures not"
            + " comparable to the targets)\n"
            + "  --years LIST the history lengths to measure, e.g. 2,10 (default 1,2,5,10); the back-dated"
            + " comparison and the movements dated today use the 2-year history when listed, else the first\n"
            + "  --json FILE  also write the figures as JSON to FILE\n"
            + "  --seed N     generate the histories from seed N\n"
            + "The bench creates accounts named bench-* and tickers B<n>-*; run it on a scratch database.";

    private final Provider<BenchHarness> harness;

    @Inject
    public BenchCommandRunner(Provider<BenchHarness> harness) {
        this.harness = harness;
    }

    @Override
    public int run(List<String> args, PrintWriter out, PrintWriter err) {
        BenchOptions options;
        try {
            options = parse(args);
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
        harness.get().run(options, out, err);
        return 0;
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
