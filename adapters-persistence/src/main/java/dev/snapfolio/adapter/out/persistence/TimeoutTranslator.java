package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.StorageTimeoutException;
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
 * {@link StorageTimeoutException} (which MyBatis then wraps), so the application can tell a timeout
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

    /** {@code failure} as a {@link StorageTimeoutException} when it is a timeout, else itself. */
    static Throwable translate(Throwable failure) {
        return Sql.isTimeout(failure) && !(failure instanceof StorageTimeoutException)
                ? new StorageTimeoutException("the database timed out: " + failure.getMessage(), failure)
                : failure;
    }
}
