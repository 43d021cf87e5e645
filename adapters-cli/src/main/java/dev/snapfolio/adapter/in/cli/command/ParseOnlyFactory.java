package dev.snapfolio.adapter.in.cli.command;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * Builds the command tree for checking a line or printing help, without an injector: each command
 * through its {@code @Inject} constructor, the command line's own objects (terminal, global
 * options, output, confirmation) as given, and every other dependency (all taken as providers) as a
 * provider that refuses to be used. Creating the application's injector to print help cost more
 * than the help itself.
 */
final class ParseOnlyFactory implements IFactory {
    private final Map<Class<?>, Object> given;

    ParseOnlyFactory(Terminal terminal, GlobalOptions options) {
        this.given = Map.of(Terminal.class, terminal, GlobalOptions.class, options,
                Output.class, new Output(terminal, options), Confirmation.class, Confirmation.NO_TERMINAL);
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls.isAnnotationPresent(Command.class)) {
            for (Constructor<?> constructor : cls.getDeclaredConstructors()) {
                if (constructor.isAnnotationPresent(Inject.class)) {
                    Type[] parameters = constructor.getGenericParameterTypes();
                    Object[] arguments = new Object[parameters.length];
                    for (int i = 0; i < parameters.length; i++) {
                        arguments[i] = argument(cls, parameters[i]);
                    }
                    constructor.setAccessible(true);
                    return cls.cast(constructor.newInstance(arguments));
                }
            }
        }
        return CommandLine.defaultFactory().create(cls);
    }

    private Object argument(Class<?> command, Type parameter) {
        if (parameter instanceof ParameterizedType provider && provider.getRawType() == Provider.class) {
            String name = provider.getActualTypeArguments()[0].getTypeName();
            String simple = name.substring(name.lastIndexOf('.') + 1);
            return (Provider<Object>) () -> {
                throw new IllegalStateException(simple + " is not available while parsing");
            };
        }
        Object value = given.get(parameter);
        if (value == null) {
            throw new IllegalStateException(command.getSimpleName() + " takes " + parameter.getTypeName()
                    + " directly; a command takes its dependencies as providers");
        }
        return value;
    }
}
