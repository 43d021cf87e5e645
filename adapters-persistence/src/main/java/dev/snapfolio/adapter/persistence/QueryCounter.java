package dev.snapfolio.adapter.persistence;

import dev.snapfolio.application.port.out.QueryMeter;
import java.sql.Statement;
import java.util.List;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;

/**
 * Counts the statements this thread sends through MyBatis: each query, each single update, and
 * each executed JDBC batch (one per distinct statement of a flush, however many rows it carries).
 */
@Intercepts({
    @Signature(type = StatementHandler.class, method = "query", args = {Statement.class, ResultHandler.class}),
    @Signature(type = StatementHandler.class, method = "queryCursor", args = {Statement.class}),
    @Signature(type = StatementHandler.class, method = "update", args = {Statement.class}),
    @Signature(type = Executor.class, method = "flushStatements", args = {})
})
final class QueryCounter implements Interceptor, QueryMeter {
    // Static: MyBatis and Guice may each make an instance; the count belongs to the thread.
    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object result = invocation.proceed();
        if (invocation.getTarget() instanceof Executor) {
            if (result instanceof List<?> batches) {
                for (Object batch : batches) {
                    if (batch instanceof BatchResult) {
                        COUNT.get()[0]++;
                    }
                }
            }
        } else {
            COUNT.get()[0]++;
        }
        return result;
    }

    @Override
    public long count() {
        return COUNT.get()[0];
    }
}
