package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V2 converts the split ratios stored as rounded decimals into exact n:d terms: the simplest
 * fraction (denominator up to 1000) that rounds to the stored ratio, else the decimal's own value.
 */
class SplitRatioMigrationTest {

    @Test
    void storedDecimalRatiosBecomeTheSimplestFractionsTheyWereRoundedFrom() throws SQLException {
        DataSource dataSource = TestDatabase.embedded().dataSource();
        String schema = "snapfolio_v2_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try {
            flyway(dataSource, schema, "1").migrate();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.executeUpdate("INSERT INTO " + schema + ".split (ticker, split_date, ratio) VALUES"
                        + " ('A', '2024-01-02', 0.33333333), ('B', '2024-01-02', 1.50000000),"
                        + " ('C', '2024-01-02', 2.00000000), ('D', '2024-01-02', 0.10000000),"
                        + " ('E', '2024-01-02', 0.66666667), ('F', '2024-01-02', 0.12345678)");
                s.executeUpdate("INSERT INTO " + schema + ".account (name, currency) VALUES ('m', 'USD')");
                s.executeUpdate("INSERT INTO " + schema + ".movement (account_id, kind, occurred_at, business_date,"
                        + " currency, ticker, option_type, strike, expiration, multiplier, option_action, contracts,"
                        + " premium) SELECT id, 'OPTION_TRADE', '2024-01-02 10:00', '2024-01-02', 'USD', 'A', 'PUT',"
                        + " 10, '2024-03-15', 100, 'SELL_TO_OPEN', 1, 50 FROM " + schema + ".account");
            }

            flyway(dataSource, schema, "2").migrate();

            Map<String, String> ratios = new LinkedHashMap<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT ticker, ratio_numerator, ratio_denominator FROM " + schema
                            + ".split ORDER BY ticker")) {
                while (rs.next()) {
                    ratios.put(rs.getString(1), rs.getLong(2) + ":" + rs.getLong(3));
                }
            }
            assertThat(ratios).containsExactly(Map.entry("A", "1:3"), Map.entry("B", "3:2"), Map.entry("C", "2:1"),
                    Map.entry("D", "1:10"), Map.entry("E", "2:3"), Map.entry("F", "12345678:100000000"));
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT multiplier FROM " + schema + ".movement")) {
                rs.next();
                assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("100");
            }
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
