package dev.snapfolio.adapter.in.cli.command;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Module;
import jakarta.inject.Provider;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
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

    /**
     * For parsing only: every dependency of the commands that the command line does not bind
     * itself, bound to a provider that refuses to be used. Commands take their dependencies as
     * providers, so building the tree to check a line needs none of them (and no database).
     */
    static Module parseOnly() {
        Set<Class<?>> needed = new LinkedHashSet<>();
        for (Class<?> command : commandClasses()) {
            for (Constructor<?> constructor : command.getDeclaredConstructors()) {
                if (!constructor.isAnnotationPresent(jakarta.inject.Inject.class)) {
                    continue;
                }
                for (Type parameter : constructor.getGenericParameterTypes()) {
                    if (parameter instanceof ParameterizedType provider && provider.getRawType() == Provider.class) {
                        needed.add((Class<?>) provider.getActualTypeArguments()[0]);
                    }
                }
            }
        }
        needed.removeAll(Set.of(Terminal.class, GlobalOptions.class, Output.class, Confirmation.class));
        return new AbstractModule() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected void configure() {
                for (Class<?> type : needed) {
                    bind((Class) type).toProvider(() -> {
                        throw new IllegalStateException(type.getSimpleName() + " is not available while parsing");
                    });
                }
            }
        };
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
