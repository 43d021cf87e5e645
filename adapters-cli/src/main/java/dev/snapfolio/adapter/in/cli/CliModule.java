package dev.snapfolio.adapter.in.cli;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import dev.snapfolio.adapter.in.cli.command.CommandBindings;
import dev.snapfolio.adapter.in.cli.command.DemoHistory;
import dev.snapfolio.adapter.in.cli.command.GlobalOptions;
import dev.snapfolio.adapter.in.cli.command.Terminal;

/**
 * The command line's wiring: the writers, the global options read before wiring, every command
 * of the tree, and a built-in demo history that an outer module may replace
 * ({@code OptionalBinder.newOptionalBinder(binder(), DemoHistory.class).setBinding()}).
 * The in-ports, {@link java.time.Clock}, {@code DatabaseAdmin} and {@code BenchRunner} come from
 * the outer modules.
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
        OptionalBinder.newOptionalBinder(binder(), DemoHistory.class).setDefault()
                .to(CommandBindings.builtInDemoHistory());
        CommandBindings.bindAll(binder());
    }
}
