package dev.snapfolio.bootstrap.reliability;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A DataSource whose connections count every write point — each execution of an INSERT, UPDATE,
 * DELETE or REPLACE (a batch counts once) and each commit — and, when armed, fail the n-th one:
 * either the statement fails (the connection stays usable) or the connection drops (aborted under
 * the caller, as when the server goes away).
 */
final class FaultyDataSource implements InvocationHandler {
    enum Fault { STATEMENT_FAILS, CONNECTION_DROPS }

    private final DataSource target;
    private final DataSource proxy;
    private int writePoints;
    private int failAt = -1;
    private Fault fault;
    private final List<String> seen = new ArrayList<>();

    private final java.util.function.Consumer<Connection> drop;

    /** {@code drop} ends a connection's session for good (a pool evicts it; a plain connection is aborted). */
    FaultyDataSource(DataSource target, java.util.function.Consumer<Connection> drop) {
        this.target = target;
        this.drop = drop;
        this.proxy = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                this);
    }

    DataSource dataSource() {
        return proxy;
    }

    /** Counts from zero again; the {@code n}-th write point from now (1-based) fails with {@code kind}. */
    synchronized void failAt(int n, Fault kind) {
        writePoints = 0;
        failAt = n;
        fault = kind;
        seen.clear();
    }

    /** Counts from zero again and fails nothing. */
    synchronized void countOnly() {
        failAt(-1, null);
    }

    synchronized int writePoints() {
        return writePoints;
    }

    /** What the write points were, in order ("INSERT INTO movement", "commit", ...). */
    synchronized List<String> seen() {
        return List.copyOf(seen);
    }

    /** Whether this write point is the one to fail; counts it. */
    private synchronized Fault hit(String what) {
        writePoints++;
        seen.add(what);
        return writePoints == failAt ? fault : null;
    }

    @Override
    public Object invoke(Object p, Method method, Object[] args) throws Throwable {
        Object result = call(target, method, args);
        if (method.getName().equals("getConnection")) {
            return connection((Connection) result);
        }
        return result;
    }

    private Connection connection(Connection real) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (p, method, args) -> {
                    String name = method.getName();
                    if (name.equals("commit")) {
                        inject(real, "commit");
                    }
                    Object result = call(real, method, args);
                    if (result instanceof Statement statement && (name.equals("prepareStatement")
                            || name.equals("createStatement") || name.equals("prepareCall"))) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                        return statement(real, statement, sql);
                    }
                    return result;
                });
    }

    private Object statement(Connection real, Statement statement, String preparedSql) {
        List<Class<?>> interfaces = new ArrayList<>();
        for (Class<?> type : new Class<?>[] {java.sql.CallableStatement.class, java.sql.PreparedStatement.class,
            Statement.class}) {
            if (type.isInstance(statement)) {
                interfaces.add(type);
            }
        }
        return Proxy.newProxyInstance(getClass().getClassLoader(), interfaces.toArray(Class<?>[]::new),
                (p, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("execute")) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                        String write = write(sql);
                        if (write != null) {
                            inject(real, write);
                        }
                    }
                    return call(statement, method, args);
                });
    }

    private void inject(Connection real, String what) throws SQLException {
        Fault kind = hit(what);
        if (kind == Fault.STATEMENT_FAILS) {
            throw new SQLException("injected fault at write point " + writePoints() + " (" + what + ")", "HY000", 1105);
        }
        if (kind == Fault.CONNECTION_DROPS) {
            drop.accept(real);
            throw new SQLNonTransientConnectionException("injected connection drop at write point " + writePoints()
                    + " (" + what + ")", "08S01");
        }
    }

    /** "INSERT INTO table" for a write statement, null for a read. */
    private static String write(String sql) {
        if (sql == null) {
            return null;
        }
        String s = sql.strip().replaceAll("\\s+", " ");
        String upper = s.toUpperCase(Locale.ROOT);
        for (String verb : new String[] {"INSERT", "UPDATE", "DELETE", "REPLACE"}) {
            if (upper.startsWith(verb)) {
                String[] words = s.split(" ");
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, 3)));
            }
        }
        return null;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

}
