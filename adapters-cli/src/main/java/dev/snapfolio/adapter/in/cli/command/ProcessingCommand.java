package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.ProcessingControlUseCase;
import dev.snapfolio.application.port.in.ProcessingControlUseCase.UpdateProcessingCommand;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "processing", description = "Shows or changes how runs are processed (stored settings).",
        subcommands = {ProcessingCommand.Show.class, ProcessingCommand.Set.class})
public class ProcessingCommand {

    @Command(name = "show", description = "Shows the effective settings and where each comes from.")
    static class Show implements Callable<Integer> {
        private final Provider<ProcessingControlUseCase> control;
        private final Output output;

        @Inject
        Show(Provider<ProcessingControlUseCase> control, Output output) {
            this.control = control;
            this.output = output;
        }

        @Override
        public Integer call() {
            output.table(SettingsTable.of(control.get().show()));
            return ExitCode.OK;
        }
    }

    @Command(name = "set", description = "Stores settings; the ones not given stay as they are.")
    static class Set implements Callable<Integer> {
        private final Provider<ProcessingControlUseCase> control;
        private final Output output;

        @Option(names = "--strategy", paramLabel = "TRIGGER=STRATEGY",
                description = "Strategy per trigger (EDIT, IMPORT, RECOMPUTE, REFRESH) = PER_DATE, BATCH or AUTO.")
        Map<Trigger, Strategy> strategies = new LinkedHashMap<>();

        @Option(names = "--rollout", paramLabel = "PERCENT", description = "Share of accounts (0-100) in the batch cohort.")
        Integer rollout;

        @Option(names = "--auto-max-per-date-dates", paramLabel = "N",
                description = "AUTO runs per-date when it visits at most N dates.")
        Integer autoMaxPerDateDates;

        @Option(names = "--expiry-grace-days", paramLabel = "DAYS",
                description = "Days after an expiration before open contracts expire automatically.")
        Integer expiryGraceDays;

        @Inject
        Set(Provider<ProcessingControlUseCase> control, Output output) {
            this.control = control;
            this.output = output;
        }

        @Override
        public Integer call() {
            if (strategies.isEmpty() && rollout == null && autoMaxPerDateDates == null && expiryGraceDays == null) {
                throw new UsageException("nothing to set: give --strategy, --rollout, --auto-max-per-date-dates "
                        + "or --expiry-grace-days");
            }
            Map<Trigger, Strategy> copy = new EnumMap<>(Trigger.class);
            copy.putAll(strategies);
            output.table(SettingsTable.of(control.get().update(
                    new UpdateProcessingCommand(null, copy, rollout, autoMaxPerDateDates, expiryGraceDays))));
            return ExitCode.OK;
        }
    }
}
