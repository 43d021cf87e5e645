package dev.snapfolio.adapter.in.cli.command;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/** Lets picocli build commands (and anything else it instantiates) through the injector. */
final class GuiceCommandFactory implements IFactory {
    private final Injector injector;

    GuiceCommandFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (!cls.isAnnotationPresent(Command.class)) {
            // Mixins, converters, collections: picocli's own instances. A mixin must never be a
            // bound instance (such as the GlobalOptions read before wiring): parsing resets it.
            return CommandLine.defaultFactory().create(cls);
        }
        try {
            return injector.getInstance(cls);
        } catch (ConfigurationException e) {
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
