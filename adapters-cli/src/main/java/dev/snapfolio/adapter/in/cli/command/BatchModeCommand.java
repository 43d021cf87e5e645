package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.ProcessingControlUseCase;
import dev.snapfolio.application.port.in.ProcessingControlUseCase.UpdateProcessingCommand;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.adapter.in.cli.format.Column;
import dev.snapfolio.adapter.in.cli.format.Table;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "batch-mode", description = "Switches batch processing on or off for everyone (off forces per-date), or shows the switch.")
public class BatchModeCommand implements Callable<Integer> {
    enum Mode { ON, OFF, STATUS }

    private final Provider<ProcessingControlUseCase> control;
    private final Output output;

    @Parameters(index = "0", paramLabel = "on|off|status", description = "on, off or status.")
    Mode mode;

    @Inject
    BatchModeCommand(Provider<ProcessingControlUseCase> control, Output output) {
        this.control = control;
        this.output = output;
    }

    @Override
    public Integer call() {
        ProcessingSettings settings = mode == Mode.STATUS ? control.get().show()
                : control.get().update(UpdateProcessingCommand.batchMode(mode == Mode.ON));
        boolean asked = mode == Mode.ON;
        String source = SettingsTable.batchSource(settings);
        if (output.forPeople()) {
            output.message("batch mode: " + (settings.batchEnabled() ? "on" : "off")
                    + (source.isEmpty() ? "" : " (" + source + ")"));
        } else {
            Table table = new Table(Column.text("setting"), Column.text("value"), Column.text("source"));
            table.add(ProcessingSettings.BATCH_ENABLED, settings.batchEnabled() ? "on" : "off", source);
            output.table(table);
        }
        if (mode != Mode.STATUS && settings.batchEnabled() != asked) {
            output.warning("the switch is saved, but an override (flag or environment) keeps batch mode "
                    + (settings.batchEnabled() ? "on" : "off") + " for this run");
        }
        return ExitCode.OK;
    }
}
