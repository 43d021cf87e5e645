package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.UnitOfWork;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionManager;

/**
 * A MyBatis transaction around the work, opened explicitly (no method interception, so the
 * injector needs no generated classes): the work runs in a managed session of the thread, which the
 * mappers use; it commits when the work returns and rolls back when it throws (the exception is
 * rethrown). Nested calls join the outer transaction: only the outermost commits or rolls back.
 */
final class MyBatisUnitOfWork implements UnitOfWork {
    private final SqlSessionManager sessions;

    @Inject
    MyBatisUnitOfWork(SqlSessionManager sessions) {
        this.sessions = sessions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (sessions.isManagedSessionStarted()) {
            return work.get();
        }
        sessions.startManagedSession(ExecutorType.SIMPLE);
        boolean failed = true;
        try {
            T result = work.get();
            failed = false;
            return result;
        } finally {
            try {
                if (failed) {
                    sessions.rollback(true);
                } else {
                    sessions.commit();
                }
            } finally {
                sessions.close();
            }
        }
    }
}
