package dev.snapfolio.bootstrap;

import dev.snapfolio.adapter.cli.command.BenchRunner;
import dev.snapfolio.adapter.cli.command.UsageException;
import dev.snapfolio.bootstrap.bench.BenchHarness;
import dev.snapfolio.bootstrap.bench.BenchOptions;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * {@code snapfolio bench [--quick|--full] [--json FILE] [--seed N]}: hands the options to the bench
 * harness, which measures on the configured database and prints its table.
 */
final class HarnessBenchRunner implements BenchRunner {
    static final String USAGE = "usage: snapfolio bench [--quick|--full] [--json FILE] [--seed N]";

    private final Provider<BenchHarness> harness;

    @Inject
    HarnessBenchRunner(Provider<BenchHarness> harness) {
        this.harness = harness;
    }

    @Override
    public int run(List<String> args, PrintWriter out, PrintWriter err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            out.println("  --quick      histories of a few weeks: seconds (figures not comparable to the targets)");
            out.println("  --full       the figures of DESIGN §8 on 1 to 10 years of history (default)");
            out.println("  --json FILE  also write the report as JSON");
            out.println("  --seed N     generate the histories from another seed");
            out.flush();
            return 0;
        }
        harness.get().run(parse(args), out, err);
        return 0;
    }

    static BenchOptions parse(List<String> args) {
        BenchOptions options = BenchOptions.full();
        Path json = null;
        Long seed = null;
        Iterator<String> it = args.iterator();
        while (it.hasNext()) {
            String arg = it.next();
            switch (arg) {
                case "--quick" -> options = BenchOptions.quick();
                case "--full" -> options = BenchOptions.full();
                case "--json" -> json = Path.of(value(it, arg));
                case "--seed" -> {
                    String value = value(it, arg);
                    try {
                        seed = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--seed: '" + value + "' is not a whole number");
                    }
                }
                default -> throw new UsageException("bench: unknown argument '" + arg + "' (" + USAGE + ")");
            }
        }
        if (seed != null) {
            options = options.withSeed(seed);
        }
        return json == null ? options : options.withJsonFile(json);
    }

    private static String value(Iterator<String> it, String option) {
        if (!it.hasNext()) {
            throw new UsageException(option + " needs a value (" + USAGE + ")");
        }
        return it.next();
    }
}
