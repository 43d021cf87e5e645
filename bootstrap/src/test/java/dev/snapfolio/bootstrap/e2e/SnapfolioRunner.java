package dev.snapfolio.bootstrap.e2e;

import com.google.inject.Injector;
import dev.snapfolio.adapter.in.cli.command.Cli;
import dev.snapfolio.adapter.in.cli.command.Terminal;
import dev.snapfolio.bootstrap.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * Runs {@code snapfolio} command lines through {@link Main#run} as a user would, in this JVM, on
 * one embedded database per test JVM (a temporary home; the server stops when the JVM exits), or
 * on the external MariaDB when SNAPFOLIO_DB_URL is set. Today is pinned to 2026-01-01.
 */
public final class SnapfolioRunner {
    private static final Path HOME = createHome();

    private final Map<String, String> environment;

    /** The output of one command line. */
    public record Run(int exit, String out, String err) {
        public List<String> outLines() {
            return out.lines().toList();
        }
    }

    public SnapfolioRunner() {
        this(Map.of());
    }

    /** With extra environment variables (they win over the shared test set-up). */
    public SnapfolioRunner(Map<String, String> extraEnvironment) {
        Map<String, String> env = new HashMap<>();
        env.put("SNAPFOLIO_HOME", HOME.toString());
        env.put("SNAPFOLIO_TODAY", "2026-01-01");
        // the server started by the tests stops with the test JVM
        env.put("SNAPFOLIO_DB_KEEP_RUNNING", "false");
        for (String name : List.of("SNAPFOLIO_DB_URL", "SNAPFOLIO_DB_USER", "SNAPFOLIO_DB_PASSWORD")) {
            String value = System.getenv(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        env.putAll(extraEnvironment);
        this.environment = Map.copyOf(env);
    }

    public static Path home() {
        return HOME;
    }

    public static boolean externalDatabase() {
        String url = System.getenv("SNAPFOLIO_DB_URL");
        return url != null && !url.isBlank();
    }

    /** A name no other test (or earlier run on a shared external database) has used. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Main(environment, HOME).run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * Runs {@code program} on the production wiring of a command line without a command, as
     * {@code snapfolio serve} would (same home, database and environment), for what no command can
     * do: reading tables byte for byte, injecting a failure; a failure the wiring reports is in the
     * run's error text.
     */
    public Run withInjector(ToIntFunction<Injector> program) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err));
        int exit = new Main(environment, HOME).run(Cli.scanGlobalOptions(), terminal, program);
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code run(first..., rest...)} for building lines from a fixed head and a variable tail. */
    public Run run(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return run(all.toArray(String[]::new));
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("snapfolio-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
