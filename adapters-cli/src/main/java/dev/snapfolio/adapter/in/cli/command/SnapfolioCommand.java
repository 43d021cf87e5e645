package dev.snapfolio.adapter.in.cli.command;

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
                "", "Exit codes: 0 ok, 1 failure, 2 bad usage or input, 3 'verify' found differences."},
        subcommands = {AccountCommand.class, MovementCommand.class, ImportCommand.class, PriceCommand.class,
                SplitCommand.class, RecomputeCommand.class, SnapshotsCommand.class, SnapshotCommand.class,
                BatchModeCommand.class, ProcessingCommand.class, MetricsCommand.class, RunsCommand.class,
                VerifyCommand.class, RefreshCommand.class, ExportCommand.class, RestoreCommand.class, DbCommand.class,
                DemoCommand.class, ServeCommand.class, ReportCommand.class, RebuildCommand.class,
                SampleAccountsCommand.class,
                HelpCommand.class})
public class SnapfolioCommand implements Runnable {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SnapfolioCommand.class.getPackage().getImplementationVersion();
            return new String[] {"snapfolio " + (version == null ? "(development build)" : version)};
        }
    }
}
