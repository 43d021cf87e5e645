package dev.snapfolio.adapter.out.persistence;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.function.Consumer;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;

/**
 * Runs mapper writes as JDBC batches on the connection of the caller's transaction: a BATCH
 * session that joins it (see {@link JoiningTransactionFactory}), flushed before it closes. Callers
 * run in a unit of work ({@link MyBatisUnitOfWork}), so a transaction is always open. {@link #connection} gives that
 * connection itself, for writers that bind their batches with plain JDBC.
 */
final class BatchSessions {
    private final SqlSessionFactory factory;
    private final SqlSessionManager manager;

    @Inject
    BatchSessions(SqlSessionFactory factory, SqlSessionManager manager) {
        this.factory = factory;
        this.manager = manager;
    }

    /** The connection of the caller's transaction (a unit of work is running). */
    Connection connection() {
        return manager.getConnection();
    }

    <M> void write(Class<M> mapperType, Consumer<M> work) {
        try (SqlSession batch = factory.openSession(ExecutorType.BATCH, manager.getConnection())) {
            work.accept(batch.getMapper(mapperType));
            batch.flushStatements();
        }
    }
}
