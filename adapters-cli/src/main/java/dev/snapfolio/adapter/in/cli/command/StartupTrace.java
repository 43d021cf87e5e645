package dev.snapfolio.adapter.in.cli.command;

import java.io.PrintStream;

/**
 * Where a command's start-up time goes: once {@link #printTo} is called (the program does it with
 * {@code SNAPFOLIO_TRACE_STARTUP=1}), each phase prints one line, milliseconds since the JVM
 * started (docs/PERFORMANCE.md, "Start-up"). Silent and free otherwise.
 */
public final class StartupTrace {
    private static volatile PrintStream out;
    private static volatile long start;

    private StartupTrace() {
    }

    /** Prints the phases from now on to {@code stream}. */
    public static void printTo(PrintStream stream) {
        start = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        out = stream;
    }

    /** Prints the phase just reached, when tracing. */
    public static void mark(String phase) {
        PrintStream stream = out;
        if (stream != null) {
            stream.println("startup " + (System.currentTimeMillis() - start) + " ms " + phase);
        }
    }
}
