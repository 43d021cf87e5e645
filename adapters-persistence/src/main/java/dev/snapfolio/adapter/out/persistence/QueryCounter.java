package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.QueryMeter;
import java.util.List;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.BatchExecutor;
import org.apache.ibatis.executor.BatchResult;
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
 * Counts the statements this thread sends through MyBatis: each query, each single update, and
 * each JDBC batch executed at a flush (however many rows it carries). Only executors are wrapped:
 * wrapping the per-statement handlers would cost a proxy per row of a batch. The adapter's plain
 * JDBC writes count each executed batch with {@link #countStatement}.
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
final class QueryCounter implements Interceptor, QueryMeter {
    // Static: MyBatis and Guice may each make an instance; the count belongs to the thread.
    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public Object plugin(Object target) {
        return target instanceof Executor ? Plugin.wrap(target, this) : target;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object result = invocation.proceed();
        String method = invocation.getMethod().getName();
        if (method.equals("flushStatements")) {
            if (result instanceof List<?> batches) {
                for (Object batch : batches) {
                    if (batch instanceof BatchResult) {
                        COUNT.get()[0]++;
                    }
                }
            }
        } else if (!(method.equals("update") && invocation.getTarget() instanceof BatchExecutor)) {
            // a batched update only queues a row; its statement is counted when the batch is flushed
            COUNT.get()[0]++;
        }
        return result;
    }

    /** One statement (or one executed JDBC batch) sent by this thread outside MyBatis. */
    static void countStatement() {
        COUNT.get()[0]++;
    }

    @Override
    public long count() {
        return COUNT.get()[0];
    }
}
