package dev.snapfolio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.adapter.in.cli.command.Cli;
import dev.snapfolio.adapter.in.cli.command.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {
    @TempDir
    Path home;

    private Configuration load(Map<String, String> env, String... args) {
        return Configuration.load(Cli.scanGlobalOptions(args), env, home);
    }

    private Path writeConfig(String name, String content) throws IOException {
        Path file = home.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void flagBeatsEnvironmentBeatsFile() throws IOException {
        Path file = writeConfig("c.properties", "auto.maxPerDateDates=7\nexpiryGraceDays=4\nbatch.enabled=false\n");
        Configuration config = load(Map.of("SNAPFOLIO_AUTO_MAX_PER_DATE_DATES", "9", "SNAPFOLIO_EXPIRY_GRACE_DAYS", "5"),
                "--config", file.toString(), "-D", "auto.maxPerDateDates=11", "metrics");

        assertThat(config.layers().override("auto.maxPerDateDates")).contains("11");
        assertThat(config.layers().override("expiryGraceDays")).contains("5");
        assertThat(config.layers().override("batch.enabled")).isEmpty();
        assertThat(config.layers().fileValue("batch.enabled")).contains("false");
        assertThat(config.layers().fileValue("auto.maxPerDateDates")).contains("7");
    }

    @Test
    void environmentNamesFollowTheKeys() {
        assertThat(LayeredConfiguration.environmentName("db.url")).isEqualTo("SNAPFOLIO_DB_URL");
        assertThat(LayeredConfiguration.environmentName("auto.maxPerDateDates")).isEqualTo("SNAPFOLIO_AUTO_MAX_PER_DATE_DATES");
        assertThat(LayeredConfiguration.environmentName("batch.rolloutPercent")).isEqualTo("SNAPFOLIO_BATCH_ROLLOUT_PERCENT");
        assertThat(LayeredConfiguration.environmentName("strategy.edit")).isEqualTo("SNAPFOLIO_STRATEGY_EDIT");
        assertThat(LayeredConfiguration.environmentName("today")).isEqualTo("SNAPFOLIO_TODAY");
    }

    @Test
    void theDefaultFileIsReadFromSnapfoliosHome() throws IOException {
        writeConfig(".snapfolio/config.properties", "db.dir=/data/snap\n");
        Configuration config = load(Map.of(), "metrics");
        assertThat(config.databaseDirectory()).isEqualTo(Path.of("/data/snap"));
        assertThat(config.home()).isEqualTo(home.resolve(".snapfolio"));
        assertThat(config.logFile()).isEqualTo(home.resolve(".snapfolio/logs/snapfolio.log"));
    }

    @Test
    void snapfolioHomeMovesEverything() {
        Path elsewhere = home.resolve("elsewhere");
        Configuration config = load(Map.of("SNAPFOLIO_HOME", elsewhere.toString()), "metrics");
        assertThat(config.databaseDirectory()).isEqualTo(elsewhere.resolve("db"));
        assertThat(config.logFile()).isEqualTo(elsewhere.resolve("logs/snapfolio.log"));
    }

    @Test
    void theDbDirFlagWinsOverTheEnvironment() {
        Configuration config = load(Map.of("SNAPFOLIO_DB_DIR", "/env/db"), "--db-dir", "/flag/db", "metrics");
        assertThat(config.databaseDirectory()).isEqualTo(Path.of("/flag/db"));
    }

    @Test
    void todayIsPinnedByTheFlagOrTheEnvironment() {
        assertThat(LocalDate.now(load(Map.of("SNAPFOLIO_TODAY", "2026-01-01"), "metrics").clock()))
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(LocalDate.now(load(Map.of("SNAPFOLIO_TODAY", "2026-01-01"), "metrics", "--today", "2024-02-29").clock()))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(LocalDate.now(load(Map.of(), "metrics").clock())).isEqualTo(LocalDate.now());
    }

    @Test
    void aMalformedTodayFromTheEnvironmentIsBadInput() {
        assertThatThrownBy(() -> load(Map.of("SNAPFOLIO_TODAY", "01/01/2026"), "metrics"))
                .isInstanceOf(UsageException.class).hasMessage("today: '01/01/2026' is not a date (expected yyyy-MM-dd)");
    }

    @Test
    void aMissingConfigFileIsBadInput() {
        assertThatThrownBy(() -> load(Map.of(), "--config", home.resolve("nope.properties").toString(), "metrics"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--config: cannot read");
    }

    @Test
    void theExternalDatabaseComesFromTheEnvironment() {
        Configuration config = load(Map.of("SNAPFOLIO_DB_URL", "jdbc:mariadb://h/db", "SNAPFOLIO_DB_USER", "u"), "metrics");
        assertThat(config.databaseUrl()).contains("jdbc:mariadb://h/db");
        assertThat(config.databaseUser()).isEqualTo("u");
        assertThat(config.databasePassword()).isEmpty();
    }
}
