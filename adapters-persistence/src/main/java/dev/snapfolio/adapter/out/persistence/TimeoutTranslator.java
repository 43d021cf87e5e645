package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.StorageTimeoutException;
import dev.snapfolio.application.port.out.StorageUnavailableException;
import java.lang.reflect.InvocationTargetException;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * Turns a statement or lock timeout of a mapped statement into the out-ports'
 * {@link StorageTimeoutException}, and a lost or refused connection into
 * {@link StorageUnavailableException} (which MyBatis then wraps), so the application can tell them
 * by type. Other failures pass unchanged. Wraps executors only, like {@link QueryCounter}.
 */
@Intercepts({
    @Signature(type = Executor.class, method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
    @Signature(type = Executor.class, method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class,
                BoundSql.class}),
    @Signature(type = Executor.class, method = "queryCursor", args = {MappedStatement.class, Object.class, RowBounds.class}),
    @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
    @Signature(type = Executor.class, method = "flushStatements", args = {})
})
final class TimeoutTranslator implements Interceptor {
    @Override
    public Object plugin(Object target) {
        return target instanceof Executor ? Plugin.wrap(target, this) : target;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        try {
            return invocation.proceed();
        } catch (InvocationTargetException e) {
            throw translate(e.getCause());
        }
    }

    /**
     * {@code failure} as a {@link StorageTimeoutException} when it is a timeout, as a
     * {@link StorageUnavailableException} when the database could not be reached or the connection
     * was lost, else itself.
     */
    static Throwable translate(Throwable failure) {
        if (failure instanceof StorageTimeoutException || failure instanceof StorageUnavailableException) {
            return failure;
        }
        if (Sql.isTimeout(failure)) {
            return new StorageTimeoutException("the database timed out: " + failure.getMessage(), failure);
        }
        if (Sql.isConnectionLoss(failure)) {
            return new StorageUnavailableException("the database could not be reached (" + rootMessage(failure)
                    + "); nothing more was written", failure);
        }
        return failure;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = ConnectionFactory.firstLine(root.getMessage());
        // Connector/J prefixes its connection id: "(conn=12) ..."; the user has no use for it.
        return message.replaceFirst("^\\(conn=\\d+\\)\\s*", "");
    }
}
