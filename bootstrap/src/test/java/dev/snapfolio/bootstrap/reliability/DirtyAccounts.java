package dev.snapfolio.bootstrap.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Many accounts with a history each, all dirty from their first date, for the refresh workers' tests
 * and measurements: the demo's generated account ({@code demo --years Y}, stored and processed
 * through the demo use case) copied {@code count - 1} times by SQL (movements only: the copies have
 * no snapshots yet), then every one marked dirty from its first movement date — what a price
 * re-import of the first day leaves for refresh.
 */
final class DirtyAccounts {
    private DirtyAccounts() {
    }

    /** The demo account and its copies, all dirty; their ids in creation order. */
    static List<Long> create(Cli cli, Database db, int years, int count) {
        Cli.Run demo = cli.run("demo", "--years", Integer.toString(years), "--last", "0");
        if (demo.exit() != 0) {
            throw new IllegalStateException("demo failed: " + demo.err());
        }
        try (Connection c = db.connect()) {
            long template;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM account")) {
                rs.next();
                template = rs.getLong(1);
            }
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, "movement", null)) {
                while (rs.next()) {
                    String name = rs.getString("COLUMN_NAME");
                    if (!name.equalsIgnoreCase("id") && !name.equalsIgnoreCase("account_id")) {
                        columns.add(name);
                    }
                }
            }
            String list = columns.stream().collect(Collectors.joining(", "));
            List<Long> ids = new ArrayList<>();
            ids.add(template);
            for (int i = 1; i < count; i++) {
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO account (name, broker, currency)"
                        + " VALUES (?, 'Copy Broker', 'USD')", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, "copy-" + template + "-" + i);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO movement (account_id, " + list + ") SELECT ?, "
                        + list + " FROM movement WHERE account_id = ? ORDER BY id")) {
                    ps.setLong(1, id);
                    ps.setLong(2, template);
                    ps.executeUpdate();
                }
                ids.add(id);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dirty_mark (account_id, dirty_from, counter)"
                    + " SELECT account_id, MIN(business_date), 1 FROM movement WHERE account_id = ?"
                    + " ON DUPLICATE KEY UPDATE dirty_from = VALUES(dirty_from), counter = counter + 1")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Of {@code ids}, those still dirty. */
    static List<Long> dirty(Database db, List<Long> ids) {
        return query(db, "SELECT account_id FROM dirty_mark WHERE dirty_from IS NOT NULL").stream()
                .filter(ids::contains).toList();
    }

    /** Of {@code ids}, those leased to a worker now. */
    static List<Long> leased(Database db, List<Long> ids) {
        return query(db, "SELECT account_id FROM dirty_mark WHERE claimed_by IS NOT NULL").stream()
                .filter(ids::contains).toList();
    }

    /** Runs logged per account of {@code ids} with {@code status} and trigger REFRESH. */
    static Map<Long, Integer> refreshRuns(Database db, List<Long> ids, String status) {
        Map<Long, Integer> runs = new HashMap<>();
        for (long id : query(db, "SELECT account_id FROM run_log WHERE run_trigger = 'REFRESH' AND status = '"
                + status + "'")) {
            if (ids.contains(id)) {
                runs.merge(id, 1, Integer::sum);
            }
        }
        return runs;
    }

    /** All REFRESH runs of {@code ids}, whatever their status. */
    static int allRefreshRuns(Database db, List<Long> ids) {
        return (int) query(db, "SELECT account_id FROM run_log WHERE run_trigger = 'REFRESH'").stream()
                .filter(ids::contains).count();
    }

    private static List<Long> query(Database db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
