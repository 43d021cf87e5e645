package dev.snapfolio.adapter.in.cli.command;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "bench", description = "Measures batch against per-date processing on generated histories.")
public class BenchCommand implements Callable<Integer> {
    private final Provider<BenchRunner> runner;
    private final Terminal terminal;

    /** Options and arguments for the benchmark, in order (unknown options are passed on, not rejected). */
    @Parameters(paramLabel = "ARGS", arity = "0..*", description = "Passed to the benchmark.")
    List<String> args = new ArrayList<>();

    @Inject
    BenchCommand(Provider<BenchRunner> runner, Terminal terminal) {
        this.runner = runner;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        return runner.get().run(List.copyOf(args), terminal.out(), terminal.err());
    }
}
