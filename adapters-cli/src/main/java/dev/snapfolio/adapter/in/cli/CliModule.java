package dev.snapfolio.adapter.in.cli;

import com.google.inject.AbstractModule;
import dev.snapfolio.adapter.in.cli.command.CommandBindings;
import dev.snapfolio.adapter.in.cli.command.Confirmation;
import dev.snapfolio.adapter.in.cli.command.GlobalOptions;
import dev.snapfolio.adapter.in.cli.command.Terminal;

/**
 * The command line's wiring: the writers, the global options read before wiring and every command
 * of the tree. The in-ports, {@link java.time.Clock} and {@code DatabaseAdmin} come from the outer
 * modules.
 */
public final class CliModule extends AbstractModule {
    private final Terminal terminal;
    private final GlobalOptions options;
    private final Confirmation confirmation;

    /** Without a terminal to ask questions on: commands that would ask want {@code --yes}. */
    public CliModule(Terminal terminal, GlobalOptions options) {
        this(terminal, options, Confirmation.NO_TERMINAL);
    }

    public CliModule(Terminal terminal, GlobalOptions options, Confirmation confirmation) {
        this.terminal = terminal;
        this.options = options;
        this.confirmation = confirmation;
    }

    @Override
    protected void configure() {
        bind(Terminal.class).toInstance(terminal);
        bind(GlobalOptions.class).toInstance(options);
        bind(Confirmation.class).toInstance(confirmation);
        CommandBindings.bindAll(binder());
    }
}
