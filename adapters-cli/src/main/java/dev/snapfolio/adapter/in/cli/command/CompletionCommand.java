package dev.snapfolio.adapter.in.cli.command;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a shell completion script for every command and option (picocli's generator). */
@Command(name = "completion", description = "Prints a shell completion script (bash or zsh) for snapfolio.")
public class CompletionCommand implements Callable<Integer>, SnapfolioCommand.NeedsWholeTree {
    /** The shells a script is printed for. */
    public enum Shell { bash, zsh }

    @Parameters(index = "0", paramLabel = "bash|zsh", description = "The shell: bash or zsh.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String script = script(shell, root);
        CommandLine own = spec.commandLine();
        own.getOut().print(script);
        own.getOut().flush();
        return ExitCode.OK;
    }

    /** The completion script of {@code root} for {@code shell} (to be sourced). */
    static String script(Shell shell, CommandLine root) {
        // one script for both: under zsh it loads zsh's bash completion emulation itself
        return AutoComplete.bash(root.getCommandName(), root);
    }
}
