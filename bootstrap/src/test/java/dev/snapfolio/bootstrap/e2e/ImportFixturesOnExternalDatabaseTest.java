package dev.snapfolio.bootstrap.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The fixture imports again, on the external MariaDB that SNAPFOLIO_DB_URL names (as in CI). */
@ImportCli.External
@EnabledIfEnvironmentVariable(named = "SNAPFOLIO_DB_URL", matches = ".+")
class ImportFixturesOnExternalDatabaseTest extends ImportFixturesTest {
}
