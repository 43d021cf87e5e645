package dev.snapfolio.adapter.in.cli.command;

import com.google.inject.Injector;
import com.google.inject.Key;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * Builds the commands of the tree through their {@code @Inject} constructors, without the injector
 * creating them: picocli instantiates every command of the tree to run one, and declaring them all
 * to Guice made each command cost generated classes at every start. A command takes its
 * dependencies as providers, resolved when the command runs; the command line's own objects
 * (terminal, global options, output) directly. For checking a line or printing help there is no
 * injector at all ({@link #parseOnly}): every provider refuses to be used.
 */
final class ConstructorCommandFactory implements IFactory {
    private final Function<Type, Object> instances;
    private final Function<Type, Provider<?>> providers;

    private ConstructorCommandFactory(Function<Type, Object> instances, Function<Type, Provider<?>> providers) {
        this.instances = instances;
        this.providers = providers;
    }

    /**
     * Commands whose dependencies come from {@code injector} when they run; the command line's own
     * objects, which the injector binds to these same instances, are given without it, so that
     * the tree can be built while the injector is still being created.
     */
    static ConstructorCommandFactory on(Supplier<Injector> injector, Terminal terminal, GlobalOptions options) {
        Map<Type, Object> given = Map.of(Terminal.class, terminal, GlobalOptions.class, options);
        return new ConstructorCommandFactory(type -> {
            Object value = given.get(type);
            if (value != null) {
                return value;
            }
            return type == Output.class ? new Output(terminal, options) : injector.get().getInstance(Key.get(type));
        }, type -> () -> injector.get().getInstance(Key.get(type)));
    }

    /** Commands for parsing and help only: no application behind them. */
    static ConstructorCommandFactory parseOnly(Terminal terminal, GlobalOptions options) {
        Map<Type, Object> given = Map.of(Terminal.class, terminal, GlobalOptions.class, options,
                Output.class, new Output(terminal, options), Confirmation.class, Confirmation.NO_TERMINAL);
        return new ConstructorCommandFactory(type -> {
            Object value = given.get(type);
            if (value == null) {
                throw new IllegalStateException(type.getTypeName() + " is not available while parsing");
            }
            return value;
        }, type -> () -> {
            String name = type.getTypeName();
            throw new IllegalStateException(name.substring(name.lastIndexOf('.') + 1) + " is not available while parsing");
        });
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        Constructor<?> constructor = injectedConstructor(cls);
        if (constructor == null) {
            // mixins, converters, collections, picocli's own commands
            return CommandLine.defaultFactory().create(cls);
        }
        Type[] parameters = constructor.getGenericParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Type provided = providedType(parameters[i]);
            arguments[i] = provided != null ? providers.apply(provided) : instances.apply(parameters[i]);
        }
        constructor.setAccessible(true);
        return cls.cast(constructor.newInstance(arguments));
    }

    /**
     * What the commands of the tree take: the types they take providers of and the types they take
     * directly, for checking that the wiring has them all.
     */
    static Set<Type> dependencies() {
        Set<Type> types = new LinkedHashSet<>();
        for (Class<?> command : CommandBindings.commandClasses()) {
            Constructor<?> constructor = injectedConstructor(command);
            if (constructor != null) {
                for (Type parameter : constructor.getGenericParameterTypes()) {
                    Type provided = providedType(parameter);
                    types.add(provided != null ? provided : parameter);
                }
            }
        }
        return types;
    }

    private static Constructor<?> injectedConstructor(Class<?> cls) {
        if (cls.isAnnotationPresent(Command.class)) {
            for (Constructor<?> constructor : cls.getDeclaredConstructors()) {
                if (constructor.isAnnotationPresent(Inject.class)) {
                    return constructor;
                }
            }
        }
        return null;
    }

    private static Type providedType(Type parameter) {
        return parameter instanceof ParameterizedType provider && provider.getRawType() == Provider.class
                ? provider.getActualTypeArguments()[0] : null;
    }
}
