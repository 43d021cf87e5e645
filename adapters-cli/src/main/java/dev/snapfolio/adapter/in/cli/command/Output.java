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
 */
public class Output {
    private final Terminal terminal;
    private final OutputFormat format;

    @Inject
    public Output(Terminal terminal, GlobalOptions options) {
        this.terminal = terminal;
        this.format = options.formatOrTable();
    }

    public OutputFormat format() {
        return format;
    }

    public boolean forPeople() {
        return format == OutputFormat.TABLE;
    }

    public void table(Table table) {
        TableWriter.write(table, format, terminal.out());
    }

    /** A result line for people; with --format csv|json it goes to err so that out stays parseable. */
    public void message(String line) {
        PrintWriter target = forPeople() ? terminal.out() : terminal.err();
        target.println(Printable.of(line));
        target.flush();
    }

    public void warning(String line) {
        terminal.err().println("warning: " + Printable.of(line));
        terminal.err().flush();
    }

    public void progress(String line) {
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
