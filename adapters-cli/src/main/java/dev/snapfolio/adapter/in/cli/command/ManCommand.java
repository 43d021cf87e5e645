package dev.snapfolio.adapter.in.cli.command;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Prints the manual page (troff, section 1) of snapfolio: the top-level help, then every command's
 * help, from the same command tree as {@code --help}, so it never falls behind the commands.
 */
@Command(name = "man", description = "Prints the snapfolio manual page (troff); read it with 'man -l -'.")
public class ManCommand implements Callable<Integer>, SnapfolioCommand.NeedsWholeTree {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine own = spec.commandLine();
        own.getOut().print(page(spec.root().commandLine(), BuildInfo.versionLine()));
        own.getOut().flush();
        return ExitCode.OK;
    }

    /** The manual page of {@code root} and every command under it. */
    static String page(CommandLine root, String version) {
        StringBuilder page = new StringBuilder();
        String name = root.getCommandName();
        page.append(".TH ").append(name.toUpperCase()).append(" 1 \"\" \"").append(escape(version))
                .append("\" \"User Commands\"\n");
        page.append(".SH NAME\n").append(name).append(" \\- ")
                .append(escape(String.join(" ", root.getCommandSpec().usageMessage().description()))).append('\n');
        page.append(".SH SYNOPSIS\n.B ").append(name).append("\n[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n");
        page.append(".SH DESCRIPTION\n");
        verbatim(page, root.getUsageMessage(Ansi.OFF));
        page.append(".SH COMMANDS\n");
        commands(page, root);
        return page.toString();
    }

    private static void commands(StringBuilder page, CommandLine parent) {
        for (Map.Entry<String, CommandLine> entry : parent.getSubcommands().entrySet()) {
            CommandLine command = entry.getValue();
            if (!entry.getKey().equals(command.getCommandName()) || command.getCommandName().equals("help")) {
                continue; // aliases are shown with their command; 'help' is --help
            }
            page.append(".SS ").append(escape(command.getCommandSpec().qualifiedName(" "))).append('\n');
            verbatim(page, command.getUsageMessage(Ansi.OFF));
            commands(page, command);
        }
    }

    private static void verbatim(StringBuilder page, String text) {
        page.append(".nf\n");
        for (String line : text.split("\\R", -1)) {
            page.append(line.startsWith(".") || line.startsWith("'") ? "\\&" : "").append(escape(line)).append('\n');
        }
        page.append(".fi\n");
    }

    /** Backslashes and hyphens as troff wants them; characters outside ASCII as troff escapes. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\\') {
                sb.append("\\e");
            } else if (c == '-') {
                sb.append("\\-");
            } else if (c > 127) {
                sb.append(String.format("\\[u%04X]", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
