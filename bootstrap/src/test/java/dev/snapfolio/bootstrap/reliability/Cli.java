package dev.snapfolio.bootstrap.reliability;

import dev.snapfolio.bootstrap.Main;
import java.io.File;
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
import java.util.concurrent.TimeUnit;

/**
 * {@code snapfolio} on one shared home (and so one embedded data directory, whose server outlives
 * each command), run as a child JVM that a test may SIGKILL, or in this JVM for the checks. Today
 * is pinned to 2026-01-01. With SNAPFOLIO_DB_URL set, every process uses that server instead.
 */
final class Cli implements AutoCloseable {
    static final String TODAY = "2026-01-01";

    private final Path home;
    private final Map<String, String> environment;

    /** The output of one command line. */
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    Cli(Path home) {
        this(home, true);
    }

    /** {@code followEnvironment}: false keeps the embedded server even when SNAPFOLIO_DB_URL is set. */
    Cli(Path home, boolean followEnvironment) {
        this.home = home;
        Map<String, String> env = new HashMap<>();
        env.put("SNAPFOLIO_HOME", home.toString());
        env.put("SNAPFOLIO_TODAY", TODAY);
        env.put("SNAPFOLIO_DB_KEEP_RUNNING", "true");
        for (String name : List.of("SNAPFOLIO_DB_URL", "SNAPFOLIO_DB_USER", "SNAPFOLIO_DB_PASSWORD")) {
            String value = followEnvironment ? System.getenv(name) : null;
            if (value != null) {
                env.put(name, value);
            }
        }
        this.environment = Map.copyOf(env);
    }

    static Cli onFreshHome(String prefix) {
        try {
            return new Cli(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh home on its own embedded server even when SNAPFOLIO_DB_URL is set: for tests that count
     * every account, row or statement of the database, which a shared server's other tests would change.
     */
    static Cli onFreshEmbeddedHome(String prefix) {
        try {
            return new Cli(Files.createTempDirectory(prefix), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether its commands run on SNAPFOLIO_DB_URL's server (else on the home's embedded one). */
    boolean usesExternalServer() {
        return environment.containsKey("SNAPFOLIO_DB_URL");
    }

    Path home() {
        return home;
    }

    /** One command line in this JVM. */
    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Main(environment, home).run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    /** One command line in a child JVM, its output going to files under the home. */
    Process start(String... args) {
        return startMain(Main.class.getName(), args);
    }

    /** {@code mainClass} (on the test class path) in a child JVM with this home's environment. */
    Process startMain(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (!environment.containsKey("SNAPFOLIO_DB_URL")) {
            builder.environment().remove("SNAPFOLIO_DB_URL");
        }
        builder.environment().put("HOME", home.toString());
        builder.redirectOutput(home.resolve("child.out").toFile());
        builder.redirectError(ProcessBuilder.Redirect.appendTo(new File(home.resolve("child.err").toString())));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A child run to its end; its exit code. */
    int runChild(long timeoutSeconds, String... args) {
        Process p = start(args);
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("snapfolio " + String.join(" ", args) + " did not end in " + timeoutSeconds + " s");
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL, and wait until the process is gone. */
    static void kill(Process p) {
        p.destroyForcibly();
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteTree(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }

    /** Stops the embedded server this home started (the external server is left alone). */
    @Override
    public void close() {
        run("db", "stop");
    }
}
