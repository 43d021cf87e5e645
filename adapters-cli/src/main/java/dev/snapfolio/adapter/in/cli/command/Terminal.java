package dev.snapfolio.adapter.in.cli.command;

import java.io.PrintWriter;
import java.util.Objects;

/** Where commands write: results to {@code out}, errors, warnings and progress to {@code err}. */
public record Terminal(PrintWriter out, PrintWriter err) {
    public Terminal {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }
}
