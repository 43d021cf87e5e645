package dev.snapfolio.adapter.out.persistence;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inserts many rows with {@code LOAD DATA LOCAL INFILE} streamed from memory (no file): rows as
 * tab-separated UTF-8 lines, backslash escapes for backslash, tab, newline, carriage return and
 * NUL, {@code \N} for NULL. The server parses such lines with less work than multi-row INSERTs.
 * A load that does not insert exactly the rows sent, or that leaves a warning (a value the server
 * had to change), fails like an INSERT would. When the server or the driver refuses local infile
 * (e.g. {@code local_infile=OFF}), {@link #load} answers false without having written anything, and
 * the process does not try again: the caller inserts with batched INSERTs instead.
 */
final class LocalInfileLoader {
    private static final Logger LOG = LoggerFactory.getLogger(LocalInfileLoader.class);

    /** Rows per LOAD DATA statement at most (the text of one is built in memory). */
    static final int MAX_ROWS = 50_000;

    private static volatile boolean refused;

    private LocalInfileLoader() {
    }

    /** Writes one row's fields in column order. */
    @FunctionalInterface
    interface RowWriter<T> {
        void write(Line line, T row);
    }

    /** Whether this process still loads with local infile (no server or driver refused it yet). */
    static boolean enabled() {
        return !refused;
    }

    /** Forgets a refusal (tests). */
    static void reset() {
        refused = false;
    }

    /**
     * Loads {@code rows} into {@code table}'s {@code columns}, {@code replace} replacing rows of the
     * same key; false (and nothing written) when local infile is refused.
     */
    static <T> boolean load(Connection connection, String table, String columns, boolean replace, List<T> rows,
            RowWriter<T> writer) throws SQLException {
        if (refused) {
            return false;
        }
        for (int from = 0; from < rows.size(); from += MAX_ROWS) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + MAX_ROWS));
            Line line = new Line();
            for (T row : chunk) {
                writer.write(line, row);
                line.end();
            }
            if (!loadChunk(connection, table, columns, replace, chunk.size(), line.bytes())) {
                if (from > 0) {
                    // refused after part of the rows went in: cannot happen short of a server change mid-way
                    throw new SQLException("the server stopped accepting LOAD DATA LOCAL INFILE mid-way into " + table);
                }
                return false;
            }
        }
        return true;
    }

    private static boolean loadChunk(Connection connection, String table, String columns, boolean replace, int count,
            byte[] data) throws SQLException {
        String sql = "LOAD DATA LOCAL INFILE 'snapfolio-rows.tsv' " + (replace ? "REPLACE " : "") + "INTO TABLE "
                + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                + " LINES TERMINATED BY '\\n' (" + columns + ")";
        try (Statement statement = connection.createStatement()) {
            statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(data));
            try {
                statement.execute(sql);
            } catch (SQLException e) {
                if (isRefusal(e)) {
                    refused = true;
                    LOG.info("LOAD DATA LOCAL INFILE refused ({}): batched INSERTs from now on", e.getMessage());
                    return false;
                }
                throw e;
            }
            QueryCounter.countStatement();
            long inserted = statement.getUpdateCount();
            SQLWarning warning = statement.getWarnings();
            if (warning != null) {
                throw new SQLException("loading " + count + " rows into " + table + " changed a value: "
                        + warning.getMessage());
            }
            if (replace ? inserted < count : inserted != count) {
                throw new SQLException("loading " + count + " rows into " + table + " inserted " + inserted);
            }
            return true;
        }
    }

    /** The server's or the driver's refusal of local infile (not a failure of the load itself). */
    static boolean isRefusal(SQLException e) {
        int code = e.getErrorCode();
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return code == 1148 || code == 4166 || (message.contains("local infile")
                && (message.contains("disabled") || message.contains("not allowed")));
    }

    /** One row's line, then the next: fields separated by tabs, escaped as LOAD DATA reads them. */
    static final class Line {
        private final StringBuilder text = new StringBuilder(1 << 16);
        private boolean first = true;

        Line id(long value) {
            separate().append(value);
            return this;
        }

        Line count(int value) {
            separate().append(value);
            return this;
        }

        Line flag(boolean value) {
            separate().append(value ? '1' : '0');
            return this;
        }

        Line date(LocalDate value) {
            if (value == null) {
                separate().append("\\N");
            } else {
                separate().append(value);
            }
            return this;
        }

        Line dec(BigDecimal value) {
            if (value == null) {
                separate().append("\\N");
            } else {
                separate().append(value.toPlainString());
            }
            return this;
        }

        Line text(String value) {
            separate();
            if (value == null) {
                text.append("\\N");
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\0' -> text.append("\\0");
                    default -> text.append(c);
                }
            }
            return this;
        }

        private StringBuilder separate() {
            if (!first) {
                text.append('\t');
            }
            first = false;
            return text;
        }

        void end() {
            text.append('\n');
            first = true;
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
