package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.inject.Guice;
import dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb;
import dev.snapfolio.application.port.out.AccountRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad configurations end in one clear line (a {@link DatabaseException}) that never shows a password. */
class DatabaseErrorsTest {
    private final TestDatabase db = TestDatabase.embedded();

    private final EmbeddedMariaDb.Endpoint embedded = new EmbeddedMariaDb(db.settings().dataDir().orElseThrow())
            .ensureRunning(true);

    private String embeddedServerUrl() {
        return "jdbc:mariadb://127.0.0.1:" + embedded.port() + "/";
    }

    private static DatabaseException failureOf(DatabaseSettings settings) {
        Throwable thrown = catchThrowable(
                () -> Guice.createInjector(new PersistenceModule(settings)).getInstance(AccountRepository.class).findAll());
        assertThat(thrown).isNotNull();
        DatabaseException problem = DatabaseException.findIn(thrown).orElseThrow(() -> new AssertionError(thrown));
        assertThat(problem.getMessage()).doesNotContain("\n");
        return problem;
    }

    @Test
    void aWrongPasswordIsNamedAsSuch() {
        DatabaseException problem = failureOf(DatabaseSettings.external(embeddedServerUrl() + "snapfolio", "root",
                "not-the-password"));

        assertThat(problem).hasMessageContaining("wrong user or password").hasMessageNotContaining("not-the-password");
    }

    @Test
    void anUnreachableServerIsNamedWithoutItsCredentials() {
        DatabaseException problem = failureOf(DatabaseSettings.external(
                "jdbc:mariadb://127.0.0.1:1/snapfolio?user=bob&password=s3cret", "bob", "s3cret"));

        assertThat(problem).hasMessageContaining("cannot connect").hasMessageContaining("127.0.0.1:1")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aPasswordWrittenIntoTheUrlIsTakenOutOfItAndNeverShown() {
        DatabaseSettings settings = DatabaseSettings.external("jdbc:mariadb://root:S3cretPw!@127.0.0.1:1/snapfolio",
                "ignored", "ignored");

        assertThat(settings.user()).isEqualTo("root");
        assertThat(settings.password()).isEqualTo("S3cretPw!");
        assertThat(settings.url()).contains("jdbc:mariadb://127.0.0.1:1/snapfolio");
        DatabaseException problem = failureOf(settings);
        assertThat(problem).hasMessageContaining("127.0.0.1:1").hasMessageNotContaining("S3cretPw");
        for (Throwable t = problem; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("S3cretPw");
        }
    }

    @Test
    void aRefusedLoginNamesTheUserButNotThePasswordAnywhereInTheChain() {
        String password = "Zq9-Distinct!pw-" + System.nanoTime();
        DatabaseException problem = failureOf(DatabaseSettings.external(embeddedServerUrl() + "snapfolio", "root",
                password));

        assertThat(problem).hasMessageContaining("refused user 'root'");
        for (Throwable t = problem; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(password);
        }
    }

    @Test
    void aMissingDatabaseIsNamed() {
        DatabaseException problem = failureOf(DatabaseSettings.external(embeddedServerUrl() + "no_such_db", embedded.user(),
                embedded.password()));

        assertThat(problem).hasMessageContaining("does not exist");
    }

    @Test
    void aSchemaFromANewerVersionIsRefused() throws Exception {
        String server = embeddedServerUrl();
        try (Connection c = DriverManager.getConnection(server, embedded.user(), embedded.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS newer_schema");
            s.execute("CREATE DATABASE newer_schema");
        }
        DatabaseSettings settings = DatabaseSettings.external(server + "newer_schema", embedded.user(), embedded.password());
        Guice.createInjector(new PersistenceModule(settings)).getInstance(AccountRepository.class).findAll();
        try (Connection c = DriverManager.getConnection(server + "newer_schema", embedded.user(), embedded.password());
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '999', 'from the future', 'SQL',"
                    + " 'V999__from_the_future.sql', 1, 'root', 1, 1)");
        }

        DatabaseException problem = failureOf(settings);

        assertThat(problem).isInstanceOf(SchemaTooNewException.class).hasMessageContaining("999")
                .hasMessageContaining("newer");
    }

    @Test
    void onlyMariaDbUrlsAreAcceptedAndMysqlOnesAreReadAsMariaDb() {
        assertThatThrownBy(() -> DatabaseSettings.external("jdbc:postgresql://h/db?password=x", "u", "x"))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("jdbc:mariadb:").hasMessageNotContaining("=x");
        assertThat(DatabaseSettings.external("jdbc:mysql://h:3306/db", "u", "p").url())
                .contains("jdbc:mariadb://h:3306/db");
    }

    @Test
    void theEnvironmentSelectsAnExternalServerElseTheEmbeddedOne() {
        DatabaseSettings external = DatabaseSettings.fromEnvironment(Map.of(DatabaseSettings.ENV_URL,
                "jdbc:mariadb://db.example:3306/snap", DatabaseSettings.ENV_USER, "app", DatabaseSettings.ENV_PASSWORD,
                "hunter2"), Optional.empty());
        DatabaseSettings embedded = DatabaseSettings.fromEnvironment(Map.of(), Optional.of(Path.of("/var/tmp/x")));
        DatabaseSettings byDefault = DatabaseSettings.fromEnvironment(Map.of(), Optional.empty());

        assertThat(external.isEmbedded()).isFalse();
        assertThat(external.user()).isEqualTo("app");
        assertThat(external.describe()).contains("db.example").doesNotContain("hunter2");
        assertThat(external.toString()).doesNotContain("hunter2");
        assertThat(embedded.dataDir()).contains(Path.of("/var/tmp/x"));
        assertThat(embedded.keepServerRunning()).isTrue();
        assertThat(byDefault.dataDir()).contains(Path.of(System.getProperty("user.home"), ".snapfolio", "db"));
    }

    @Test
    void credentialsAreRedactedFromUrls() {
        assertThat(DatabaseSettings.redact("jdbc:mariadb://bob:pw@h:1/db?user=bob&password=pw&useSsl=true"))
                .isEqualTo("jdbc:mariadb://h:1/db?user=***&password=***&useSsl=true");
    }
}
