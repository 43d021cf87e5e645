package dev.snapfolio.adapter.in.cli.command;

/** The exit codes of every command (DESIGN §6). */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    public static final int DIFFERENCES = 3;

    private ExitCode() {
    }
}
