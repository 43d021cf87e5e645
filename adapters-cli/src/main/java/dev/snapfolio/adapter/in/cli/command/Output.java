package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.OutputFormat;
import dev.snapfolio.adapter.in.cli.format.Printable;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.adapter.in.cli.format.TableWriter;
import jakarta.inject.Inject;
import java.io.PrintWriter;

/**
 * What commands print: tables in the chosen format and messages on {@code out}; warnings and
 * progress on {@code err}, so that {@code out} stays machine-readable with --format csv|json.
 * Lines are printed with their control characters neutralised ({@link Printable}): they may quote
 * stored names and notes.
 *
 * <p>The contract every command follows: a listing is a {@link #table} in the chosen format (an
 * empty one is {@code []} in JSON and a header-only CSV); a change prints what it created or changed
 * with {@link #changed} — a confirmation line for people, the rows (ids first) with --format csv|json;
 * engine details (strategies, scenario rows, query counts) are {@link #detail}s, shown only with
 * --verbose. With --quiet, only what --format csv|json asked for reaches {@code out}; warnings and
 * errors still reach {@code err}.
 */
public class Output {
    private final Terminal terminal;
    private final OutputFormat format;
    private final boolean quiet;
    private final boolean verbose;

    @Inject
    public Output(Terminal terminal, GlobalOptions options) {
        this.terminal = terminal;
        this.format = options.formatOrTable();
        this.quiet = options.quiet();
        this.verbose = options.verbose();
    }

    public OutputFormat format() {
        return format;
    }

    public boolean forPeople() {
        return format == OutputFormat.TABLE;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean quiet() {
        return quiet;
    }

    /** A listing, in the chosen format; with --quiet a table for people is not printed. */
    public void table(Table table) {
        if (quiet && forPeople()) {
            return;
        }
        TableWriter.write(table, format, terminal.out());
    }

    /**
     * What a change created or changed: {@code line} for people, or {@code rows} (ids first) in the
     * chosen machine format — printed with --quiet too, since it was asked for.
     */
    public void changed(String line, Table rows) {
        if (forPeople()) {
            message(line);
        } else {
            TableWriter.write(rows, format, terminal.out());
        }
    }

    /** A result line for people; with --format csv|json it goes to err so that out stays parseable. Not with --quiet. */
    public void message(String line) {
        if (quiet) {
            return;
        }
        PrintWriter target = forPeople() ? terminal.out() : terminal.err();
        target.println(Printable.of(line));
        target.flush();
    }

    /** How the engine did it (strategy, scenario rows, queries): a {@link #message}, only with --verbose. */
    public void detail(String line) {
        if (verbose) {
            message(line);
        }
    }

    public void warning(String line) {
        terminal.err().println("warning: " + Printable.of(line));
        terminal.err().flush();
    }

    /** A progress line on err; not with --quiet. */
    public void progress(String line) {
        if (quiet) {
            return;
        }
        terminal.err().println(Printable.of(line));
        terminal.err().flush();
    }

    public PrintWriter out() {
        return terminal.out();
    }

    public PrintWriter err() {
        return terminal.err();
    }
}
