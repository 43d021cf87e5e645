package dev.snapfolio.adapter.in.cli.command;

/** The command line is well-formed for picocli but does not make sense (exit code 2). */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
