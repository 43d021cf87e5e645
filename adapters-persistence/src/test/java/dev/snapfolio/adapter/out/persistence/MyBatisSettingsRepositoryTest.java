package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.SettingsRepository;
import dev.snapfolio.application.port.out.contract.SettingsRepositoryContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The {@link SettingsRepository} contract on the embedded MariaDB, and on SNAPFOLIO_DB_URL's server when set. */
class MyBatisSettingsRepositoryTest {
    @Nested
    class OnEmbeddedMariaDb extends SettingsRepositoryContract {
        private final TestDatabase db = TestDatabase.embedded();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected SettingsRepository settings() {
            return db.get(SettingsRepository.class);
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "SNAPFOLIO_DB_URL", matches = ".+")
    class OnExternalMariaDb extends SettingsRepositoryContract {
        private final TestDatabase db = TestDatabase.external().orElseThrow();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected SettingsRepository settings() {
            return db.get(SettingsRepository.class);
        }
    }
}
