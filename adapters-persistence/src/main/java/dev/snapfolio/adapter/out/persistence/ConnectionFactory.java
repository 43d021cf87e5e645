package dev.snapfolio.adapter.out.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the pool on the configured database (starting or reusing the embedded server first) and
 * brings the schema up to date. Failures become one-line {@link DatabaseException}s.
 */
final class ConnectionFactory {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionFactory.class);

    private ConnectionFactory() {
    }

    static HikariDataSource open(DatabaseSettings settings) {
        String url;
        String shown;
        String user;
        String password;
        if (settings.isEmbedded()) {
            EmbeddedMariaDb server = new EmbeddedMariaDb(settings.dataDir().orElseThrow());
            EmbeddedMariaDb.Endpoint endpoint = server.ensureRunning(settings.keepServerRunning());
            url = endpoint.jdbcUrl(DatabaseSettings.EMBEDDED_DATABASE);
            shown = url;
            // the server's generated password (DESIGN §9), not a configured one
            user = endpoint.user();
            password = endpoint.password();
        } else {
            url = settings.url().orElseThrow();
            shown = DatabaseSettings.redact(url);
            user = settings.user();
            password = settings.password();
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("snapfolio");
        config.setJdbcUrl(withDriverOptions(url));
        config.setUsername(user);
        config.setPassword(password);
        // Connector/J 3 leaves autocommit to the server default: say it, MyBatis transactions turn it off.
        config.setAutoCommit(true);
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(1);
        // A database that is gone must not hang a command: a connection is had within 5 s or the
        // command fails (the driver's own connect attempt gives up after 3 s), and a pooled
        // connection is checked within 2 s.
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        config.setInitializationFailTimeout(1);
        try {
            HikariDataSource dataSource = new HikariDataSource(config);
            LOG.debug("connected to {}", settings.isEmbedded() ? settings.describe() : shown);
            return dataSource;
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            throw failure(explain(e, settings, shown), e, settings);
        } catch (RuntimeException e) {
            throw failure("cannot connect to " + shown + ": " + firstLine(e.getMessage()), e, settings);
        }
    }

    /**
     * The one-line failure, without the password: a driver message may quote the URL or a part of
     * it. A cause that quotes the password is not attached (--verbose prints the chain).
     */
    private static DatabaseException failure(String message, RuntimeException cause, DatabaseSettings settings) {
        boolean quotesASecret = false;
        for (Throwable t = cause; t != null && !quotesASecret; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage()) + " " + t;
            quotesASecret = !settings.scrub(text).equals(text);
        }
        return new DatabaseException(settings.scrub(message), quotesASecret ? null : cause);
    }

    /**
     * Batched statements are rewritten into multi-row statements (DESIGN §5); connecting gives up
     * after 3 s (the driver waits 30 s by default), and a server that stops answering in the middle
     * of a statement is given up after 10 minutes rather than never; a bulk rebuild may load rows
     * with LOAD DATA LOCAL INFILE from memory ({@link LocalInfileLoader}). Options the URL sets win.
     */
    static String withDriverOptions(String url) {
        String result = url;
        for (String option : new String[] {"rewriteBatchedStatements=true", "connectTimeout=3000",
            "socketTimeout=600000", "allowLocalInfile=true"}) {
            String name = option.substring(0, option.indexOf('=') + 1);
            if (!result.contains(name)) {
                result = result + (result.contains("?") ? "&" : "?") + option;
            }
        }
        return result;
    }

    private static String explain(RuntimeException e, DatabaseSettings settings, String shown) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            int code = sql.getErrorCode();
            if (code == 1045 || state.startsWith("28")) {
                return "the database at " + shown + " refused user '" + settings.user() + "' (wrong user or password)";
            }
            if (code == 1049) {
                return "the database in " + shown + " does not exist; create it first";
            }
            if (state.startsWith("08") || code == 0) {
                return "cannot connect to the database at " + shown + ": " + firstLine(sql.getMessage());
            }
            return "cannot use the database at " + shown + ": " + firstLine(sql.getMessage());
        }
        return "cannot connect to the database at " + shown + ": " + firstLine(e.getMessage());
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
