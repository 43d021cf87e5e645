package dev.snapfolio.adapter.in.cli.command;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help that documents the global options once: in {@code snapfolio --help}. A command's help lists
 * its own options (and {@code --help}) and ends its option list with one line pointing to the
 * global ones, which every command still accepts.
 */
final class GlobalOptionsHelp extends Help {
    /** The line a command's help shows instead of the global options. */
    static final String POINTER = "Global options (output format, database, today, configuration): see 'snapfolio --help'.";

    GlobalOptionsHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    /** Installs this help on {@code commandLine} and every command under it. */
    static void install(CommandLine commandLine) {
        commandLine.setHelpFactory(GlobalOptionsHelp::new);
        install(commandLine, true);
    }

    private static void install(CommandLine commandLine, boolean root) {
        if (!root) {
            Examples.install(commandLine);
            commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                    help -> {
                        List<OptionSpec> own = ownOptions(help.commandSpec().options());
                        String list = help.optionListExcludingGroups(own, help.createDefaultLayout(), null,
                                help.parameterLabelRenderer());
                        return list + help.colorScheme().text("  " + POINTER).toString() + System.lineSeparator();
                    });
        }
        for (Map.Entry<String, CommandLine> sub : commandLine.getSubcommands().entrySet()) {
            if (!sub.getKey().equals(sub.getValue().getCommandName())) {
                continue; // an alias: the same command, already handled
            }
            install(sub.getValue(), false);
        }
    }

    /** A command's own options: not the inherited global ones, except {@code --help}. */
    static List<OptionSpec> ownOptions(List<OptionSpec> options) {
        return options.stream().filter(o -> !o.inherited() || o.longestName().equals("--help"))
                .collect(Collectors.toList());
    }

    @Override
    protected Ansi.Text createDetailedSynopsisOptionsText(Collection<ArgSpec> done, List<OptionSpec> optionList,
            Comparator<OptionSpec> optionSort, boolean clusterBooleanOptions) {
        List<OptionSpec> shown = commandSpec().parent() == null ? optionList : ownOptions(optionList);
        return super.createDetailedSynopsisOptionsText(done, shown, optionSort, clusterBooleanOptions);
    }
}
