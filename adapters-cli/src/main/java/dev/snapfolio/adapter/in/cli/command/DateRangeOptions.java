package dev.snapfolio.adapter.in.cli.command;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --from DATE --to DATE} range of the commands that list rows by date; open ends by default. */
public class DateRangeOptions {
    @Option(names = "--from", paramLabel = "DATE", description = "First date (default: the first).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date (default: the last).")
    LocalDate to;

    /** The first date, or null for an open start. */
    public LocalDate from() {
        return from;
    }

    /** The last date, or null for an open end. */
    public LocalDate to() {
        return to;
    }

    /** Rejects a range that ends before it starts, before anything touches the database. */
    public void validate() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
    }
}
