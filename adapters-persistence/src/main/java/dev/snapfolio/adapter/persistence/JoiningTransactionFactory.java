package dev.snapfolio.adapter.persistence;

import java.sql.Connection;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.apache.ibatis.transaction.Transaction;
import org.apache.ibatis.transaction.TransactionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransaction;
import org.apache.ibatis.transaction.managed.ManagedTransaction;

/**
 * Sessions opened on the pool own a JDBC transaction as usual. A session opened on a given
 * connection (the batch writers' sessions on the caller's transaction) joins it: it neither
 * commits, rolls back nor closes that connection — its owner does.
 */
final class JoiningTransactionFactory implements TransactionFactory {
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
        return new JdbcTransaction(dataSource, level, autoCommit);
    }
}
