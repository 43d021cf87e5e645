package dev.snapfolio.adapter.in.cli.command;

import com.google.inject.Binder;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * Declares every command class of the tree to Guice, so that the injector (and a {@code Stage.TOOL}
 * wiring test) checks their dependencies up front instead of on first use.
 */
public final class CommandBindings {
    private CommandBindings() {
    }

    public static void bindAll(Binder binder) {
        binder.bind(Cli.class);
        binder.bind(Output.class);
        for (Class<?> command : commandClasses()) {
            binder.bind(command);
        }
    }

    /** The classes of the command tree under {@code snapfolio}, root included. */
    public static Set<Class<?>> commandClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        collect(SnapfolioCommand.class, classes);
        return classes;
    }

    private static void collect(Class<?> command, Set<Class<?>> into) {
        if (command == HelpCommand.class || !into.add(command)) {
            return;
        }
        Command annotation = command.getAnnotation(Command.class);
        if (annotation != null) {
            for (Class<?> sub : annotation.subcommands()) {
                collect(sub, into);
            }
        }
    }
}
