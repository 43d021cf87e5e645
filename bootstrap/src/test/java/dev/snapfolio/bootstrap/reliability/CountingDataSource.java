package dev.snapfolio.bootstrap.reliability;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/** A DataSource that counts the statements executed through it (each execute*, each executed batch). */
final class CountingDataSource {
    private final AtomicLong statements = new AtomicLong();
    private final DataSource dataSource;

    CountingDataSource(DataSource target) {
        this.dataSource = proxy(DataSource.class, target);
    }

    DataSource dataSource() {
        return dataSource;
    }

    long statements() {
        return statements.get();
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (p, method, args) -> {
            Object result = call(target, method, args);
            if (Statement.class.isAssignableFrom(type) && method.getName().startsWith("execute")) {
                statements.incrementAndGet();
            }
            if (result instanceof Connection c && method.getReturnType() == Connection.class) {
                return proxy(Connection.class, c);
            }
            if (result instanceof Statement s && Statement.class.isAssignableFrom(method.getReturnType())) {
                return proxy((Class<Statement>) method.getReturnType(), s);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
