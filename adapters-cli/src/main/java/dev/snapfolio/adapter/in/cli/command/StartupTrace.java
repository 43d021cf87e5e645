package dev.snapfolio.adapter.in.cli.command;

/**
 * Where a command's start-up time goes: with {@code SNAPFOLIO_TRACE_STARTUP=1} each phase prints
 * one line on stderr, milliseconds since the JVM started (docs/PERFORMANCE.md, "Start-up").
 * Silent and free otherwise.
 */
public final class StartupTrace {
    private static final boolean ON = System.getenv("SNAPFOLIO_TRACE_STARTUP") != null;
    private static final long START = ON
            ? System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() : 0;

    private StartupTrace() {
    }

    /** Prints the phase just reached, when tracing. */
    public static void mark(String phase) {
        if (ON) {
            System.err.println("startup " + (System.currentTimeMillis() - START) + " ms " + phase);
        }
    }
}
