package dev.snapfolio.adapter.cli.command;

import com.google.inject.Injector;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/**
 * Runs one command line: builds the picocli tree through the injector, executes the command and
 * returns its exit code. Every exception, from parsing or from a command, goes through
 * {@link ErrorReporter}.
 */
public final class Cli {
    private final Injector injector;
    private final Terminal terminal;
    private final GlobalOptions options;

    @Inject
    Cli(Injector injector, Terminal terminal, GlobalOptions options) {
        this.injector = injector;
        this.terminal = terminal;
        this.options = options;
    }

    public int execute(String... args) {
        try {
            CommandLine commandLine = commandLine();
            return commandLine.execute(args);
        } catch (RuntimeException e) {
            // building the command tree itself failed (e.g. a binding could not be created)
            return ErrorReporter.report(e, terminal.err(), options.verbose());
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(SnapfolioCommand.class, new GuiceCommandFactory(injector));
        configure(commandLine);
        // bench passes its options on to the benchmark instead of rejecting those it does not know
        commandLine.getSubcommands().get("bench").setUnmatchedOptionsArePositionalParams(true);
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
        return scan.options;
    }

    @Command(name = "snapfolio")
    static final class GlobalScan {
        @Mixin
        GlobalOptions options = new GlobalOptions();

        @Unmatched
        List<String> rest = new ArrayList<>();
    }
}
