package dev.snapfolio.adapter.in.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Writes the manual page when the distribution is built ({@code ManPageWriter FILE}): the page
 * {@code snapfolio man} prints, 80 columns wide whatever the terminal, and named without the
 * build's commit, so that a copy kept with the sources changes only when the commands do.
 */
public final class ManPageWriter {
    /** What the page's title line names in place of the version line. */
    static final String SOURCE = "snapfolio";
    static final int WIDTH = 80;

    private ManPageWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPageWriter FILE");
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, page(), StandardCharsets.UTF_8);
    }

    /** The manual page of the command tree. */
    public static String page() {
        StringWriter sink = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(sink), new PrintWriter(sink));
        CommandLine tree = Cli.parseOnlyTree(terminal, new GlobalOptions());
        tree.setUsageHelpAutoWidth(false);
        tree.setUsageHelpWidth(WIDTH);
        return ManCommand.page(tree, SOURCE);
    }
}
