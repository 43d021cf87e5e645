package dev.snapfolio.adapter.in.cli.command;

import com.google.inject.Binder;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The command line's own bindings, and the classes of the command tree. The commands themselves
 * are not bound: {@link ConstructorCommandFactory} builds them, and a wiring test checks that the
 * injector has what they take ({@link #dependencies()}).
 */
public final class CommandBindings {
    private CommandBindings() {
    }

    public static void bindAll(Binder binder) {
        binder.bind(Cli.class);
        binder.bind(Output.class);
    }

    /** The types the commands take, as providers or directly: the injector must have each. */
    public static Set<java.lang.reflect.Type> dependencies() {
        return ConstructorCommandFactory.dependencies();
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
        if (command.isAnnotationPresent(Command.class)) {
            for (Class<?> sub : SnapfolioCommand.subcommandsOf(command)) {
                collect(sub, into);
            }
        }
    }
}
