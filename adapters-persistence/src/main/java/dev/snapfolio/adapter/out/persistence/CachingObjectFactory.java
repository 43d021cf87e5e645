package dev.snapfolio.adapter.out.persistence;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.reflection.Reflector;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * MyBatis's object factory with the constructors resolved once per (type, argument types). The
 * default factory looks the constructor up by reflection for every row it maps, and for a
 * package-private row record it first calls it without access, catches the
 * {@link IllegalAccessException} (message and stack trace built every time) and retries: a large
 * part of the time spent mapping tens of thousands of rows. Here the constructor is looked up and
 * made accessible once, then only invoked. Anything unusual (a failing constructor, an unknown
 * shape) goes through the default factory, so errors read as before.
 */
class CachingObjectFactory extends DefaultObjectFactory {
    private static final long serialVersionUID = 1L;
    private static final Class<?>[] NO_TYPES = new Class<?>[0];
    private static final Object[] NO_ARGS = new Object[0];

    /** Per type, the constructors used so far, by argument types. Few shapes per type: a scan beats hashing the list. */
    private final transient ConcurrentHashMap<Class<?>, Shape[]> shapes = new ConcurrentHashMap<>();

    private record Shape(Class<?>[] argTypes, Constructor<?> constructor) {
        boolean matches(List<Class<?>> types) {
            if (types.size() != argTypes.length) {
                return false;
            }
            for (int i = 0; i < argTypes.length; i++) {
                if (types.get(i) != argTypes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The cache is not serialized: a deserialized factory starts with an empty one. */
    private Object readResolve() {
        return new CachingObjectFactory();
    }

    @Override
    public <T> T create(Class<T> type) {
        return create(type, null, null);
    }

    @Override
    public <T> T create(Class<T> type, List<Class<?>> constructorArgTypes, List<Object> constructorArgs) {
        List<Class<?>> argTypes = constructorArgTypes == null ? List.of() : constructorArgTypes;
        if (constructorArgs == null ? !argTypes.isEmpty() : constructorArgs.size() != argTypes.size()) {
            return super.create(type, constructorArgTypes, constructorArgs);
        }
        Constructor<?> constructor = constructor(type, argTypes);
        if (constructor == null) {
            return super.create(type, constructorArgTypes, constructorArgs);
        }
        try {
            @SuppressWarnings("unchecked")
            T created = (T) constructor.newInstance(constructorArgs == null ? NO_ARGS : constructorArgs.toArray());
            return created;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return super.create(type, constructorArgTypes, constructorArgs); // the default factory's error
        }
    }

    private Constructor<?> constructor(Class<?> type, List<Class<?>> argTypes) {
        Shape[] known = shapes.get(type);
        if (known != null) {
            for (Shape shape : known) {
                if (shape.matches(argTypes)) {
                    return shape.constructor();
                }
            }
        }
        Class<?> target = resolveInterface(type);
        Class<?>[] types = argTypes.toArray(NO_TYPES);
        Constructor<?> constructor;
        try {
            constructor = target.getDeclaredConstructor(types);
            if (!constructor.canAccess(null) && Reflector.canControlMemberAccessible()) {
                constructor.setAccessible(true);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        Shape shape = new Shape(types, constructor);
        shapes.merge(type, new Shape[] {shape}, (old, added) -> {
            Shape[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = shape;
            return grown;
        });
        return constructor;
    }
}
