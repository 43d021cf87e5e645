package dev.snapfolio.bootstrap;

import com.google.inject.Binder;
import com.google.inject.multibindings.OptionalBinder;
import dev.snapfolio.adapter.in.cli.command.BenchRunner;
import dev.snapfolio.adapter.in.cli.command.DemoHistory;
import dev.snapfolio.bootstrap.bench.BenchCommandRunner;
import dev.snapfolio.bootstrap.bench.GeneratedDemoHistory;

/** The command line's hooks that need more than the in-ports: the demo's generator and the bench. */
final class CommandHooks {
    private CommandHooks() {
    }

    static void bind(Binder binder) {
        OptionalBinder.newOptionalBinder(binder, DemoHistory.class).setBinding().to(GeneratedDemoHistory.class);
        binder.bind(BenchRunner.class).to(BenchCommandRunner.class);
    }
}
