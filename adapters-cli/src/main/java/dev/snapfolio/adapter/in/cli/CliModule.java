package dev.snapfolio.adapter.in.cli;

import com.google.inject.AbstractModule;
import dev.snapfolio.adapter.in.cli.command.CommandBindings;
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

    public CliModule(Terminal terminal, GlobalOptions options) {
        this.terminal = terminal;
        this.options = options;
    }

    @Override
    protected void configure() {
        bind(Terminal.class).toInstance(terminal);
        bind(GlobalOptions.class).toInstance(options);
        CommandBindings.bindAll(binder());
    }
}
