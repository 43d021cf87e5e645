package dev.snapfolio.adapter.in.cli.command;

import java.io.PrintWriter;
import java.util.List;

/**
 * The body of {@code snapfolio bench}: it needs both adapters (it drives the processors against the
 * database), so it lives in bootstrap and gets the arguments as given after {@code bench}.
 */
public interface BenchRunner {
    /** Runs the benchmark; results on {@code out}, progress on {@code err}; returns the exit code. */
    int run(List<String> args, PrintWriter out, PrintWriter err);
}
