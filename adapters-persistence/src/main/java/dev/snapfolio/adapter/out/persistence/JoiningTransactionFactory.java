package dev.snapfolio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.apache.ibatis.transaction.Transaction;
import org.apache.ibatis.transaction.TransactionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransaction;
import org.apache.ibatis.transaction.managed.ManagedTransaction;

/**
 * Sessions opened on the pool: the session of a unit of work (a managed session)
 * switches its connection out of autocommit when it opens it and back when it closes; any other
 * session (a single mapper call) runs its statement in the pool's autocommit and touches nothing,
 * which saves two round trips per statement. A session opened on a given connection (the batch
 * writers' sessions on the caller's transaction) joins it: it neither commits, rolls back nor
 * closes that connection — its owner does.
 */
final class JoiningTransactionFactory implements TransactionFactory {
    // A provider: the manager is built on the configuration that holds this factory.
    private final Provider<SqlSessionManager> manager;

    @Inject
    JoiningTransactionFactory(Provider<SqlSessionManager> manager) {
        this.manager = manager;
    }

    @Override
    public void setProperties(Properties props) {
        // nothing to configure
    }

    @Override
    public Transaction newTransaction(Connection conn) {
        return new ManagedTransaction(conn, false);
    }

    @Override
    public Transaction newTransaction(DataSource dataSource, TransactionIsolationLevel level, boolean autoCommit) {
        return new ScopedTransaction(dataSource, level, autoCommit, manager);
    }

    /**
     * Decides when it opens its connection: the manager registers a managed session only after
     * opening it, and the connection is opened lazily at the first statement, by which time a
     * managed session is known to the manager while a single call's session never is.
     */
    private static final class ScopedTransaction extends JdbcTransaction {
        private final Provider<SqlSessionManager> manager;

        ScopedTransaction(DataSource dataSource, TransactionIsolationLevel level, boolean autoCommit,
                Provider<SqlSessionManager> manager) {
            super(dataSource, level, autoCommit);
            this.manager = manager;
        }

        @Override
        protected void openConnection() throws SQLException {
            if (autoCommit || !manager.get().isManagedSessionStarted()) {
                // One statement: the pool's connections are in autocommit; leave them so.
                autoCommit = true;
                skipSetAutoCommitOnClose = true;
            }
            super.openConnection();
        }
    }
}
