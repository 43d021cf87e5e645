package dev.snapfolio.adapter.out.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.ibatis.binding.MapperProxyFactory;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;

/**
 * A MyBatis configuration that reads a mapper (its XML and annotations) when one of its statements
 * is first used, not when the mapper is added: a command that runs three statements of one mapper
 * parses that mapper only (parsing every mapper XML was a third of a short command's start-up,
 * docs/PERFORMANCE.md). A mapper whose XML refers to another mapper's fragments or result maps
 * ({@code namespace.id}) has that mapper read first. {@link #getMappedStatementNames()} reads every
 * mapper, so asking for all statements checks them all.
 *
 * <p>Reading is serialised; while mappers remain unread, the lookups that could meet a mapper
 * being read take the same lock (MyBatis' maps are not safe to read while written).
 */
final class LazyMapperConfiguration extends Configuration {
    /** The mappers added and not yet read, by name; guarded by {@code this}. */
    private final Map<String, Class<?>> unread = new LinkedHashMap<>();
    private final Map<Class<?>, MapperProxyFactory<?>> proxies = new LinkedHashMap<>();
    private volatile boolean allRead = true;
    /** The mapper being read: its XML binds it through {@link #addMapper}; guarded by {@code this}. */
    private Class<?> reading;

    LazyMapperConfiguration(Environment environment) {
        super(environment);
    }

    @Override
    public synchronized <T> void addMapper(Class<T> type) {
        if (type.isInterface() && type != reading && !super.hasMapper(type)) {
            unread.put(type.getName(), type);
            allRead = false;
        } else {
            super.addMapper(type);
        }
    }

    @Override
    public boolean hasMapper(Class<?> type) {
        if (!allRead) {
            synchronized (this) {
                return unread.containsKey(type.getName()) || super.hasMapper(type);
            }
        }
        return super.hasMapper(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getMapper(Class<T> type, SqlSession sqlSession) {
        if (!allRead) {
            synchronized (this) {
                if (unread.containsKey(type.getName())) {
                    // a proxy now; the mapper is read when one of its methods first runs
                    return ((MapperProxyFactory<T>) proxies.computeIfAbsent(type, MapperProxyFactory::new))
                            .newInstance(sqlSession);
                }
            }
        }
        return super.getMapper(type, sqlSession);
    }

    @Override
    public boolean hasStatement(String statementName, boolean validateIncompleteStatements) {
        return afterReading(statementName, () -> super.hasStatement(statementName, validateIncompleteStatements));
    }

    @Override
    public MappedStatement getMappedStatement(String id, boolean validateIncompleteStatements) {
        return afterReading(id, () -> super.getMappedStatement(id, validateIncompleteStatements));
    }

    @Override
    public ResultMap getResultMap(String id) {
        return afterReading(id, () -> super.getResultMap(id));
    }

    /** Looks {@code id} up once its mapper (the namespace it names) is read. */
    private <T> T afterReading(String id, Supplier<T> lookup) {
        if (!allRead) {
            synchronized (this) {
                readNamespaceOf(id);
                return lookup.get();
            }
        }
        return lookup.get();
    }

    @Override
    public Collection<String> getMappedStatementNames() {
        readAll();
        return super.getMappedStatementNames();
    }

    @Override
    public Collection<MappedStatement> getMappedStatements() {
        readAll();
        return super.getMappedStatements();
    }

    /** Whether this mapper has been read (its statements are known). */
    synchronized boolean hasRead(Class<?> mapper) {
        return !unread.containsKey(mapper.getName()) && super.hasMapper(mapper);
    }

    /** Reads every mapper not read yet. */
    synchronized void readAll() {
        while (!unread.isEmpty()) {
            read(unread.keySet().iterator().next());
        }
    }

    private void readNamespaceOf(String id) {
        int dot = id.lastIndexOf('.');
        if (dot > 0 && unread.containsKey(id.substring(0, dot))) {
            read(id.substring(0, dot));
        }
    }

    /** Reads one mapper, after the mappers its XML refers to. Called with the lock held. */
    private void read(String name) {
        Class<?> type = unread.remove(name);
        if (type == null) {
            return;
        }
        String xml = xmlOf(type);
        for (String other : unread.keySet().toArray(String[]::new)) {
            if (xml.contains(other + ".")) {
                read(other);
            }
        }
        reading = type;
        try {
            // its XML first (binding the mapper, whose annotations MyBatis then reads), else MyBatis' own way
            if (!MapperXmlReader.read(this, type) || !super.hasMapper(type)) {
                super.addMapper(type);
            }
        } finally {
            reading = null;
        }
        allRead = unread.isEmpty();
    }

    private static String xmlOf(Class<?> type) {
        String resource = "/" + type.getName().replace('.', '/') + ".xml";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
