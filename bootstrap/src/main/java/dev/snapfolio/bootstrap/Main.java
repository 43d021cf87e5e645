package dev.snapfolio.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import dev.snapfolio.adapter.in.cli.CliModule;
import dev.snapfolio.adapter.in.cli.command.BuildInfo;
import dev.snapfolio.adapter.in.cli.command.Cli;
import dev.snapfolio.adapter.in.cli.command.ErrorReporter;
import dev.snapfolio.adapter.in.cli.command.GlobalOptions;
import dev.snapfolio.adapter.in.cli.command.StartupTrace;
import dev.snapfolio.adapter.in.cli.command.Terminal;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;

/**
 * The {@code snapfolio} program: reads the global options and the configuration, sets up logging,
 * creates the one injector and runs the command. The only place that exits the JVM.
 */
public final class Main {
    private static final String SLF4J_PROVIDER = "slf4j.provider";
    private final Map<String, String> environment;
    private final Path userHome;

    public Main(Map<String, String> environment, Path userHome) {
        this.environment = Map.copyOf(environment);
        this.userHome = userHome;
    }

    public static void main(String[] args) {
        if (System.getProperty(SLF4J_PROVIDER) == null) {
            // Logback without its search for providers and configuration files (LogbackProvider)
            System.setProperty(SLF4J_PROVIDER, LogbackProvider.class.getName());
            // SLF4J would say on stderr that it loads the provider named
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        Main main = new Main(System.getenv(), Path.of(System.getProperty("user.home")));
        exitWith((out, err) -> main.run(args, out, err));
    }

    /**
     * Runs a program on the console (UTF-8) and exits the JVM with its exit code: the one place
     * that does, for {@code snapfolio} and the bench program alike.
     */
    public static void exitWith(ToIntBiFunction<PrintWriter, PrintWriter> program) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode = program.applyAsInt(out, err);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Runs one command line and returns its exit code; writes only to {@code out} and {@code err}. */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // answered before anything else is loaded: no command tree, no injector
            out.println(BuildInfo.versionLine());
            out.flush();
            return 0;
        }
        if (environment.containsKey("SNAPFOLIO_TRACE_STARTUP")) {
            StartupTrace.printTo(System.err);
        }
        StartupTrace.mark("main");
        GlobalOptions options;
        try {
            options = Cli.scanGlobalOptions(args);
        } catch (RuntimeException e) {
            return ErrorReporter.report(e, err, false);
        }
        Terminal terminal = new Terminal(out, err);
        if (Cli.needsPreflight(args)) {
            OptionalInt answered;
            try {
                // a line asking for help, or naming no command, is answered before anything is wired
                answered = Cli.preflight(terminal, options, args);
            } catch (RuntimeException e) {
                return ErrorReporter.report(e, err, options.verbose());
            }
            if (answered.isPresent()) {
                return answered.getAsInt();
            }
        }
        return runCommand(options, terminal, args);
    }

    /**
     * Runs a command line on the production wiring, as {@link #run(GlobalOptions, Terminal, ToIntFunction)}
     * does, with the injector created on a thread of its own while this one sets up logging, builds
     * the command tree and parses the line: on a machine with a second core a short command no
     * longer waits for the one and then the other (docs/PERFORMANCE.md, "Start-up of a command").
     */
    private int runCommand(GlobalOptions options, Terminal terminal, String[] args) {
        Wiring wiring = null;
        try {
            StartupTrace.mark("global options read");
            Configuration configuration = Configuration.load(options, environment, userHome);
            StartupTrace.mark("configuration loaded");
            wiring = new Wiring(modules(configuration, terminal, options));
            Logging.configure(configuration.logFile(), options.verbose());
            StartupTrace.mark("logging configured");
            return Cli.whileWiring(wiring::injector, terminal, options).execute(args);
        } catch (RuntimeException e) {
            return ErrorReporter.report(e, terminal.err(), options.verbose());
        } finally {
            try {
                if (wiring != null) {
                    wiring.close();
                }
            } catch (RuntimeException e) {
                ErrorReporter.report(e, terminal.err(), options.verbose());
            }
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    /** The injector, created on a thread of its own from the moment the modules are known. */
    private static final class Wiring {
        private final FutureTask<Injector> creation;

        Wiring(List<Module> modules) {
            creation = new FutureTask<>(() -> {
                Injector injector = Guice.createInjector(modules);
                StartupTrace.mark("injector created");
                return injector;
            });
            Thread thread = new Thread(creation, "snapfolio-wiring");
            thread.setDaemon(true);
            thread.start();
        }

        /** The injector, once created; what its creation threw, as it was thrown. */
        Injector injector() {
            try {
                return creation.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the application was being wired", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Closes what the injector opened (waiting for it to be created; a failed creation opened nothing). */
        void close() {
            Injector injector;
            try {
                injector = creation.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                return;
            }
            Resources.close(injector);
        }
    }

    /**
     * Runs {@code program} on the production wiring for these global options: loads the
     * configuration, sets up logging, creates the one injector, hands it over and closes what it
     * opened. A failure is reported on the terminal's error writer and turned into an exit code.
     * The {@code snapfolio bench} program runs this way, on the same database as the commands.
     */
    public int run(GlobalOptions options, Terminal terminal, ToIntFunction<Injector> program) {
        try {
            StartupTrace.mark("global options read");
            Configuration configuration = Configuration.load(options, environment, userHome);
            StartupTrace.mark("configuration loaded");
            Logging.configure(configuration.logFile(), options.verbose());
            StartupTrace.mark("logging configured");
            Injector injector = Guice.createInjector(modules(configuration, terminal, options));
            StartupTrace.mark("injector created");
            try {
                return program.applyAsInt(injector);
            } finally {
                Resources.close(injector);
            }
        } catch (RuntimeException e) {
            return ErrorReporter.report(e, terminal.err(), options.verbose());
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    /**
     * Asks on the console when there is one (an interactive terminal); empty otherwise — in scripts
     * and pipes, and in tests, commands that would ask want their {@code --yes}.
     */
    static Optional<String> askOnConsole(String question) {
        java.io.Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        String answer = console.readLine("%s", question);
        return Optional.of(answer == null ? "" : answer);
    }

    /** Production wiring: the application, the database, the web front end, the command line. */
    static List<Module> modules(Configuration configuration, Terminal terminal, GlobalOptions options) {
        return List.of(new AppModule(configuration), DatabaseWiring.module(configuration),
                WebWiring.module(configuration), new CliModule(terminal, options, Main::askOnConsole));
    }
}
