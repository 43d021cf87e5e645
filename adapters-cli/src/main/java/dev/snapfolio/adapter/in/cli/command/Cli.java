package dev.snapfolio.adapter.in.cli.command;

import com.google.inject.Injector;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Unmatched;

/**
 * Runs one command line: builds the picocli tree through the injector, executes the command and
 * returns its exit code. Every exception, from parsing or from a command, goes through
 * {@link ErrorReporter}.
 */
public final class Cli {
    private final Supplier<Injector> injector;
    private final Terminal terminal;
    private final GlobalOptions options;

    @Inject
    Cli(Injector injector, Terminal terminal, GlobalOptions options) {
        this(() -> injector, terminal, options);
    }

    private Cli(Supplier<Injector> injector, Terminal terminal, GlobalOptions options) {
        this.injector = injector;
        this.terminal = terminal;
        this.options = options;
    }

    /**
     * A command line whose injector is still being created (on another thread, by the program):
     * the command tree is built and the line parsed meanwhile, with the command line's own objects
     * ({@code terminal} and {@code options}, the ones the injector binds); {@code injector} is asked
     * for when a command needs something else, at the latest when it runs.
     */
    public static Cli whileWiring(Supplier<Injector> injector, Terminal terminal, GlobalOptions options) {
        return new Cli(injector, terminal, options);
    }

    public int execute(String... args) {
        try {
            CommandLine commandLine = commandLine(args);
            StartupTrace.mark("command tree built");
            // the line is checked on this tree: a line that needs no checking before wiring
            // (see needsPreflight) comes here directly, and is built into a command tree only once
            OptionalInt answered = answer(commandLine, terminal, options, args);
            if (answered.isPresent()) {
                return answered.getAsInt();
            }
            StartupTrace.mark("line parsed");
            try {
                return commandLine.execute(args);
            } finally {
                StartupTrace.mark("command done");
            }
        } catch (RuntimeException e) {
            // building the command tree itself failed (e.g. a binding could not be created)
            return ErrorReporter.report(e, terminal.err(), options.verbose());
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    /**
     * Checks a command line before anything is wired: a line that is malformed, or that asks for
     * help or the version, is answered here without touching the application or the database.
     *
     * @return the exit code when the line was answered; empty when it is to be run
     */
    public static OptionalInt preflight(Terminal terminal, GlobalOptions options, String... args) {
        return answer(parseOnlyTree(terminal, options), terminal, options, args);
    }

    /**
     * The whole command tree without the application behind it: for checking a line, and for
     * documents made from the tree (the manual page). Using a command's dependency fails.
     */
    static CommandLine parseOnlyTree(Terminal terminal, GlobalOptions options) {
        return tree(ConstructorCommandFactory.parseOnly(terminal, options), terminal, options, SnapfolioCommand.COMMANDS);
    }

    /**
     * Whether a line is to be checked by {@link #preflight} before anything is wired: one that asks
     * for help or the version, or names no command. Any other line is checked by {@link #execute}
     * on the one command tree it runs on (a malformed line still touches no database: the
     * database is opened on first use).
     */
    public static boolean needsPreflight(String... args) {
        List<String> rest;
        try {
            rest = withoutGlobalOptions(args);
        } catch (ParameterException e) {
            return true;
        }
        boolean command = false;
        for (String arg : rest) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("--help") || arg.equals("--version") || arg.equals("help")
                    || arg.matches("-[A-Za-z]*[hV][A-Za-z]*")) {
                return true;
            }
            command |= !arg.startsWith("-");
        }
        return !command;
    }

    /** Answers a line that is malformed or asks for help; empty when it is to be run. */
    private static OptionalInt answer(CommandLine commandLine, Terminal terminal, GlobalOptions options,
            String... args) {
        try {
            ParseResult parsed = commandLine.parseArgs(args);
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return OptionalInt.of(help);
            }
            List<CommandLine> chain = parsed.asCommandLineList();
            CommandLine last = chain.get(chain.size() - 1);
            if (last == commandLine) {
                throw new ParameterException(commandLine, "Missing command: one of "
                        + String.join(", ", commandLine.getSubcommands().keySet()));
            }
            Object command = last.getCommand();
            if (!(command instanceof Runnable) && !(command instanceof java.util.concurrent.Callable)) {
                throw new ParameterException(last, "Missing required subcommand: one of "
                        + String.join(", ", last.getSubcommands().keySet()));
            }
            return OptionalInt.empty();
        } catch (ParameterException e) {
            return OptionalInt.of(ErrorReporter.report(e, terminal.err(), options.verbose()));
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    /** The tree a line runs on: the command it names, with its subcommands, under the root. */
    CommandLine commandLine(String... args) {
        return tree(ConstructorCommandFactory.on(injector, terminal, options), terminal, options, commandsFor(args));
    }

    /**
     * The top-level commands to build for a line: the one it names, or all of them when it names
     * none that is known (the error then lists them or suggests one) or names one that documents
     * the whole tree.
     */
    static List<Class<?>> commandsFor(String... args) {
        List<String> rest;
        try {
            rest = withoutGlobalOptions(args);
        } catch (ParameterException e) {
            return SnapfolioCommand.COMMANDS;
        }
        String name = rest.stream().takeWhile(arg -> !arg.equals("--")).filter(arg -> !arg.startsWith("-"))
                .findFirst().orElse(null);
        if (name == null) {
            return SnapfolioCommand.COMMANDS;
        }
        for (Class<?> command : SnapfolioCommand.COMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            if (annotation.name().equals(name) || List.of(annotation.aliases()).contains(name)) {
                return SnapfolioCommand.NeedsWholeTree.class.isAssignableFrom(command) ? SnapfolioCommand.COMMANDS
                        : List.of(command);
            }
        }
        return SnapfolioCommand.COMMANDS;
    }

    private static CommandLine tree(CommandLine.IFactory factory, Terminal terminal, GlobalOptions options,
            List<Class<?>> commands) {
        CommandLine commandLine = new CommandLine(SnapfolioCommand.class, factory);
        for (Class<?> command : commands) {
            // built on its own first, so that picocli applies its model transformers (as it does to
            // the tree it builds from annotations), then added: it inherits the global options
            commandLine.addSubcommand(new CommandLine(command, factory));
        }
        configure(commandLine);
        GlobalOptionsHelp.install(commandLine);
        commandLine.setOut(terminal.out());
        commandLine.setErr(terminal.err());
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) ->
                ErrorReporter.report(e, terminal.err(), options.verbose()));
        commandLine.setParameterExceptionHandler((e, args) ->
                ErrorReporter.report(e, terminal.err(), options.verbose()));
        return commandLine;
    }

    private static CommandLine configure(CommandLine commandLine) {
        Converters.register(commandLine);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpAutoWidth(true);
        return commandLine;
    }

    /**
     * Reads the global options (today, config, database directory, format, verbosity) before
     * anything is wired, wherever they stand on the line; the rest is left for the full parse.
     *
     * @throws CommandLine.ParameterException when a global option's value is malformed
     */
    public static GlobalOptions scanGlobalOptions(String... args) {
        Optional<QuickGlobalScan> quick = QuickGlobalScan.of(args);
        return quick.isPresent() ? quick.get().options() : scan(args).options;
    }

    /**
     * The line without its global options: the words and options left for the command (and
     * everything from {@code --} on), in order. For a program that takes the same global options
     * but parses the rest itself, such as {@code snapfolio bench}.
     *
     * @throws CommandLine.ParameterException when a global option's value is malformed
     */
    public static List<String> withoutGlobalOptions(String... args) {
        Optional<QuickGlobalScan> quick = QuickGlobalScan.of(args);
        List<String> rest = new ArrayList<>(quick.isPresent() ? quick.get().rest() : scan(args).rest);
        List<String> all = List.of(args);
        int endOfOptions = all.indexOf("--");
        if (endOfOptions >= 0) {
            rest.addAll(all.subList(endOfOptions, all.size()));
        }
        return rest;
    }

    /** picocli's own reading of the global options: for what the quick scan leaves to it. */
    static GlobalScan scan(String... args) {
        GlobalScan scan = new GlobalScan();
        CommandLine commandLine = configure(new CommandLine(scan));
        commandLine.setUnmatchedArgumentsAllowed(true);
        commandLine.setUnmatchedOptionsArePositionalParams(true);
        List<String> beforeEndOfOptions = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            beforeEndOfOptions.add(arg);
        }
        commandLine.parseArgs(beforeEndOfOptions.toArray(String[]::new));
        return scan;
    }

    @Command(name = "snapfolio")
    static final class GlobalScan {
        @Mixin
        GlobalOptions options = new GlobalOptions();

        @Unmatched
        List<String> rest = new ArrayList<>();
    }
}
