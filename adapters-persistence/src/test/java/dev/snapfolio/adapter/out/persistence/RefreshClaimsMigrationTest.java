package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V6 gives every account of a database from before a dirty mark row whose next expiry is not known
 * (the first refresh reads it from the stored state), keeps the marks that were there, and leaves
 * no lease.
 */
class RefreshClaimsMigrationTest {

    @Test
    void everyExistingAccountGetsAMarkWithItsNextExpiryUnknownAndDirtyMarksAreKept() throws SQLException {
        DataSource dataSource = TestDatabase.embedded().dataSource();
        String schema = "snapfolio_v6_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try {
            flyway(dataSource, schema, "5").migrate();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.executeUpdate("INSERT INTO " + schema + ".account (id, name, currency) VALUES (1, 'dirty', 'USD'),"
                        + " (2, 'clean', 'USD'), (3, 'untouched', 'USD')");
                s.executeUpdate("INSERT INTO " + schema + ".dirty_mark (account_id, dirty_from, counter) VALUES"
                        + " (1, '2024-03-01', 7), (2, NULL, 4)");
            }

            flyway(dataSource, schema, "6").migrate();

            List<String> rows = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT account_id, dirty_from, counter, expiry_known, next_expiry,"
                            + " claimed_by, claimed_until FROM " + schema + ".dirty_mark ORDER BY account_id")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getBoolean(4)
                            + " " + rs.getString(5) + " " + rs.getString(6) + " " + rs.getString(7));
                }
            }
            assertThat(rows).containsExactly(
                    "1 2024-03-01 7 false null null null",
                    "2 null 4 false null null null",
                    "3 null 0 false null null null");
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    private static Flyway flyway(DataSource dataSource, String schema, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/migration").target(target).load();
    }
}
