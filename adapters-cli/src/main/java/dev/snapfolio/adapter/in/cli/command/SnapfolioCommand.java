package dev.snapfolio.adapter.in.cli.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "snapfolio", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = SnapfolioCommand.Version.class, sortOptions = false,
        description = "Keeps per-date financial snapshots of broker accounts correct and fast.",
        footer = {"", "The benchmark is a program of its own: bin/snapfolio bench --help",
                "", "Exit codes: 0 ok, 1 failure, 2 bad usage or input, 3 'verify' found differences."})
public class SnapfolioCommand implements Runnable {
    /**
     * The commands under snapfolio, in the order help lists them. Not in the annotation: a line that
     * runs one command has only that one built into its tree (picocli builds every command it is
     * given, a fifth of a short command's start-up), see {@link Cli}.
     */
    static final List<Class<?>> COMMANDS = List.of(AccountCommand.class, MovementCommand.class, ImportCommand.class, PriceCommand.class,
                SplitCommand.class, RecomputeCommand.class, SnapshotsCommand.class, SnapshotCommand.class, HoldingsCommand.class, SummaryCommand.class,
                BatchModeCommand.class, ProcessingCommand.class, MetricsCommand.class, RunsCommand.class,
                VerifyCommand.class, RefreshCommand.class, ExportCommand.class, RestoreCommand.class, DbCommand.class,
                DemoCommand.class, ServeCommand.class, ReportCommand.class, RebuildCommand.class,
                SampleAccountsCommand.class, CompletionCommand.class, ManCommand.class, HelpCommand.class);

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }

    /** The subcommands of a command class: the list above for the root, its annotation's for the others. */
    static List<Class<?>> subcommandsOf(Class<?> command) {
        return command == SnapfolioCommand.class ? COMMANDS : List.of(command.getAnnotation(Command.class).subcommands());
    }

    /** A command that needs the whole tree whatever the line (it documents every command). */
    interface NeedsWholeTree {
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.versionLine()};
        }
    }
}
