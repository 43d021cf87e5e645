package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRunLock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;

/**
 * MariaDB's own SQL is isolated: in the mapper XML only statements marked {@code databaseId="mariadb"}
 * use it, MyBatis loads them for the MariaDB dialect, and the SQL built in Java comes from the
 * {@link Dialect} — so a second database is an addition.
 */
class DialectTest {
    private static final List<String> MAPPERS = List.of("AccountMapper", "MovementMapper", "ProcessingMapper",
            "ReferenceDataMapper", "RunLogMapper", "SnapshotMapper");
    /** SQL only MariaDB (and MySQL) read. */
    private static final Pattern MARIADB_ONLY = Pattern.compile(
            "ON DUPLICATE KEY|SKIP LOCKED|GET_LOCK|RELEASE_LOCK|INSERT IGNORE|LAST_INSERT_ID|VALUES\\(\\w+\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATEMENT = Pattern.compile(
            "<(select|insert|update|delete)\\s+id=\"(\\w+)\"([^>]*)>(.*?)</\\1>", Pattern.DOTALL);

    private static String mapperXml(String mapper) throws IOException {
        try (InputStream in = DialectTest.class.getResourceAsStream(mapper + ".xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** mapper.statement of every statement marked for MariaDB, checking no unmarked one uses MariaDB's SQL. */
    private static Set<String> markedStatements() throws IOException {
        Set<String> marked = new TreeSet<>();
        for (String mapper : MAPPERS) {
            Matcher m = STATEMENT.matcher(mapperXml(mapper));
            while (m.find()) {
                boolean isMarked = m.group(3).contains("databaseId=\"mariadb\"");
                if (isMarked) {
                    marked.add(mapper + "." + m.group(2));
                }
                assertThat(isMarked || !MARIADB_ONLY.matcher(m.group(4)).find())
                        .as("%s.%s uses MariaDB's own SQL without databaseId=\"mariadb\"", mapper, m.group(2))
                        .isTrue();
            }
        }
        return marked;
    }

    @Test
    void onlyStatementsMarkedForMariaDbUseItsOwnSql() throws IOException {
        // forgetNextExpiry: an upsert. lease and renewLease: the lease's end as NOW(3) + INTERVAL n MICROSECOND.
        assertThat(markedStatements()).containsExactly("ProcessingMapper.forgetNextExpiry", "ProcessingMapper.lease", "ProcessingMapper.markDirty",
                "ProcessingMapper.recordNextExpiry", "ProcessingMapper.renewLease", "ProcessingMapper.saveSetting",
                "ProcessingMapper.selectClaimable", "ReferenceDataMapper.upsertPrice", "ReferenceDataMapper.upsertSplit");
    }

    @Test
    void myBatisLoadsTheMarkedStatementsForTheMariaDbDialect() throws IOException {
        Configuration configuration = TestDatabase.embedded().get(SqlSessionFactory.class).getConfiguration();

        assertThat(configuration.getDatabaseId()).isEqualTo(Dialect.MARIADB.databaseId()).isEqualTo("mariadb");
        for (String statement : markedStatements()) {
            MappedStatement mapped = configuration.getMappedStatement(
                    "dev.snapfolio.adapter.out.persistence." + statement);
            assertThat(mapped.getDatabaseId()).as(statement).isEqualTo("mariadb");
        }
    }

    @Test
    void theMariaDbDialectHoldsTheSqlBuiltInJavaAndItsRunLock() {
        Dialect dialect = Dialect.of(TestDatabase.embedded().settings());

        assertThat(dialect).isEqualTo(Dialect.MARIADB);
        assertThat(dialect.upsertState()).startsWith("INSERT INTO account_state").contains("ON DUPLICATE KEY UPDATE");
        assertThat(dialect.runLock()).isEqualTo(GetLockRunLock.class);
        assertThat(TestDatabase.embedded().get(AccountRunLock.class)).isInstanceOf(GetLockRunLock.class);
    }
}
